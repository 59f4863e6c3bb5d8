import type { DateParse } from "../normalize/parseLedgerDate";
import { resolveYear } from "../normalize/parseLedgerDate";
import { fromIso, toIso, type YMD } from "../normalize/calendar";
import type { LedgerPeriod } from "./ledgerPeriod";

export type DateOutcome =
  | { ok: true; iso: string | null }
  | { ok: false; code: "date-unreadable" | "date-impossible" | "date-no-year" | "date-ambiguous"; value: string; candidates?: string };

/** The reference point for a date typed without a year, inside the ledger's period. */
export function periodReference(period: LedgerPeriod): YMD | null {
  if (period.year === null) return null;
  return { year: period.year, month: period.month ?? 7, day: period.month ? 15 : 1 };
}

/**
 * Turns a parsed date into an ISO date. A month/day gets the year that puts it nearest the
 * reference (the row's inspection date, else the period, else the nearest dated row); with only a
 * year known and no month, that year is taken as it is.
 */
export function resolveDate(parse: DateParse, reference: YMD | null, yearOnly: number | null): DateOutcome {
  switch (parse.kind) {
    case "empty":
      return { ok: true, iso: null };
    case "date":
      return { ok: true, iso: parse.iso };
    case "unreadable":
      return { ok: false, code: "date-unreadable", value: parse.text };
    case "impossible":
      return { ok: false, code: "date-impossible", value: parse.text };
    case "ambiguous":
      return {
        ok: false,
        code: "date-ambiguous",
        value: parse.text,
        candidates: parse.candidates.map((c) => `${c.month}月${c.day}日`).join("或"),
      };
    case "partial": {
      const value = parse.day === 0 ? `${parse.month}月底` : `${parse.month}月${parse.day}日`;
      if (reference) {
        const ymd = resolveYear(parse.month, parse.day, reference);
        return ymd ? { ok: true, iso: toIso(ymd) } : { ok: false, code: "date-impossible", value };
      }
      if (yearOnly !== null) {
        const ymd = resolveYear(parse.month, parse.day, { year: yearOnly, month: parse.month, day: Math.max(parse.day, 1) });
        return ymd ? { ok: true, iso: toIso(ymd) } : { ok: false, code: "date-impossible", value };
      }
      return { ok: false, code: "date-no-year", value };
    }
  }
}

/** Nearest fully dated row (by row distance) as a fallback reference for undated years; `rows` ascend by row. */
export function nearestDated(rows: ReadonlyArray<{ row: number; iso: string }>, row: number): YMD | null {
  if (rows.length === 0) return null;
  let lo = 0;
  let hi = rows.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.row < row) lo = mid + 1;
    else hi = mid;
  }
  const after = rows[lo]!;
  const before = lo > 0 ? rows[lo - 1]! : after;
  return fromIso(Math.abs(before.row - row) <= Math.abs(after.row - row) ? before.iso : after.iso);
}
