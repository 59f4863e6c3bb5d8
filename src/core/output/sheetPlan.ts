import type { CellValue } from "../model/grid";

/**
 * What a host writes for one owned sheet: pure data, so the Office host and the file host write the
 * same thing and tests can read it without either.
 */
export interface SheetPlan {
  name: string;
  columns: Array<{
    header: string;
    width: number;
    numberFormat: string | null;
    kind: "text" | "date" | "number";
    /** Kept for the add-in's own use (e.g. 同步信息), out of the way of people reading the sheet. */
    hidden?: boolean;
  }>;
  rows: CellValue[][];
  /** Write as an Excel table (ListObject) with this name and style. */
  table: { name: string; style: string } | null;
  freezeHeader: boolean;
  /** Cells (0-based data row, column) that link to a cell elsewhere in the workbook. */
  links?: Array<{ row: number; col: number; sheet: string; cell: string }>;
  /** Data validation per column, so new entries are right at the source. */
  validations?: ColumnValidation[];
  /** Cells (0-based data row, column) to colour by severity. */
  marks?: CellMark[];
}

export type ColumnValidation =
  | { col: number; kind: "list"; values: string[] }
  | { col: number; kind: "listRange"; source: string }
  | { col: number; kind: "date" }
  | { col: number; kind: "dateOrWords"; words: string[] };

export interface CellMark {
  row: number;
  col: number;
  /** A problem's severity, or a value the office edited / a conflict waiting for the user. */
  severity: "error" | "warning" | "info" | "edited" | "conflict";
}

export const MARK_COLORS = { error: "FFFFC7CE", warning: "FFFFEB9C", info: "FFDDEBF7", edited: "FFE4DFEC", conflict: "FFF8CBAD" } as const;

const FORMULA_START = /^[=+\-@]/;

/** Text that would start a formula in Excel (=, +, -, @) must stay text: a CSV-injection guard. */
export function needsTextGuard(value: CellValue): value is string {
  return typeof value === "string" && FORMULA_START.test(value);
}

/** A text column of an owned sheet (format "@": what is typed stays text). */
export function textColumn(header: string, width: number): SheetPlan["columns"][number] {
  return { header, width, numberFormat: "@", kind: "text" };
}
