/**
 * What Excel makes of a value written through `range.values` (Excel for a zh-CN user): in a cell
 * formatted "@" everything stays as sent; elsewhere text that starts with "=" becomes a formula, a
 * leading apostrophe marks text, and text that reads as a number, percentage, boolean or date is
 * stored as one (dates as serial numbers, with a date format). Text over 32,767 characters is refused.
 */
import { ExcelError } from "./excelError";

export type Scalar = string | number | boolean;

export const MAX_CELL_CHARS = 32_767;

export interface Stored {
  value: Scalar;
  formula: string | null;
  /** A number format Excel sets by itself (a typed date gets a date format), or null. */
  autoFormat: string | null;
}

const DAY_MS = 86_400_000;
const serial = (y: number, m: number, d: number): number | null => {
  const t = Date.UTC(y, m - 1, d);
  const dt = new Date(t);
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return t / DAY_MS + 25_569;
};

function asDate(text: string): number | null {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text) ?? null;
  if (!m) return null;
  return serial(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function coerce(input: unknown, numberFormat: string): Stored {
  if (input === null || input === undefined || input === "") return { value: "", formula: null, autoFormat: null };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new ExcelError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    return { value: input, formula: null, autoFormat: null };
  }
  if (typeof input === "boolean") return { value: input, formula: null, autoFormat: null };
  if (typeof input !== "string") throw new ExcelError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  if (input.length > MAX_CELL_CHARS)
    throw new ExcelError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  if (numberFormat === "@") return { value: input, formula: null, autoFormat: null };
  if (input.startsWith("'")) return { value: input.slice(1), formula: null, autoFormat: null };
  if (input.startsWith("=") && input.length > 1) return { value: "", formula: input, autoFormat: null };
  const t = input.trim();
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true", formula: null, autoFormat: null };
  const pct = /^([+-]?\d+(?:\.\d+)?)%$/.exec(t);
  if (pct) return { value: Number(pct[1]) / 100, formula: null, autoFormat: numberFormat === "General" ? "0%" : null };
  if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][+-]?\d+)?$/.test(t) || /^[+-]?\.\d+$/.test(t))
    return { value: Number(t.replace(/,/g, "")), formula: null, autoFormat: null };
  const d = asDate(t);
  if (d !== null) return { value: d, formula: null, autoFormat: numberFormat === "General" ? "yyyy/m/d" : null };
  return { value: input, formula: null, autoFormat: null };
}
