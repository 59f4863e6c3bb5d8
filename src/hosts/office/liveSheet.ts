import { columnIndex } from "../../core/model/address";
import type { SheetGrid } from "../../core/model/grid";
import { readChunks, toCell } from "./readWorkbookOffice";

/**
 * Header row plus rows first…last of a sheet (clamped to the rows that hold values): one sync for
 * the sheet's width, then the rows in chunks, so a 20,000-row paste is read in responses Excel accepts.
 */
export async function readRowsOffice(context: Excel.RequestContext, sheet: string, first: number, last: number): Promise<SheetGrid> {
  const ws = context.workbook.worksheets.getItem(sheet);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount,columnIndex,columnCount");
  const header = ws.getRange("1:1").getUsedRangeOrNullObject(true);
  header.load("values,columnIndex");
  await context.sync();
  const grid: SheetGrid = { name: sheet, isCsv: false, values: [], numberFormats: [], formulas: [], merges: [] };
  if (used.isNullObject) return grid;
  const width = used.columnIndex + used.columnCount;
  grid.values[0] = header.isNullObject ? [] : [...new Array<null>(header.columnIndex).fill(null), ...header.values[0]!.map(toCell)];
  const to = Math.min(last, used.rowIndex + used.rowCount - 1);
  if (to >= first) await readChunks(context, ws, grid, { top: first, left: 0, count: to - first + 1, width });
  return grid;
}

/**
 * Rows (0-based, inclusive) an onChanged address covers: "C11", "A2:B3,D7" (several areas), "5:7"
 * (whole rows); a whole column ("C:C") is open-ended (`last` null) and is clamped by the caller.
 */
export function changedSpans(address: string): Array<{ first: number; last: number | null }> {
  return address.split(",").map((area) => {
    const [a, b = a] = area.trim().replace(/\$/g, "").split(":") as [string, string?];
    const row = (ref: string) => /\d+$/.exec(ref)?.[0];
    const ra = row(a);
    const rb = row(b);
    if (ra === undefined || rb === undefined) {
      // A whole column: every row.
      if (columnIndex(a) < 0) throw new Error(`无法识别的单元格地址：${address}`);
      return { first: 0, last: null };
    }
    return { first: Math.min(Number(ra), Number(rb)) - 1, last: Math.max(Number(ra), Number(rb)) - 1 };
  });
}
