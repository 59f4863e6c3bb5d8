import { addDays, addWorkingDays, daysInMonth, fromEpochDay, fromIso, toEpochDay, toIso } from "../normalize/calendar";

/** Deadline words that are not dates. */
const IMMEDIATE =
  /^(立行立改|立即整改|立即|马上整改|马上|即知即改|即查即改|立查立改|即改|当场整改|当即整改|现场整改|当天|当日|当日整改|当天整改|立改|即时|即时整改|立整立改|即查即纠|立查立纠|随查随改|边查边改)$/;
const LONG_TERM = /^(长期|长期坚持|长效|长效管理|长期整改|持续整改|持续|常态化|常态化管理|长期保持)$/;

export function deadlineKeyword(text: string): "immediate" | "longTerm" | null {
  const key = text.replace(/[\s。.!！]/g, "");
  if (IMMEDIATE.test(key)) return "immediate";
  if (LONG_TERM.test(key)) return "longTerm";
  return null;
}

/**
 * A deadline written as words rather than a date: a keyword (立行立改, 长期), a span counted from the
 * inspection date (限3日内, 一周内, 10个工作日内, 一个月内) or the end of the inspection's week, month,
 * quarter or year (本周内, 本月内, 月底前, 下月底前, 年底前).
 */
export type DeadlinePhrase =
  | { kind: "word"; value: "immediate" | "longTerm" }
  | { kind: "span"; count: number; unit: "day" | "workingDay" | "week" | "month" }
  | { kind: "periodEnd"; period: "week" | "month" | "quarter" | "year"; offset: number }
  /** 下周五前: a weekday (1 = Monday … 7 = Sunday) of the inspection's week, or of a later one. */
  | { kind: "weekday"; day: number; offset: number };

const CN_DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 3, 十, 十五, 二十, 两 → a number up to 99; null when the text is not one. */
function countOf(text: string): number | null {
  if (/^\d{1,3}$/.test(text)) return Number(text);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === "") return null;
  if (!m[2]) return m[3] ? null : CN_DIGITS[m[1]!]!;
  return (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[3] ? CN_DIGITS[m[3]]! : 0);
}

// What people write around a phrase without changing it: 限/须/要求 before it, 完成/整改到位 after it.
const LEAD = /^(?:限期?|须|需|要求|请|务必|应|必须|在)+/;
const DONE = /(?:完成整改|整改完成|整改到位|整改完毕|完成|整改|办结|落实|到位)$/;
const SPAN = /^(\d{1,3}|[一二两三四五六七八九十]{1,3}|半)(?:个)?(工作日|日|天|周|星期|礼拜|月|小时)(?:内|之内|以内)$/;
// Without 内 a count still sets a span ("限期一个月", "五个工作日", "十天", "一周"); a month needs its 个,
// since "五月" is May.
const SPAN_LOOSE = /^(\d{1,3}|[一二两三四五六七八九十]{1,3})(?:(工作日|日|天|周|星期|礼拜|小时)|个(工作日|日|天|月|星期|小时))$/;
const WEEKDAY = /^(本|这|下|次)?(?:周|星期|礼拜)([一二三四五六日天])(?:前|之前|以前)?$/;
const WEEKDAY_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const PERIOD_END = /^(本|当|这|今|下|次)?(周|星期|月|季度|季|年度|年)(内|之内|以内|底|末)?(前|之前|以前)?$/;

function unitOf(word: string): "day" | "workingDay" | "week" | "month" | "hour" {
  if (word === "小时") return "hour";
  if (word === "工作日") return "workingDay";
  if (word === "日" || word === "天") return "day";
  return word === "月" ? "month" : "week";
}

/** Reads a deadline phrase; null for dates and for text that sets no deadline. */
export function readDeadlinePhrase(text: string): DeadlinePhrase | null {
  // A deadline column repeats a few phrases down its rows: each is read once.
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const phrase = readPhrase(text);
  memo.set(text, phrase);
  return phrase;
}

