import { columnLetter } from "../../core/model/address";
import { charsToPoints, printSetupOf, type CellMark, type SheetPlan } from "../../core/output/sheetPlan";
import type { RowSpan } from "../../core/port/workbookHost";
import { toExcel } from "./excelCellValue";
import { chunkRows, rowPayloadBytes, WRITE_BUDGET } from "./chunking";
import { ownedSheet } from "./ownedSheet";
import { applyLinks, applyMarks, applyPrintSetup, applyValidations } from "./writeSheetExtras";

/**
 * Writes an owned sheet in place: a constant number of syncs (look-up, finish) plus one per chunk of
 * rows, each chunk (number formats, then values, so a text column keeps "=…" as text) under the
 * request budget. The sheet is never deleted: new rows go over the old ones, what is left below is
 * cleared afterwards and the table resized, so references to the sheet survive and a failed write
 * leaves data, not an empty sheet.
 */
export async function writeSheetOffice(context: Excel.RequestContext, plan: SheetPlan): Promise<void> {
  let table: Excel.Table | null = null;
  const owned = await ownedSheet(context, plan.name, (ws) => {
    if (plan.table) {
      table = ws.tables.getItemOrNullObject(plan.table.name);
      table.load("name");
    }
  });
  const { ws } = owned;
  const width = plan.columns.length;
  const lastCol = columnLetter(width - 1);
  const total = plan.rows.length + 1;
  plan.columns.forEach((c, i) => {
    ws.getRange(`${columnLetter(i)}1`).format.columnWidth = charsToPoints(c.width);
    if (c.hidden) ws.getRange(`${columnLetter(i)}1`).columnHidden = true;
  });
  const header = ws.getRange(`A1:${lastCol}1`);
  header.numberFormat = [plan.columns.map(() => "@")];
  header.values = [plan.columns.map((c) => c.header)];
  header.format.font.bold = true;

  const formatRow = plan.columns.map((c) => c.numberFormat ?? "General");
  for (const [start, end] of chunkRows(plan.rows, rowPayloadBytes(formatRow), WRITE_BUDGET)) {
    const range = ws.getRange(`A${start + 2}:${lastCol}${end + 1}`);
    range.numberFormat = Array.from({ length: end - start }, () => formatRow);
    range.values = plan.rows.slice(start, end).map((r) => Array.from({ length: width }, (_, i) => toExcel(r[i] ?? null)));
    await context.sync();
  }

  const existing = table as Excel.Table | null;
  if (plan.table) {
    // A table keeps at least one data row.
    const address = `A1:${lastCol}${Math.max(total, 2)}`;
    if (existing && !existing.isNullObject) existing.resize(address);
    else if (plan.rows.length > 0) {
      const added = ws.tables.add(address, true);
      added.name = plan.table.name;
      added.style = plan.table.style;
    }
  }
  // What the sheet held beyond the new rows and columns goes (values, formats, links).
  if (owned.lastRow > total) ws.getRange(`A${total + 1}:${columnLetter(Math.max(owned.lastCol, width) - 1)}${owned.lastRow}`).clear("All");
  if (owned.lastCol > width) ws.getRange(`${columnLetter(width)}1:${columnLetter(owned.lastCol - 1)}${total}`).clear("All");
  if (plan.rows.length > 0) ws.getRange(`A2:${lastCol}${total}`).clear("Hyperlinks");
  if (plan.freezeHeader) ws.freezePanes.freezeRows(1);
  // A line break typed in a ledger cell shows only in a wrapped column.
  for (let c = 0; c < width; c++) {
    if (plan.rows.some((r) => typeof r[c] === "string" && (r[c] as string).includes("\n")))
      ws.getRange(`${columnLetter(c)}2:${columnLetter(c)}${total}`).format.wrapText = true;
  }
  applyValidations(ws, plan, Math.max(total, 1000));
  applyPrintSetup(ws, printSetupOf(plan), `A1:${lastCol}${total}`);
  await context.sync();
  await applyLinks(context, ws, plan);
  if (plan.marks?.length) await applyMarks(context, ws, width, 0, plan.rows.length - 1, plan.marks);
}

/** Re-colours an owned sheet's cells (marks replace earlier ones, in `rows` or everywhere; none clears them). */
export async function markCellsOffice(
  context: Excel.RequestContext,
  sheet: string,
  marks: readonly CellMark[],
  rows?: RowSpan,
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) return;
  await applyMarks(context, ws, used.columnCount, rows?.from ?? 0, rows?.to ?? used.rowCount - 2, marks);
}
