import { z } from "zod";
import type { Finding } from "../model/finding";
import { addDays, compareIso } from "../normalize/calendar";

export const FiguresSchema = z.object({
  found: z.number().int(),
  rectified: z.number().int(),
  inProgress: z.number().int(),
  pending: z.number().int(),
  relapsed: z.number().int(),
  closedInMonth: z.number().int(),
  overdue: z.number().int(),
  /** rectified ÷ found; null when nothing was found. */
  rectificationRate: z.number().nullable(),
  /** rectified on or before the effective deadline ÷ found with an effective deadline; null when none has one. */
  onTimeRate: z.number().nullable(),
});
export type Figures = z.infer<typeof FiguresSchema>;

/** A month as "YYYY-MM". */
export interface Period {
  /** First and last ISO day, inclusive. */
  from: string;
  to: string;
}

export function monthPeriod(month: string): Period {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` };
}

export function previousMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

const within = (iso: string | null, p: Period): boolean => iso !== null && compareIso(iso, p.from) >= 0 && compareIso(iso, p.to) <= 0;
const done = (f: Finding): boolean => f.status === "rectified" || f.status === "closed";

/** 立行立改 means by the day after inspection; 长期 has no deadline; a dated one is as written. */
export function effectiveDeadline(f: Finding): string | null {
  if (f.deadline === "longTerm" || f.deadline === null) return null;
  if (f.deadline === "immediate") return f.inspectedOn ? addDays(f.inspectedOn, 1) : null;
  return f.deadline;
}

/** Open past its effective deadline as of a date: carried over from earlier periods too. */
export function isOverdue(f: Finding, asOf: string): boolean {
  const d = effectiveDeadline(f);
  return !done(f) && f.inspectedOn !== null && compareIso(f.inspectedOn, asOf) <= 0 && d !== null && compareIso(d, asOf) < 0;
}

/** Running counts of one group, filled in one pass over the findings (see figures). */
interface Tally {
  found: number;
  rectified: number;
  inProgress: number;
  pending: number;
  relapsed: number;
  closedInMonth: number;
  overdue: number;
  dated: number;
  onTime: number;
}

const emptyTally = (): Tally => ({
  found: 0,
  rectified: 0,
  inProgress: 0,
  pending: 0,
  relapsed: 0,
  closedInMonth: 0,
  overdue: 0,
  dated: 0,
  onTime: 0,
});

// One pass, each finding's deadline worked out once: the filters this replaced walked every finding
// eight times and computed 立行立改's deadline (a date parse) up to four times each.
function count(t: Tally, f: Finding, period: Period, asOf: string): void {
  const isDone = done(f);
  const deadline = effectiveDeadline(f);
  if (within(f.inspectedOn, period)) {
    t.found += 1;
    if (isDone) t.rectified += 1;
    if (f.status === "inProgress") t.inProgress += 1;
    // A finding whose status was never filled in is counted as not rectified.
    if (f.status === "pending" || f.status === null) t.pending += 1;
    if (f.status === "relapsed") t.relapsed += 1;
    if (deadline !== null) {
      t.dated += 1;
      if (isDone && f.rectifiedOn !== null && compareIso(f.rectifiedOn, deadline) <= 0) t.onTime += 1;
    }
  }
  if (isDone && within(f.rectifiedOn, period)) t.closedInMonth += 1;
  // isOverdue, with the deadline already at hand.
  if (!isDone && f.inspectedOn !== null && compareIso(f.inspectedOn, asOf) <= 0 && deadline !== null && compareIso(deadline, asOf) < 0)
    t.overdue += 1;
}

function toFigures(t: Tally): Figures {
  return {
    found: t.found,
    rectified: t.rectified,
    inProgress: t.inProgress,
    pending: t.pending,
    relapsed: t.relapsed,
    closedInMonth: t.closedInMonth,
    overdue: t.overdue,
    rectificationRate: t.found ? t.rectified / t.found : null,
    onTimeRate: t.dated ? t.onTime / t.dated : null,
  };
}

/**
 * The figures of the 月报 for findings inspected in a period: what was found there and what became
 * of it; overdue counts every open finding found by `asOf` whose deadline passed, whenever found;
 * 本月销号 counts completions dated in the period, whenever found.
 */
export function figures(all: readonly Finding[], period: Period, asOf: string): Figures {
  const t = emptyTally();
  for (const f of all) count(t, f, period, asOf);
  return toFigures(t);
}

// One collator for every comparison: localeCompare(…, "zh-CN") sets one up on each call, which over
// the n log n comparisons of many groups takes minutes.
const ZH = new Intl.Collator("zh-CN");

/** Figures per group (unit or category), for every group that has anything to report. */
export function figuresBy(
  all: readonly Finding[],
  key: (f: Finding) => string | null,
  period: Period,
  asOf: string,
): Array<{ key: string; figures: Figures }> {
  // Tallied as the findings go by: no per-group lists (copying a list on every append was quadratic).
  const groups = new Map<string, Tally>();
  for (const f of all) {
    const k = key(f) ?? "（未填写）";
    let t = groups.get(k);
    if (!t) groups.set(k, (t = emptyTally()));
    count(t, f, period, asOf);
  }
  return [...groups]
    .map(([k, t]) => ({ key: k, figures: toFigures(t) }))
    .filter((g) => g.figures.found + g.figures.overdue + g.figures.closedInMonth > 0)
    .sort((a, b) => b.figures.found - a.figures.found || ZH.compare(a.key, b.key));
}
