import { columnLetter } from "../../core/model/address";
import type { CellValue } from "../../core/model/grid";
import type { CellMark, SheetPlan } from "../../core/output/sheetPlan";
import type { RowSpan } from "../../core/port/workbookHost";
import { chunkRows, rowPayloadBytes } from "./chunking";
import { applyLinks, applyMarks, applyValidations } from "./writeSheetExtras";

/** Excel column width is in points; a plan's width is in characters of the default font. */
const POINTS_PER_CHAR = 7;

/**
 * Replaces an owned sheet: a constant number of syncs (look up, recreate, finish) plus one per
 * chunk of rows, each chunk (formats and values) under the request limit. In each chunk the number
 * formats are set before the values, so a text column ("@") keeps "=…" as text, not a formula.
 */
/** Deletes an owned sheet if present and adds it anew at the same position (one sync). */
export async function recreateSheet(context: Excel.RequestContext, name: string): Promise<Excel.Worksheet> {
  const sheets = context.workbook.worksheets;
  const old = sheets.getItemOrNullObject(name);
  old.load("isNullObject,position");
  await context.sync();
  const position = old.isNullObject ? null : old.position;
  if (!old.isNullObject) old.delete();
  const ws = sheets.add(name);
  if (position !== null) ws.position = position;
  return ws;
}

export async function writeSheetOffice(context: Excel.RequestContext, plan: SheetPlan): Promise<void> {
  const ws = await recreateSheet(context, plan.name);
  const width = plan.columns.length;
  const lastCol = columnLetter(width - 1);
  const total = plan.rows.length + 1;
  plan.columns.forEach((c, i) => {
    ws.getRange(`${columnLetter(i)}1`).format.columnWidth = c.width * POINTS_PER_CHAR;
    if (c.hidden) ws.getRange(`${columnLetter(i)}1`).columnHidden = true;
  });
  const header = ws.getRange(`A1:${lastCol}1`);
  header.values = [plan.columns.map((c) => c.header)];
  header.format.font.bold = true;
  await context.sync();

  const formatRow = plan.columns.map((c) => c.numberFormat ?? "General");
  const formatBytes = rowPayloadBytes(formatRow);
  for (const [start, end] of chunkRows(plan.rows, formatBytes)) {
    const range = ws.getRange(`A${start + 2}:${lastCol}${end + 1}`);
    range.numberFormat = Array.from({ length: end - start }, () => formatRow);
    range.values = plan.rows.slice(start, end).map((r) => Array.from({ length: width }, (_, i) => toExcel(r[i] ?? null)));
    await context.sync();
  }

  if (plan.table && plan.rows.length > 0) {
    const table = ws.tables.add(`A1:${lastCol}${total}`, true);
    table.name = plan.table.name;
    table.style = plan.table.style;
  }
  if (plan.freezeHeader) ws.freezePanes.freezeRows(1);
  // A line break typed in a ledger cell shows only in a wrapped column.
  for (let c = 0; c < width; c++) {
    if (plan.rows.some((r) => typeof r[c] === "string" && (r[c] as string).includes("\n")))
      ws.getRange(`${columnLetter(c)}2:${columnLetter(c)}${total}`).format.wrapText = true;
  }
  applyValidations(ws, plan, Math.max(total, 1000));
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

/** Office.js writes "" for an empty cell. */
function toExcel(v: CellValue): string | number | boolean {
  return v === null ? "" : v;
}
