import { z } from "zod";
import type { Finding } from "../model/finding";
import { fromIso, toEpochDay } from "../normalize/calendar";
import { effectiveDeadline, figures, figuresBy, FiguresSchema, isOverdue, monthPeriod, previousMonth } from "./monthlyFigures";
import { reportText } from "./reportText";
import { photoPairs, PhotoPairSchema } from "../photos/photoPairs";

export const ReportSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  asOf: z.string(),
  totals: FiguresSchema,
  byUnit: z.array(FiguresSchema.extend({ unit: z.string() })),
  byCategory: z.array(FiguresSchema.extend({ category: z.string() })),
  previous: FiguresSchema,
  yearToDate: FiguresSchema,
  trend: z.array(z.object({ month: z.string(), found: z.number(), rectified: z.number(), rectificationRate: z.number().nullable() })),
  /** Units by 整改率 (highest first, units with nothing found last) and by 超期未整改 (most first). */
  ranking: z.object({ byRate: z.array(z.string()), byOverdue: z.array(z.string()) }),
  overdueList: z.array(
    z.object({
      id: z.string(),
      unit: z.string().nullable(),
      description: z.string().nullable(),
      inspectedOn: z.string().nullable(),
      deadline: z.string().nullable(),
      days: z.number(),
    }),
  ),
  /** 整改前/后 pictures of the month's rectified findings that have any (see photos/photoPairs). */
  photoPairs: z.array(PhotoPairSchema),
  text: z.string(),
});
export type Report = z.infer<typeof ReportSchema>;

/** The 月报 for a month: totals, by unit and category, last month, the year to date, the trend, rankings, text. */
export function buildReport(all: readonly Finding[], month: string, asOf = monthPeriod(month).to): Report {
  const period = monthPeriod(month);
  const year = month.slice(0, 4);
  const prevMonth = previousMonth(month);
  const prevPeriod = monthPeriod(prevMonth);
  const totals = figures(all, period, asOf);
  const byUnit = figuresBy(all, (f) => f.unit, period, asOf).map((g) => ({ unit: g.key, ...g.figures }));
  const byCategory = figuresBy(all, (f) => f.category, period, asOf).map((g) => ({ category: g.key, ...g.figures }));
  // The trend needs only what each month found, so each month is figured over its own findings
  // (bucketed once by "YYYY-MM") instead of over all of them: 12 passes over the ledger were 12× the work.
  const byMonth = new Map<string, Finding[]>();
  for (const f of all) {
    if (f.inspectedOn === null || !f.inspectedOn.startsWith(year)) continue;
    const m = f.inspectedOn.slice(0, 7);
    const list = byMonth.get(m);
    if (list) list.push(f);
    else byMonth.set(m, [f]);
  }
  const trend = Array.from({ length: Number(month.slice(5)) }, (_, i) => {
    const m = `${year}-${String(i + 1).padStart(2, "0")}`;
    const f = figures(byMonth.get(m) ?? [], monthPeriod(m), monthPeriod(m).to);
    return { month: m, found: f.found, rectified: f.rectified, rectificationRate: f.rectificationRate };
  });
  const rated = byUnit
    .filter((u) => u.rectificationRate !== null)
    .sort((a, b) => b.rectificationRate! - a.rectificationRate! || b.found - a.found);
  const asOfDay = toEpochDay(fromIso(asOf));
  const overdueList: Report["overdueList"] = [];
  for (const f of all) {
    if (!isOverdue(f, asOf)) continue;
    const deadline = effectiveDeadline(f)!;
    overdueList.push({
      id: f.id,
      unit: f.unit,
      description: f.description,
      inspectedOn: f.inspectedOn,
      deadline,
      days: asOfDay - toEpochDay(fromIso(deadline)),
    });
  }
  overdueList.sort((a, b) => b.days - a.days);
  const report: Omit<Report, "text"> = {
    month,
    asOf,
    totals,
    byUnit,
    byCategory,
    previous: figures(all, prevPeriod, prevPeriod.to),
    yearToDate: figures(all, { from: `${year}-01-01`, to: period.to }, asOf),
    trend,
    ranking: {
      byRate: [...rated.map((u) => u.unit), ...byUnit.filter((u) => u.rectificationRate === null).map((u) => u.unit)],
      byOverdue: byUnit
        .filter((u) => u.overdue > 0)
        .sort((a, b) => b.overdue - a.overdue)
        .map((u) => u.unit),
    },
    overdueList,
    photoPairs: photoPairs(all, period),
  };
  return { ...report, text: reportText(report) };
}