const memo = new Map<string, DeadlinePhrase | null>();
const MEMO_LIMIT = 4096;

function readPhrase(text: string): DeadlinePhrase | null {
  const word = deadlineKeyword(text);
  if (word) return { kind: "word", value: word };
  const key = text.replace(/[\s。.!！,，]/g, "");
  const core = key.replace(LEAD, "");
  const bare = core.replace(DONE, "");
  const span = SPAN.exec(bare.replace(/(?:前|之前|以前)$/, "")) ?? SPAN_LOOSE.exec(bare);
  if (span) {
    const word = span[2] ?? span[3]!;
    if (span[1] === "半") return word === "月" ? { kind: "span", count: 15, unit: "day" } : null;
    const count = countOf(span[1]!);
    if (!count || count <= 0) return null;
    const unit = unitOf(word);
    // Hours count as the days they reach into: 24小时内 is the next day, 36 or 48 the day after.
    return unit === "hour" ? { kind: "span", count: Math.ceil(count / 24), unit: "day" } : { kind: "span", count, unit };
  }
  const weekday = WEEKDAY.exec(bare);
  if (weekday) return { kind: "weekday", day: WEEKDAY_NUMBER[weekday[2]!]!, offset: weekday[1] === "下" || weekday[1] === "次" ? 1 : 0 };
  const end = PERIOD_END.exec(bare);
  if (end && (end[3] || end[4])) {
    const period =
      end[2] === "周" || end[2] === "星期" ? "week" : end[2] === "月" ? "month" : end[2]!.startsWith("季") ? "quarter" : "year";
    return { kind: "periodEnd", period, offset: end[1] === "下" || end[1] === "次" ? 1 : 0 };
  }
  return null;
}

function addMonths(iso: string, months: number): string {
  const { year, month, day } = fromIso(iso);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return toIso({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** The date a phrase sets for a finding inspected on `inspectedOn` (ISO); keywords stay keywords. */
export function deadlineFrom(phrase: DeadlinePhrase, inspectedOn: string): string {
  if (phrase.kind === "word") return phrase.value;
  if (phrase.kind === "span") {
    if (phrase.unit === "workingDay") return addWorkingDays(inspectedOn, phrase.count);
    if (phrase.unit === "day") return addDays(inspectedOn, phrase.count);
    if (phrase.unit === "week") return addDays(inspectedOn, phrase.count * 7);
    return addMonths(inspectedOn, phrase.count);
  }
  if (phrase.kind === "weekday") {
    const epoch = toEpochDay(fromIso(inspectedOn));
    const weekday = (epoch + 4) % 7 || 7; // 1 = Monday … 7 = Sunday
    const target = epoch - weekday + phrase.day + phrase.offset * 7;
    // "周一前" written on a Wednesday means the coming Monday.
    return toIso(fromEpochDay(target < epoch ? target + 7 : target));
  }
  const { year, month } = fromIso(inspectedOn);
  if (phrase.period === "week") {
    const epoch = toEpochDay(fromIso(inspectedOn));
    const weekday = (epoch + 4) % 7; // 0 = Sunday; a Chinese week ends on Sunday
    return toIso(fromEpochDay(epoch + (weekday === 0 ? 0 : 7 - weekday) + phrase.offset * 7));
  }
  if (phrase.period === "year") return toIso({ year: year + phrase.offset, month: 12, day: 31 });
  const span = phrase.period === "quarter" ? 3 : 1;
  const lastMonth = phrase.period === "quarter" ? Math.ceil(month / 3) * 3 : month;
  const end = addMonths(toIso({ year, month: lastMonth, day: 1 }), phrase.offset * span);
  const e = fromIso(end);
  return toIso({ year: e.year, month: e.month, day: daysInMonth(e.year, e.month) });
}

/**
 * A deadline cell's date part with "by … done" words around it removed ("6月30日前完成" → "6月30日前"),
 * for the date reader, which already understands a trailing 前.
 */
export function deadlineDateText(text: string): string {
  return text.replace(LEAD, "").replace(DONE, "");
}
