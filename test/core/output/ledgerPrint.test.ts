import { ledgerSheetPlan } from "../../../src/core/output/ledgerSheetPlan";
import { printScaleOf, printSetupOf } from "../../../src/core/output/sheetPlan";
import { finding } from "../../hosts/office/fixtures";

test("标准台账 prints readably on A4 landscape: the finding's own columns at ≥ 60 %, tracking columns left off", () => {
  const plan = ledgerSheetPlan([finding(1, "问题"), finding(2, "问题")]);
  const setup = printSetupOf(plan);
  expect(setup.orientation).toBe("landscape");
  expect(printScaleOf(plan)).toBeGreaterThanOrEqual(0.6);
  const printed = plan.columns.slice(0, setup.columns ?? plan.columns.length).map((c) => c.header);
  expect(printed).toEqual(
    expect.arrayContaining(["编号", "检查日期", "责任单位", "问题描述", "地点", "整改措施", "整改时限", "整改情况", "完成时间", "责任人"]),
  );
  for (const tracking of ["问题来源", "报送单位", "最后更新", "修改说明", "来源文件", "同步信息"]) expect(printed).not.toContain(tracking);
});

test("a hidden column takes no width on paper", () => {
  const columns = [
    { header: "甲", width: 60, numberFormat: null, kind: "text" as const },
    { header: "乙", width: 60, numberFormat: null, kind: "text" as const, hidden: true },
  ];
  expect(printScaleOf({ columns })).toBe(printScaleOf({ columns: columns.slice(0, 1) }));
});
