import { readFileSync } from "node:fs";
import type { Finding } from "../../../src/core/model/finding";
import { effectiveDeadline, figures, monthPeriod } from "../../../src/core/report/monthlyFigures";
import { buildReport } from "../../../src/core/report/reportModel";
import { percent } from "../../../src/core/report/reportText";
import { structureWorkbook } from "../../../src/core/structure/structureWorkbook";
import { readWorkbookBytes } from "../../../src/hosts/file/readWorkbookBytes";
import { SAMPLES_DIR } from "../../helpers/samples";

const f = (id: string, over: Partial<Finding>): Finding => ({
  id,
  source: { file: "a", sheet: "s", row: 2 },
  inspectedOn: "2025-05-10",
  unit: "甲",
  category: "市容环境卫生",
  description: id,
  location: null,
  measure: null,
  deadline: "2025-05-20",
  status: "pending",
  rectifiedOn: null,
  owner: null,
  phone: null,
  noticeNo: null,
  remark: null,
  ...over,
});

test("month boundaries, 立行立改 as the day after inspection, 长期 with no deadline", () => {
  const all = [
    f("a", { inspectedOn: "2025-05-31", status: "rectified", rectifiedOn: "2025-06-01", deadline: "immediate" }),
    f("b", { inspectedOn: "2025-06-01" }),
    f("c", { inspectedOn: "2025-05-01", deadline: "longTerm", status: "inProgress" }),
    f("d", { inspectedOn: "2025-04-30", deadline: "2025-05-05", status: "closed", rectifiedOn: "2025-05-31" }),
  ];
  expect(effectiveDeadline(all[0]!)).toBe("2025-06-01");
  const may = figures(all, monthPeriod("2025-05"), "2025-05-31");
  expect(may).toEqual({
    found: 2,
    rectified: 1,
    inProgress: 1,
    pending: 0,
    relapsed: 0,
    closedInMonth: 1,
    overdue: 0,
    rectificationRate: 0.5,
    onTimeRate: 1,
  });
  // 立行立改 found 5-31 and done 6-01 is on time; done 6-02 would not be.
  expect(figures([{ ...all[0]!, rectifiedOn: "2025-06-02" }], monthPeriod("2025-05"), "2025-05-31").onTimeRate).toBe(0);
  expect(figures(all, monthPeriod("2025-03"), "2025-03-31").rectificationRate).toBeNull();
});

test("overdue carries over from earlier months and counts as of the chosen date", () => {
  const all = [
    f("old", { inspectedOn: "2025-03-02", deadline: "2025-03-10", status: "inProgress" }),
    f("new", { inspectedOn: "2025-05-10", deadline: "2025-05-20" }),
  ];
  expect(figures(all, monthPeriod("2025-05"), "2025-05-31").overdue).toBe(2);
  expect(figures(all, monthPeriod("2025-05"), "2025-05-15").overdue).toBe(1);
  expect(figures(all, monthPeriod("2025-05"), "2025-03-01").overdue).toBe(0);
});

test("rates print with one decimal, and a unit with nothing found shows —", () => {
  expect(percent(98 / 126)).toBe("77.8%");
  expect(percent(null)).toBe("—");
  const r = buildReport([f("x", { inspectedOn: "2025-04-02", deadline: "2025-04-05", unit: "乙" }), f("y", {})], "2025-05");
  const yi = r.byUnit.find((u) => u.unit === "乙")!;
  expect(yi).toMatchObject({ found: 0, overdue: 1, rectificationRate: null });
  expect(r.ranking.byRate).toEqual(["甲", "乙"]);
  expect(r.ranking.byOverdue).toEqual(
    ["甲", "乙"]
      .filter((u) => r.byUnit.find((x) => x.unit === u)!.overdue > 0)
      .sort((a, b) => r.byUnit.find((x) => x.unit === b)!.overdue - r.byUnit.find((x) => x.unit === a)!.overdue),
  );
});

(SAMPLES_DIR ? test : test.skip)("s3_month_sheets, May 2025, against figures worked out by hand", () => {
  const wb = readWorkbookBytes(new Uint8Array(readFileSync(`${SAMPLES_DIR}/s3_month_sheets.xlsx`)), "s3_month_sheets.xlsx");
  const findings = structureWorkbook(wb).tables.flatMap((t) => (t.kind === "findings" ? t.records : []));
  const r = buildReport(findings, "2025-05");
  expect(r.asOf).toBe("2025-05-31");
  expect(r.totals).toEqual({
    found: 8,
    rectified: 2,
    inProgress: 4,
    pending: 0,
    relapsed: 2,
    closedInMonth: 4,
    overdue: 7,
    rectificationRate: 0.25,
    onTimeRate: 0.25,
  });
  expect(r.previous).toMatchObject({ found: 11, rectified: 8, onTimeRate: 0.2 });
  expect(r.byUnit.find((u) => u.unit === "区园林绿化中心")).toMatchObject({ found: 2, rectified: 1, relapsed: 1, overdue: 2 });
  expect(r.trend.map((t) => [t.month, t.found, t.rectified])).toEqual([
    ["2025-01", 0, 0],
    ["2025-02", 0, 0],
    ["2025-03", 0, 0],
    ["2025-04", 11, 8],
    ["2025-05", 8, 2],
  ]);
  expect(r.text).toBe(
    "5月份共发现各类问题8个，已整改2个，整改率25.0%，较上月下降47.7个百分点；按期整改率25.0%；正在整改4个，反弹2个；截至5月31日，超期未整改问题7个，主要集中在区园林绿化中心（2个）；本月销号4个。",
  );
});
