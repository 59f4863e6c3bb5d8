import { excelSerialToIso, isValidYMD, toIso, type YMD } from "./calendar";
import { toHalfWidth } from "./text";

/**
 * What a date cell turned out to be. A date without a year is `partial`: the caller knows the
 * ledger's period and the neighbouring dates and resolves it (see resolveYear).
 */
export type DateParse =
  | { kind: "empty" }
  | { kind: "date"; iso: string }
  | { kind: "partial"; month: number; day: number }
  | { kind: "ambiguous"; text: string; candidates: Array<{ month: number; day: number }> }
  | { kind: "impossible"; text: string }
  | { kind: "unreadable"; text: string };

const DATE_FORMAT = /(^|[^\\"])(y|d|m{1,2}(?![^"]*"))/i;

/** Whether an Excel number format displays a date (yyyy-mm-dd, m/d, yyyy"年"m"月"d"日", [$-F800] …). */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === "General" || format === "@") return false;
  const stripped = format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  if (/^[#0.,%\s]+$/.test(stripped)) return false;
  return /[yd]/i.test(stripped) || (/m/i.test(stripped) && !/[hs]/i.test(stripped)) || DATE_FORMAT.test(stripped);
}

// Words typed around a date that do not change it: 前/以前/之前 (a deadline "by"), 止, 号, a weekday.
const DECORATION = /(日|号)?\s*(前|以前|之前|为止|止|截止)?\s*([(（]?(星期|周)[一二三四五六日天][)）]?)?\s*$/;

const FULL =
  /^(\d{4})\s*(?:[.\-/年．。、]\s*)(\d{1,2})\s*(?:[.\-/月．。、]\s*)(\d{1,2})\s*(?:日|号)?(?:[T\s]+\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SHORT_YEAR = /^(\d{2})\s*[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH_DAY = /^(\d{1,2})\s*(?:[.\-/月．。、]\s*)(\d{1,2})\s*(?:日|号)?$/;
const MONTH_END = /^(\d{1,2})\s*月\s*(底|末|月底|月末)$/;
const YEAR_MONTH_END = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(底|末|月底|月末)$/;

function checked(text: string, y: number, m: number, d: number): DateParse {
  return isValidYMD(y, m, d) ? { kind: "date", iso: toIso({ year: y, month: m, day: d }) } : { kind: "impossible", text };
}

function partial(text: string, m: number, d: number): DateParse {
  // A day that exists in no year (2月30日, 4.31) is impossible whatever year it gets; 2月29日 waits for its year.
  return isValidYMD(2000, m, d) ? { kind: "partial", month: m, day: d } : { kind: "impossible", text };
}

/** 5月底 → the month's last day, resolved once the year is known; returned as a partial day 0 marker. */
function monthEnd(month: number, text: string): DateParse {
  return month >= 1 && month <= 12 ? { kind: "partial", month, day: 0 } : { kind: "impossible", text };
}

/**
 * Reads one ledger date the way clerks type them: Excel serials, 2024.5.3, 2024/05/03, 2024-5-3,
 * 2024年5月3日, 5月3日, 5.3, 20240503, "5月10日前". An impossible date (2024.6.31) or an unreadable
 * one is reported, never guessed.
 */
export function parseLedgerDate(value: string | number | boolean | null, numberFormat?: string | null): DateParse {
  if (value === null || value === "") return { kind: "empty" };
  if (typeof value === "boolean") return { kind: "unreadable", text: String(value) };
  if (typeof value === "number") return parseNumber(value, numberFormat ?? null);
  const text = toHalfWidth(value).trim();
  if (text === "") return { kind: "empty" };
  // Every form below starts with a digit: a text without one (a unit, a description) is no date.
  if (!hasDigit(text)) return { kind: "unreadable", text };
  const core = text.replace(DECORATION, (m, dayMark: string | undefined) => (dayMark ? dayMark : "")).trim() || text;
  let m = FULL.exec(core);
  if (m) return checked(text, Number(m[1]), Number(m[2]), Number(m[3]));
  m = COMPACT.exec(core);
  if (m) return checked(text, Number(m[1]), Number(m[2]), Number(m[3]));
  m = SHORT_YEAR.exec(core);
  if (m) return checked(text, 2000 + Number(m[1]), Number(m[2]), Number(m[3]));
  m = YEAR_MONTH_END.exec(core);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? checked(text, Number(m[1]), month, lastDay(Number(m[1]), month)) : { kind: "impossible", text };
  }
  m = MONTH_END.exec(core);
  if (m) return monthEnd(Number(m[1]), text);
  m = MONTH_DAY.exec(core);
  if (m) return partial(text, Number(m[1]), Number(m[2]));
  if (/^\d+(\.\d+)?$/.test(core)) return parseNumber(Number(core), null, text);
  return { kind: "unreadable", text };
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseNumber(n: number, format: string | null, typed?: string): DateParse {
  if (Number.isInteger(n) && n >= 19_000_101 && n <= 22_001_231) {
    return checked(typed ?? String(n), Math.floor(n / 10_000), Math.floor(n / 100) % 100, n % 100);
  }
  // (the text of the number only when a problem needs it: a date cell is nearly always a serial)
  if ((n >= 20_000 && n <= 80_000) || isDateFormat(format)) {
    const iso = excelSerialToIso(n);
    return iso ? { kind: "date", iso } : { kind: "unreadable", text: typed ?? String(n) };
  }
  const text = typed ?? String(n);
  if (n > 0 && n < 13 && !Number.isInteger(n)) return monthDotDay(n, format, text);
  return { kind: "unreadable", text };
}

/**
 * 4.12 typed into a General cell is stored as the number 4.12, but 4.10 is stored as 4.1 and
 * cannot be told from 4月1日. A two-decimal format (0.00) keeps the typed digits; otherwise a
 * one-digit fraction that reads as two valid days is ambiguous.
 */
function monthDotDay(n: number, format: string | null, text: string): DateParse {
  const month = Math.floor(n);
  const fraction = String(Number(n.toFixed(6))).split(".")[1] ?? "";
  const decimals = format && /0\.00(?!0)/.test(format) ? 2 : null;
  if (fraction.length === 2 || decimals === 2) return partial(text, month, Number(fraction.padEnd(2, "0")));
  if (fraction.length !== 1) return { kind: "unreadable", text };
  const short = Number(fraction);
  const long = short * 10;
  const candidates = [short, long].filter((d) => isValidYMD(2000, month, d)).map((day) => ({ month, day }));
  if (candidates.length === 2) return { kind: "ambiguous", text, candidates };
  const only = candidates[0];
  return only ? { kind: "partial", month: only.month, day: only.day } : { kind: "impossible", text };
}

/** Picks the year for a month/day so that the date lies nearest the reference (handles Dec → Jan roll-over). */
export function resolveYear(month: number, day: number, reference: YMD): YMD | null {
  let best: YMD | null = null;
  let bestDistance = Infinity;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const d = day === 0 ? lastDay(year, month) : day;
    if (!isValidYMD(year, month, d)) continue;
    const distance = Math.abs(Date.UTC(year, month - 1, d) - Date.UTC(reference.year, reference.month - 1, reference.day));
    if (distance < bestDistance) {
      bestDistance = distance;
      best = { year, month, day: d };
    }
  }
  return best;
}
