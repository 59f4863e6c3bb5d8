import { z } from "zod";
import { PictureSchema } from "../photos/picture";

/** A cell as Excel reports it: dates are serial numbers, blanks are null. */
export const CellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type CellValue = z.infer<typeof CellValueSchema>;

/** 0-based inclusive rectangle. */
export const CellRangeSchema = z.object({
  startRow: z.number().int().nonnegative(),
  startCol: z.number().int().nonnegative(),
  endRow: z.number().int().nonnegative(),
  endCol: z.number().int().nonnegative(),
});
export type CellRange = z.infer<typeof CellRangeSchema>;

/**
 * One sheet as both hosts hand it to the core. `values[r][c]` is the cell at row r+1, column c+1:
 * rows start at A1 so that row numbers mean the same everywhere. Rows may be ragged (the file host
 * ends a row at its last cell, so a sheet costs its cells, not its rectangle): read cells with cellAt
 * or `row[c] ?? null`, and the width with columnCount.
 */
export const SheetGridSchema = z.object({
  name: z.string(),
  /** CSV files have no sheet: the contract reports `sheet: null` for them. */
  isCsv: z.boolean().default(false),
  values: z.array(z.array(CellValueSchema)),
  /** Same shape as values where known; null means General. */
  numberFormats: z.array(z.array(z.string().nullable())).optional(),
  /** Same shape as values where known; null where the cell holds no formula. */
  formulas: z.array(z.array(z.string().nullable())).optional(),
  merges: z.array(CellRangeSchema),
  /** Pictures over or in the sheet's cells, where the host can read them (整改前/整改后照片). */
  pictures: z.array(PictureSchema).optional(),
});
export type SheetGrid = z.infer<typeof SheetGridSchema>;

export const WorkbookGridSchema = z.object({
  fileName: z.string(),
  sheets: z.array(SheetGridSchema),
});
export type WorkbookGrid = z.infer<typeof WorkbookGridSchema>;

export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  return grid.values[row]?.[col] ?? null;
}

export function formatAt(grid: SheetGrid, row: number, col: number): string | null {
  return grid.numberFormats?.[row]?.[col] ?? null;
}

export function formulaAt(grid: SheetGrid, row: number, col: number): string | null {
  return grid.formulas?.[row]?.[col] ?? null;
}

export function columnCount(grid: SheetGrid): number {
  let max = 0;
  for (const row of grid.values) if (row.length > max) max = row.length;
  return max;
}

/** A workbook's sheet by name; a CSV file's single grid never counts as a named sheet. */
export function sheetNamed(workbook: WorkbookGrid, name: string): SheetGrid | null {
  return workbook.sheets.find((s) => s.name === name && !s.isCsv) ?? null;
}
