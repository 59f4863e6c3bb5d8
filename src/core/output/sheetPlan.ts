import type { CellValue } from "../model/grid";

/**
 * What a host writes for one owned sheet: pure data, so the Office host and the file host write the
 * same thing and tests can read it without either.
 */
export interface SheetPlan {
  name: string;
  columns: Array<{ header: string; width: number; numberFormat: string | null; kind: "text" | "date" | "number" }>;
  rows: CellValue[][];
  /** Write as an Excel table (ListObject) with this name and style. */
  table: { name: string; style: string } | null;
  freezeHeader: boolean;
}

const FORMULA_START = /^[=+\-@]/;

/** Text that would start a formula in Excel (=, +, -, @) must stay text: a CSV-injection guard. */
export function needsTextGuard(value: CellValue): value is string {
  return typeof value === "string" && FORMULA_START.test(value);
}
