import { parseRangeAddress } from "../../core/model/address";
import type { CellValue, SheetGrid } from "../../core/model/grid";

const blank = (v: unknown): CellValue => (v === "" || v === undefined || v === null ? null : (v as CellValue));

/** Header row plus rows first…last of a sheet, in two syncs whatever the sheet's size. */
export async function readRowsOffice(context: Excel.RequestContext, sheet: string, first: number, last: number): Promise<SheetGrid> {
  const ws = context.workbook.worksheets.getItem(sheet);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("columnCount");
  await context.sync();
  const grid: SheetGrid = { name: sheet, isCsv: false, values: [], numberFormats: [], merges: [] };
  if (used.isNullObject) return grid;
  const width = used.columnCount;
  const header = ws.getRangeByIndexes(0, 0, 1, width);
  const body = ws.getRangeByIndexes(first, 0, last - first + 1, width);
  header.load("values");
  body.load("values,numberFormat");
  await context.sync();
  grid.values[0] = header.values[0]!.map(blank);
  body.values.forEach((row, i) => {
    grid.values[first + i] = row.map(blank);
    grid.numberFormats![first + i] = (body.numberFormat[i] as unknown[]).map((f) => (typeof f === "string" && f !== "General" ? f : null));
  });
  return grid;
}

/** Rows (0-based, inclusive) an onChanged event's address covers. */
export function changedRows(address: string): { first: number; last: number } {
  const p = parseRangeAddress(address.includes(":") || /\d$/.test(address) ? address : `${address}1`);
  return { first: p.startRow, last: p.endRow };
}
