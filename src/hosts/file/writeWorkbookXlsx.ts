import ExcelJS from "exceljs";
import { columnLetter } from "../../core/model/address";
import { MARK_COLORS, type ColumnValidation, type SheetPlan } from "../../core/output/sheetPlan";
import type { PrintSheetPlan } from "../../core/output/printSheetPlan";
import { addPrintSheet } from "./writePrintSheet";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

function addPlan(wb: ExcelJS.Workbook, plan: SheetPlan): void {
  const ws = wb.addWorksheet(plan.name, { views: plan.freezeHeader ? [{ state: "frozen", ySplit: 1 }] : [] });
  ws.columns = plan.columns.map((c) => ({ width: c.width, hidden: c.hidden === true }));
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
  applyExtras(ws, plan);
  // Table cells take the column's number format only when set per cell.
  plan.columns.forEach((c, i) => {
    if (!c.numberFormat) return;
    for (let r = 2; r <= plan.rows.length + 1; r++) ws.getCell(r, i + 1).numFmt = c.numberFormat;
  });
}

function validationModel(v: ColumnValidation, firstCell: string): ExcelJS.DataValidation {
  const base = { allowBlank: true, showErrorMessage: true, errorStyle: "warning" as const, errorTitle: "创卫台账助手" };
  switch (v.kind) {
    case "list":
      return { ...base, type: "list", formulae: [`"${v.values.join(",")}"`], error: "请从下拉列表中选择" };
    case "listRange":
      return { ...base, type: "list", formulae: [v.source.replace(/^=/, "")], error: "请从单位名录中选择责任单位" };
    case "date":
      return {
        ...base,
        type: "date",
        operator: "greaterThan",
        formulae: [new Date(Date.UTC(2000, 0, 1))],
        error: "请输入日期，如 2024-05-03",
      };
    case "dateOrWords":
      return {
        ...base,
        type: "custom",
        formulae: [`OR(ISNUMBER(${firstCell}),${v.words.map((w) => `${firstCell}="${w}"`).join(",")})`],
        error: `请输入日期，或“${v.words.join("”“")}”`,
      };
  }
}

/** Hyperlinks, data validation and severity fills that a plan asks for. */
function applyExtras(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const l of plan.links ?? []) {
    const cell = ws.getCell(l.row + 2, l.col + 1);
    const text = typeof cell.value === "string" ? cell.value : String(cell.value ?? l.cell);
    cell.value = { text, hyperlink: `#'${l.sheet.replace(/'/g, "''")}'!${l.cell}` };
    cell.font = { color: { argb: "FF0563C1" }, underline: true };
  }
  const last = Math.max(plan.rows.length + 1, 1000);
  for (const v of plan.validations ?? []) {
    const col = columnLetter(v.col);
    // exceljs has worksheet.dataValidations at run time but leaves it out of its typings.
    (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
      `${col}2:${col}${last}`,
      validationModel(v, `${col}2`),
    );
  }
  for (const m of plan.marks ?? []) {
    ws.getCell(m.row + 2, m.col + 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: MARK_COLORS[m.severity] } };
  }
}

/**
 * Writes owned sheets into a workbook. With the source .xlsx given, the result keeps every source
 * sheet and replaces only the owned sheets of the same names; otherwise it holds the owned sheets alone.
 */
export async function writeWorkbookXlsx(
  plans: readonly SheetPlan[],
  source?: Uint8Array,
  printPlans: readonly PrintSheetPlan[] = [],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (source) await wb.xlsx.load(source as unknown as ArrayBuffer);
  for (const plan of [...plans, ...printPlans]) {
    const old = wb.getWorksheet(plan.name);
    if (old) wb.removeWorksheet(old.id);
  }
  for (const plan of plans) addPlan(wb, plan);
  for (const plan of printPlans) addPrintSheet(wb, plan);
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}
