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

/**
 * The figures of the 月报 for findings inspected in a period: what was found there and what became
 * of it; overdue counts every open finding found by `asOf` whose deadline passed, whenever found;
 * 本月销号 counts completions dated in the period, whenever found.
 */
export function figures(all: readonly Finding[], period: Period, asOf: string): Figures {
  const found = all.filter((f) => within(f.inspectedOn, period));
  const rectified = found.filter(done).length;
  const dated = found.filter((f) => effectiveDeadline(f) !== null);
  const onTime = dated.filter((f) => done(f) && f.rectifiedOn !== null && compareIso(f.rectifiedOn, effectiveDeadline(f)!) <= 0).length;
  return {
    found: found.length,
    rectified,
    inProgress: found.filter((f) => f.status === "inProgress").length,
    // A finding whose status was never filled in is counted as not rectified.
    pending: found.filter((f) => f.status === "pending" || f.status === null).length,
    relapsed: found.filter((f) => f.status === "relapsed").length,
    closedInMonth: all.filter((f) => done(f) && within(f.rectifiedOn, period)).length,
    overdue: all.filter((f) => isOverdue(f, asOf)).length,
    rectificationRate: found.length ? rectified / found.length : null,
    onTimeRate: dated.length ? onTime / dated.length : null,
  };
}

/** Figures per group (unit or category), for every group that has anything to report. */
export function figuresBy(
  all: readonly Finding[],
  key: (f: Finding) => string | null,
  period: Period,
  asOf: string,
): Array<{ key: string; figures: Figures }> {
  const groups = new Map<string, Finding[]>();
  for (const f of all) {
    const k = key(f) ?? "（未填写）";
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  return [...groups]
    .map(([k, list]) => ({ key: k, figures: figures(list, period, asOf) }))
    .filter((g) => g.figures.found + g.figures.overdue + g.figures.closedInMonth > 0)
    .sort((a, b) => b.figures.found - a.figures.found || a.key.localeCompare(b.key, "zh-CN"));
}
