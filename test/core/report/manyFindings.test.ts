import { performance } from "node:perf_hooks";
import type { Finding, Status } from "../../../src/core/model/finding";
import { unitChartModel } from "../../../src/core/report/chartModel";
import { figures, monthPeriod } from "../../../src/core/report/monthlyFigures";
import { buildReport } from "../../../src/core/report/reportModel";
import { reportSheetPlan } from "../../../src/core/report/reportSheetPlan";
import { blankFinding } from "../../helpers/finding";
import { RED } from "../../helpers/photoWorkbook";

// 300,000 findings is the size the CLI must take (issue 12); built in memory, so the test stays fast.
const N = 300_000;
const STATUSES: Status[] = ["rectified", "inProgress", "pending", "closed", "relapsed"];
const day = (i: number) => `2024-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`;

function finding(i: number, photos = false): Finding {
  const status = STATUSES[i % STATUSES.length]!;
  const photo = { sheet: "台账", row: i + 2, col: 12, mime: "image/png", data: RED };
  return blankFinding({
    id: `f${i}`,
    source: { file: "big.xlsx", sheet: "台账", row: i + 3 },
    inspectedOn: day(i),
    unit: `单位${i % 7}`,
    category: `类别${i % 6}`,
    description: `问题${i}`,
    deadline: i % 11 === 0 ? "immediate" : day(i + 7),
    status,
    rectifiedOn: status === "rectified" || status === "closed" ? day(i) : null,
    ...(photos ? { photos: { before: [photo], after: [photo] } } : {}),
  });
}

test("the 月报 of 300,000 findings in 7 units is built in one pass per figure (it took minutes, grouping by copying lists)", () => {
  const all = Array.from({ length: N }, (_, i) => finding(i));
  const started = performance.now();
  const r = buildReport(all, "2024-12");
  // A generous bound on a loaded machine (it takes about a second): grouping by copying lists took 206 s.
  expect(performance.now() - started).toBeLessThan(15_000);
  expect(r.byUnit).toHaveLength(7);
  expect(r.byUnit.reduce((s, u) => s + u.found, 0)).toBe(r.totals.found);
  expect(r.byCategory.reduce((s, c) => s + c.overdue, 0)).toBe(r.totals.overdue);
  expect(r.trend).toHaveLength(12);
  expect(r.trend[5]!.found).toBe(figures(all, monthPeriod("2024-06"), "2024-06-30").found);
  expect(r.overdueList).toHaveLength(r.totals.overdue);
}, 20_000);

test("a 月报 sheet with 150,000 整改前后 pairs is laid out without overflowing the stack", () => {
  const all = Array.from({ length: 150_000 }, (_, i) => ({
    ...finding(i, true),
    inspectedOn: "2024-06-03",
    rectifiedOn: "2024-06-10",
    status: "rectified" as const,
  }));
  const { plan } = reportSheetPlan(buildReport(all, "2024-06"));
  expect(plan.rows.length).toBeGreaterThan(150_000);
});

test("a 月报 of 300,000 findings each naming its own unit ranks and charts the units in bounded time", () => {
  const all = Array.from({ length: N }, (_, i) => ({ ...finding(i), unit: `单位${i}`, inspectedOn: "2024-06-03" }));
  const started = performance.now();
  const r = buildReport(all, "2024-06");
  const chart = unitChartModel(r);
  // Generous on a loaded machine: finding each ranked unit by a scan of every unit was quadratic.
  expect(performance.now() - started).toBeLessThan(15_000);
  expect(r.byUnit).toHaveLength(N);
  expect(chart.categories).toHaveLength(N);
}, 60_000);
