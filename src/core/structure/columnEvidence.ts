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
  // A text's evidence depends on the text alone (a format only changes how a number reads), and a
  // column's texts repeat (one unit, three statuses): each distinct text is judged once.
  const judged = new Map<string, number>();
  for (let i = 0; i < rows.length && e.filled < SAMPLE; i++) {
    const v = rows[i]?.[col] ?? null;
    let found: number;
    if (typeof v === "string") {
      const known = judged.get(v);
      if (known === undefined) {
        found = judge(v, null);
        judged.set(v, found);
      } else found = known;
    } else found = judge(v, formats?.[i]?.[col] ?? null);
    if (found === BLANK) continue;
    e.filled += 1;
    if (found & DATE) e.date += 1;
    if (found & DEADLINE_WORD) e.deadlineWord += 1;
    if (found & STATUS) e.status += 1;
    if (found & STATUS_TEXT) e.statusText += 1;
    if (found & PHONE_NUMBER) e.phone += 1;
    if (found & SMALL_INTEGER) e.smallInteger += 1;
    if (found & LONG_TEXT) e.longText += 1;
  }
  if (e.filled > 0) {
    for (const k of ["date", "deadlineWord", "status", "statusText", "phone", "smallInteger", "longText"] as const) e[k] /= e.filled;
  }
  return e;
}

const BLANK = -1;
const DATE = 1;
const DEADLINE_WORD = 2;
const STATUS = 4;
const STATUS_TEXT = 8;
const PHONE_NUMBER = 16;
const SMALL_INTEGER = 32;
const LONG_TEXT = 64;

/** What one cell looks like, as the flags above (BLANK: nothing in it). */
function judge(v: CellValue, format: string | null): number {
  const text = cellText(v);
  if (text === null) return BLANK;
  let found = 0;
  const parsed = parseLedgerDate(typeof v === "string" ? deadlineDateText(text) : v, format);
  if (parsed.kind === "date" || parsed.kind === "partial" || parsed.kind === "ambiguous" || parsed.kind === "impossible") found |= DATE;
  else if (readDeadlinePhrase(text)) found |= DEADLINE_WORD;
  if (text.length <= 8) {
    if (normalizeStatus(toSimplified(text)) !== null) found |= STATUS;
  } else if (text.length <= 60 && readStatusText(toSimplified(text)).status !== null) found |= STATUS_TEXT;
  if (PHONE.test(text.replace(/\s/g, ""))) found |= PHONE_NUMBER;
  if (typeof v === "number" && Number.isInteger(v) && v >= 0 && v < 10_000) found |= SMALL_INTEGER;
  if (text.length >= 12) found |= LONG_TEXT;
  return found;
}
