import { columnLetter } from "../../core/model/address";
import type { CellValue } from "../../core/model/grid";
import type { SheetPlan } from "../../core/output/sheetPlan";
import { chunkRows } from "./chunking";

/** Excel column width is in points; a plan's width is in characters of the default font. */
const POINTS_PER_CHAR = 7;

/**
 * Replaces an owned sheet: a constant number of syncs (look up, recreate, finish) plus one per
 * chunk of rows, each chunk under the request limit. Number formats are set before values, so a
 * text column (format "@") keeps "=…" as text instead of making it a formula.
 */
export async function writeSheetOffice(context: Excel.RequestContext, plan: SheetPlan): Promise<void> {
  const sheets = context.workbook.worksheets;
  const old = sheets.getItemOrNullObject(plan.name);
  old.load("isNullObject,position");
  await context.sync();

  const position = old.isNullObject ? null : old.position;
  if (!old.isNullObject) old.delete();
  const ws = sheets.add(plan.name);
  if (position !== null) ws.position = position;
  const width = plan.columns.length;
  const lastCol = columnLetter(width - 1);
  const total = plan.rows.length + 1;
  plan.columns.forEach((c, i) => {
    const col = ws.getRange(`${columnLetter(i)}1:${columnLetter(i)}${total}`);
    if (c.numberFormat) col.numberFormat = Array.from({ length: total }, () => [c.numberFormat]);
    col.format.columnWidth = c.width * POINTS_PER_CHAR;
  });
  const header = ws.getRange(`A1:${lastCol}1`);
  header.values = [plan.columns.map((c) => c.header)];
  header.format.font.bold = true;
  await context.sync();

  for (const [start, end] of chunkRows(plan.rows)) {
    const rows = plan.rows.slice(start, end).map((r) => Array.from({ length: width }, (_, i) => toExcel(r[i] ?? null)));
    ws.getRange(`A${start + 2}:${lastCol}${end + 1}`).values = rows;
    await context.sync();
  }

  if (plan.table && plan.rows.length > 0) {
    const table = ws.tables.add(`A1:${lastCol}${total}`, true);
    table.name = plan.table.name;
    table.style = plan.table.style;
  }
  if (plan.freezeHeader) ws.freezePanes.freezeRows(1);
  await context.sync();
}

/** Office.js writes "" for an empty cell. */
function toExcel(v: CellValue): string | number | boolean {
  return v === null ? "" : v;
}
