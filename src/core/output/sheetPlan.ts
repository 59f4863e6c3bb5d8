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
  /** How it prints; derived from the columns when absent (see printSetupOf). */
  print?: PrintSetup;
}

/** A4 setup of an owned sheet: every sheet the add-in writes prints sensibly. */
export interface PrintSetup {
  orientation: "portrait" | "landscape";
  /** Rows repeated at the top of every printed page (1-based, inclusive), or null. */
  titleRows: { first: number; last: number } | null;
  /** "width": all columns on one page wide, as many pages tall as needed (fitToHeight 0); "none": 100 %. */
  fit: "width" | "none";
  /** Only the first this many columns print (the print area); all when absent. */
  columns?: number;
  /** Page margins; Excel's normal ones (0.7 in at the sides) when absent. */
  marginsMm?: { top: number; bottom: number; left: number; right: number };
}

/** Excel's limits that a plan must respect (Excel refuses more, or repairs the file). */
export const EXCEL_LIMITS = {
  hyperlinksPerSheet: 65_530,
  manualPageBreaks: 1_026,
  listSourceChars: 255,
  cellChars: 32_767,
} as const;

/**
 * Column widths: Excel keeps them in characters of the default font's digit (7 px for 11-pt
 * 等线/Calibri) plus 5 px of padding; Office.js sets them in points (0.75 pt a pixel).
 */
export const charsToPoints = (chars: number): number => (chars * 7 + 5) * 0.75;
export const pointsToChars = (pt: number): number => Math.max(0, (pt / 0.75 - 5) / 7);

/** Printable width of A4 at Excel's default margins (0.7 in each side), in points. */
const PRINTABLE_PT = { portrait: (210 / 25.4) * 72 - 2 * 0.7 * 72, landscape: (297 / 25.4) * 72 - 2 * 0.7 * 72 };

/** The width the columns take on paper: hidden ones (同步信息) do not print. */
const printedWidthPt = (columns: SheetPlan["columns"]): number => columns.reduce((a, c) => a + (c.hidden ? 0 : charsToPoints(c.width)), 0);

/** Portrait is kept while fitting the columns to its width shrinks them no further than this. */
const PORTRAIT_MIN_SCALE = 0.85;

/**
 * The setup a sheet prints with: its own, or A4 fit to one page wide (any pages tall) with the header
 * row on every page, landscape when portrait would shrink the text below 85 %.
 */
export function printSetupOf(plan: Pick<SheetPlan, "columns" | "print">): PrintSetup {
  if (plan.print) return plan.print;
  const width = printedWidthPt(plan.columns);
  const landscape = width * PORTRAIT_MIN_SCALE > PRINTABLE_PT.portrait;
  return { orientation: landscape ? "landscape" : "portrait", titleRows: { first: 1, last: 1 }, fit: "width" };
}

/** The scale a sheet prints at: fit to one page wide shrinks it to this (never enlarges); 1 at 100 %. */
export function printScaleOf(plan: Pick<SheetPlan, "columns" | "print">): number {
  const setup = printSetupOf(plan);
  if (setup.fit === "none") return 1;
  const mm = setup.marginsMm;
  const printable = mm
    ? ((setup.orientation === "landscape" ? 297 : 210) - mm.left - mm.right) * (72 / 25.4)
    : PRINTABLE_PT[setup.orientation];
  return Math.min(1, printable / printedWidthPt(plan.columns.slice(0, setup.columns ?? plan.columns.length)));
}

/** A list of values Excel accepts as an in-cell dropdown source (at most 255 characters joined), or null. */
export function listSource(values: readonly string[]): string | null {
  const joined = values.join(",");
  return joined.length <= EXCEL_LIMITS.listSourceChars ? joined : null;
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
