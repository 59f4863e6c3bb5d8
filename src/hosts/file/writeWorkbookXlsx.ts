import ExcelJS from "exceljs";
import { columnLetter } from "../../core/model/address";
import type { SheetPlan } from "../../core/output/sheetPlan";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

function addPlan(wb: ExcelJS.Workbook, plan: SheetPlan): void {
  const ws = wb.addWorksheet(plan.name, { views: plan.freezeHeader ? [{ state: "frozen", ySplit: 1 }] : [] });
  ws.columns = plan.columns.map((c) => ({ width: c.width }));
  plan.columns.forEach((c, i) => {
    if (c.numberFormat) ws.getColumn(i + 1).numFmt = c.numberFormat;
  });
  if (plan.table && plan.rows.length > 0) {
    ws.addTable({
      name: plan.table.name,
      ref: "A1",
      headerRow: true,
      style: { theme: plan.table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: plan.columns.map((c) => ({ name: c.header, filterButton: true })),
      // exceljs writes strings as strings, so text starting with = stays text without a guard.
      rows: plan.rows.map((r) => r.map((v) => (v === null ? null : v))) as ExcelJS.CellValue[][],
    });
  } else {
    ws.addRow(plan.columns.map((c) => c.header));
    for (const r of plan.rows) ws.addRow(r as ExcelJS.CellValue[]);
    const header = ws.getRow(1);
    header.font = { bold: true };
    plan.columns.forEach((_, i) => {
      header.getCell(i + 1).fill = HEADER_FILL;
    });
    if (plan.rows.length > 0 || plan.columns.length > 0) ws.autoFilter = `A1:${columnLetter(plan.columns.length - 1)}1`;
  }
  // Table cells take the column's number format only when set per cell.
  plan.columns.forEach((c, i) => {
    if (!c.numberFormat) return;
    for (let r = 2; r <= plan.rows.length + 1; r++) ws.getCell(r, i + 1).numFmt = c.numberFormat;
  });
}

/**
 * Writes owned sheets into a workbook. With the source .xlsx given, the result keeps every source
 * sheet and replaces only the owned sheets of the same names; otherwise it holds the owned sheets alone.
 */
export async function writeWorkbookXlsx(plans: readonly SheetPlan[], source?: Uint8Array): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (source) await wb.xlsx.load(source as unknown as ArrayBuffer);
  for (const plan of plans) {
    const old = wb.getWorksheet(plan.name);
    if (old) wb.removeWorksheet(old.id);
  }
  for (const plan of plans) addPlan(wb, plan);
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}
