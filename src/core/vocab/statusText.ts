import type { Status } from "../model/finding";
import { parseLedgerDate, type DateParse } from "../normalize/parseLedgerDate";
import { toHalfWidth } from "../normalize/text";
import { normalizeStatus } from "./statuses";

/** What a free-text 整改落实情况 cell says: the status, and the completion date where one is written. */
export interface StatusReading {
  status: Status | null;
  /** Parsed but not yet resolved (a month/day waits for the ledger's year); null when none is written. */
  completedOn: DateParse | null;
}

// Dates as they appear inside a sentence: 2025年5月18日, 2025.5.18, 2025-05-18, 5月20日, 5/22, 5.22, 6月底.
const DATE_IN_TEXT =
  /(?<![\d.])(?:\d{4}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*[日号]?|\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号]?|底|末)|\d{1,2}\s*[./]\s*\d{1,2}(?![\d.%米元个处件台]))/g;
// A clause that states an intention or a requirement, not what happened: its dates are plans or deadlines.
const PLAN = /预计|计划|拟|争取|力争|预期|将于|将在|定于|要求|限期|限于|确保|准备|打算|约定|承诺/;
// Right after a date, 前/之前/以前 make it a "by" date (a deadline), never a completion.
const BY_DATE = /^\s*(?:[日号])?\s*(?:前|之前|以前|底前)/;
// Brackets set a clause apart too: "已整改到位（限期6月5日）" is a finished sentence with a deadline beside it.
const CLAUSE = /[，,；;。\n()（）【】[\]]|\s{2,}/;
// 已于/已在 + date + verb: with the date taken out, what remains reads "已整改", "已拆除".
const DATED_DONE = new RegExp(`已经?[于在]\\s*(?:${DATE_IN_TEXT.source})\\s*`, "g");

/**
 * Reads a status written as a sentence: "已于5月20日整改到位", "已整改（2025.5.18）", "整改完毕 5/22",
 * "6月1日复查已销号", "正在整改，预计6月底完成", "未整改（商户不配合）". A date in a plan or a
 * requirement is not a completion; a completion date is kept only for finished work (rectified, closed,
 * relapsed after rectification).
 */
export function readStatusText(raw: string): StatusReading {
  // A ledger repeats a handful of status sentences over its rows: each is read once.
  const hit = memo.get(raw);
  if (hit) return hit;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const reading = read(raw);
  memo.set(raw, reading);
  return reading;
}

const memo = new Map<string, StatusReading>();
const MEMO_LIMIT = 4096;

function read(raw: string): StatusReading {
  const text = toHalfWidth(raw).trim();
  // Fast path: a short status word with no digits carries no date.
  if (text.length <= 8 && !/\d/.test(text)) return { status: normalizeStatus(text), completedOn: null };
  const clauses = text.split(CLAUSE).filter((c) => c.trim() !== "");
  const stated: string[] = [];
  let planned = false;
  let completedOn: DateParse | null = null;
  for (const clause of clauses) {
    const plan = PLAN.test(clause);
    if (plan) planned = true;
    else stated.push(clause);
    if (plan || completedOn) continue;
    for (const m of clause.matchAll(DATE_IN_TEXT)) {
      if (BY_DATE.test(clause.slice(m.index + m[0].length))) continue;
      const parsed = parseLedgerDate(m[0].replace(/\s/g, "").replace(/月(底|末)$/, "月底"));
      if (parsed.kind === "date" || parsed.kind === "partial") {
        completedOn = parsed;
        break;
      }
    }
  }
  // The status is what the clauses say happened; a plan alone means the work is under way.
  const joined = stated.join("，");
  const what = (joined.includes("已") ? joined.replace(DATED_DONE, "已") : joined).replace(DATE_IN_TEXT, " ");
  let status = what.trim() === "" ? null : normalizeStatus(what);
  if (status === null && planned) status = "inProgress";
  const finished = status === "rectified" || status === "closed" || status === "relapsed";
  return { status, completedOn: finished ? completedOn : null };
}
