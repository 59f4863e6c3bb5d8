import type { CellRange, CellValue, SheetGrid } from "../../core/model/grid";
import { CellCounts, extentRef, sheetExtent } from "./sheetExtent";

/**
 * A sheet as a reader found it, before it is sized: rows of values (holes where no cell was
 * written), number formats and formulas where a cell has one, the merges as written, and the
 * cells that hold something counted (a value or a formula).
 */
export interface RawSheet {
  name: string;
  values: Array<Array<CellValue | undefined> | undefined>;
  formats: Array<Array<string | undefined> | undefined>;
  formulas: Array<Array<string | undefined> | undefined>;
  merges: CellRange[];
  counts: CellCounts;
}

/** Cells set aside from a sheet's grid: far outside its data block (a hostile or damaged file). */
export interface SetAsideNote {
  sheet: string;
  cells: number;
  kept: string;
}

/** Cells of a row that hold something, left of `last`. */
function heldBefore(raw: RawSheet, r: number, last: number): number {
  const values = raw.values[r];
  const formulas = raw.formulas[r];
  let n = 0;
  for (let c = 0; c < last; c++) if ((values?.[c] ?? null) !== null || formulas?.[c] !== undefined) n += 1;
  return n;
}

/** A row cut at `last` (undefined past it), or an empty one. */
function cut<T>(row: Array<T | undefined> | undefined, last: number): Array<T | undefined> {
  if (!row) return [];
  if (row.length > last) row.length = last;
  return row;
}

/**
 * A sheet's grid, sized by its cells: a <dimension> is only a claim, and each row is as long as its
 * last cell that holds something (rows are ragged; readers take a missing cell as null). Cells far
 * outside the data block of an absurdly large rectangle are set aside (sheetExtent). The raw rows
 * become the grid's rows in place: a large sheet is held once.
 */
export function gridFromRawSheet(raw: RawSheet, fileName: string, setAside: SetAsideNote[]): SheetGrid {
  const { counts } = raw;
  const extent = sheetExtent(counts, raw.name, fileName);
  const { rows, cols } = extent;
  const whole = rows === counts.last.length && counts.last.every((l) => l === undefined || l < cols);
  let kept = 0;
  const values: CellValue[][] = new Array<CellValue[]>(rows);
  const numberFormats: Array<Array<string | null>> = new Array<Array<string | null>>(rows);
  const formulas: Array<Array<string | null>> = new Array<Array<string | null>>(rows);
  for (let r = 0; r < rows; r++) {
    const last = Math.min(cols, (counts.last[r] ?? -1) + 1);
    if (!whole) kept += heldBefore(raw, r, last);
    const row = cut(raw.values[r], last);
    for (let c = 0; c < last; c++) if (row[c] === undefined) row[c] = null;
    values[r] = row as CellValue[];
    // Formats and formulas stay sparse (holes read as null): most cells have neither.
    numberFormats[r] = cut(raw.formats[r], last) as Array<string | null>;
    formulas[r] = cut(raw.formulas[r], last) as Array<string | null>;
    raw.values[r] = raw.formats[r] = raw.formulas[r] = undefined;
  }
  if (whole) kept = counts.cells;
  if (counts.cells > kept) setAside.push({ sheet: raw.name, cells: counts.cells - kept, kept: extentRef(extent) });
  // Merges are clipped to the cells that exist; one lying wholly outside them merges nothing.
  const merges = raw.merges
    .filter((m) => m.startRow < rows && m.startCol < cols)
    .map((m) => ({ ...m, endRow: Math.min(m.endRow, rows - 1), endCol: Math.min(m.endCol, cols - 1) }));
  return { name: raw.name, isCsv: false, values, numberFormats, formulas, merges };
}
