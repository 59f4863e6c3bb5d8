import type { CellValue } from "../model/grid";
import { parseLedgerDate } from "../normalize/parseLedgerDate";
import { cellText } from "../normalize/text";
import { toSimplified } from "../normalize/traditional";
import { deadlineDateText, readDeadlinePhrase } from "../vocab/deadlines";
import { normalizeStatus } from "../vocab/statuses";
import { readStatusText } from "../vocab/statusText";

/** What a column's values look like, as fractions of its non-empty cells. */
export interface ColumnEvidence {
  filled: number;
  date: number;
  deadlineWord: number;
  status: number;
  /** Statuses written as sentences ("已于5月20日整改到位"), which the short-word share above leaves out. */
  statusText: number;
  phone: number;
  smallInteger: number;
  longText: number;
}

// Mobile (11 digits from 13…19), landline with area code, or a bare local number (7–8 digits, never starting with 1).
export const PHONE = /^(\+?86[- ]?)?(1[3-9]\d{9}|0\d{2,3}[- ]?\d{7,8}(-\d{1,4})?|[2-9]\d{6,7}|400-?\d{3}-?\d{4}|12345)$/;

const SAMPLE = 60;

export function columnEvidence(
  rows: ReadonlyArray<readonly CellValue[] | undefined>,
  col: number,
  formats?: ReadonlyArray<ReadonlyArray<string | null> | undefined>,
): ColumnEvidence {
  const e: ColumnEvidence = { filled: 0, date: 0, deadlineWord: 0, status: 0, statusText: 0, phone: 0, smallInteger: 0, longText: 0 };
  for (let i = 0; i < rows.length && e.filled < SAMPLE; i++) {
    const v = rows[i]?.[col] ?? null;
    const text = cellText(v);
    if (text === null) continue;
    e.filled += 1;
    const parsed = parseLedgerDate(typeof v === "string" ? deadlineDateText(text) : v, formats?.[i]?.[col] ?? null);
    if (parsed.kind === "date" || parsed.kind === "partial" || parsed.kind === "ambiguous" || parsed.kind === "impossible") e.date += 1;
    else if (readDeadlinePhrase(text)) e.deadlineWord += 1;
    if (text.length <= 8) {
      if (normalizeStatus(toSimplified(text)) !== null) e.status += 1;
    } else if (text.length <= 60 && readStatusText(toSimplified(text)).status !== null) e.statusText += 1;
    if (PHONE.test(text.replace(/\s/g, ""))) e.phone += 1;
    if (typeof v === "number" && Number.isInteger(v) && v >= 0 && v < 10_000) e.smallInteger += 1;
    if (text.length >= 12) e.longText += 1;
  }
  if (e.filled > 0) {
    for (const k of ["date", "deadlineWord", "status", "statusText", "phone", "smallInteger", "longText"] as const) e[k] /= e.filled;
  }
  return e;
}
