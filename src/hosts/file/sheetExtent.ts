import { WorkbookFileError } from "./workbookFileError";

/**
 * How many cells (rows × columns) a sheet's grid may span. The core reads a grid row by row across
 * its widest row, so its cost is the rectangle, not the cells: a real ledger (300k rows × 20–60
 * columns) stays well inside; a lone cell at XFD1048576 beside A1:K30 would span 17 billion.
 */
export const CELL_BUDGET = 2 ** 25;
/** A run of this many empty columns (rows) ends the data block, when the rectangle is past the budget. */
const COLUMN_GAP = 64;
const ROW_GAP = 1000;

/** Counts gathered in one pass over a sheet's cells: per row its first and last column, per column its cells. */
export class CellCounts {
  readonly first: number[] = [];
  readonly last: number[] = [];
  readonly perColumn: number[] = [];
  cells = 0;

  add(row: number, col: number): void {
    if (this.first[row] === undefined || col < this.first[row]!) this.first[row] = col;
    if (this.last[row] === undefined || col > this.last[row]!) this.last[row] = col;
    this.perColumn[col] = (this.perColumn[col] ?? 0) + 1;
    this.cells += 1;
  }
}

export interface SheetExtent {
  rows: number;
  cols: number;
}

/** Where the first run of `gap` empty entries starts (the block before it is the data), or `length`. */
function endBeforeGap(count: (i: number) => boolean, length: number, gap: number): number {
  let lastFilled = -1;
  for (let i = 0; i < length; i++) {
    if (!count(i)) continue;
    if (lastFilled >= 0 && i - lastFilled > gap) return lastFilled + 1;
    lastFilled = i;
  }
  return lastFilled + 1;
}

/** Rows that still hold a cell left of `cols`. */
function rowsWithin(counts: CellCounts, rows: number, cols: number): number {
  for (let r = rows - 1; r >= 0; r--) if (counts.first[r] !== undefined && counts.first[r]! < cols) return r + 1;
  return 0;
}

/**
 * The rows and columns a sheet's grid spans: every cell's, unless that rectangle is past
 * CELL_BUDGET. Then the data block is what lies before the first wide run of empty columns and
 * rows, and past that, trailing columns that hold a single cell are set aside. A sheet whose block is still
 * past the budget is no ledger: it is refused (it would take minutes and gigabytes to read).
 */
export function sheetExtent(counts: CellCounts, sheet: string, fileName: string): SheetExtent {
  let rows = counts.last.length;
  let cols = 0;
  for (const l of counts.last) if (l !== undefined && l + 1 > cols) cols = l + 1;
  if (rows * cols <= CELL_BUDGET) return { rows, cols };
  cols = endBeforeGap((c) => (counts.perColumn[c] ?? 0) > 0, cols, COLUMN_GAP);
  rows = rowsWithin(counts, rows, cols);
  rows = endBeforeGap((r) => counts.first[r] !== undefined && counts.first[r]! < cols, rows, ROW_GAP);
  if (rows * cols > CELL_BUDGET) {
    // A line far wider than the rest (a CSV row of 20,000 fields): its columns hold one cell each.
    while (cols > 0 && (counts.perColumn[cols - 1] ?? 0) < 2) cols -= 1;
    rows = rowsWithin(counts, rows, cols);
  }
  if (rows * cols > CELL_BUDGET)
    throw new WorkbookFileError(
      "too-large",
      `${sheet ? `工作表“${sheet}”` : `文件“${fileName}”`}的数据范围过大（${rows} 行 × ${cols} 列），不是正常的台账，没有打开`,
    );
  return { rows, cols };
}

/** "A1:K30" for an extent (for the note on cells set aside). */
export function extentRef(extent: SheetExtent): string {
  let n = extent.cols;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `A1:${letters || "A"}${Math.max(1, extent.rows)}`;
}
