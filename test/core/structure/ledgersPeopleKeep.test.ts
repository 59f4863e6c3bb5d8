import type { CellValue, SheetGrid } from "../../../src/core/model/grid";
import { structureWorkbook, type FindingsTable } from "../../../src/core/structure/structureWorkbook";

/** Issue 13 points 1–5 and issue 11 points 6 and 10, each on a small workbook built here. */

function sheet(name: string, values: CellValue[][], merges: SheetGrid["merges"] = []): SheetGrid {
  return { name, isCsv: false, values, merges };
}

function findings(result: ReturnType<typeof structureWorkbook>): FindingsTable[] {
  return result.tables.filter((t): t is FindingsTable => t.kind === "findings");
}

test("status and completion date written together in one 整改落实情况 cell, with no completion column", () => {
  const r = structureWorkbook({
    fileName: "巡查台账.xlsx",
    sheets: [
      sheet("巡查", [
        ["2025年5月创卫巡查问题台账"],
        ["序号", "巡查日期", "责任单位", "存在问题", "整改落实情况"],
        [1, "5月6日", "南湖街道", "垃圾桶满溢", "已于5月20日整改到位"],
        [2, "5月7日", "北山街道", "乱贴小广告", "已整改（2025.5.18）"],
        [3, "5月8日", "桂花社区", "绿化带积存垃圾", "整改完毕 5/22"],
        [4, "5月9日", "区城管局", "占道经营", "6月1日复查已销号"],
        [5, "5月10日", "区市场监管局", "防蝇设施缺失", "正在整改，预计6月底完成"],
        [6, "5月12日", "农贸市场", "活禽宰杀区不洁", "未整改（商户不配合）"],
      ]),
    ],
  });
  const t = findings(r)[0]!;
  expect(t.mapping.find((m) => m.letter === "E")!.field).toBe("status");
  expect(t.records.map((x) => [x.status, x.rectifiedOn])).toEqual([
    ["rectified", "2025-05-20"],
    ["rectified", "2025-05-18"],
    ["rectified", "2025-05-22"],
    ["closed", "2025-06-01"],
    ["inProgress", null],
    ["pending", null],
  ]);
});

test("a completion column wins over a date in the status sentence; an empty one falls back to it", () => {
  const r = structureWorkbook({
    fileName: "t.xlsx",
    sheets: [
      sheet("台账", [
        ["检查日期", "责任单位", "问题描述", "整改结果", "完成时间"],
        ["2025-04-02", "南湖街道", "垃圾乱堆", "已于4月5日清理完毕", "2025-04-06"],
        ["2025-04-02", "南湖街道", "污水外溢", "已于4月8日整改到位", null],
      ]),
    ],
  });
  expect(findings(r)[0]!.records.map((x) => x.rectifiedOn)).toEqual(["2025-04-06", "2025-04-08"]);
});

test("deadlines as people write them, counted from the inspection date", () => {
  const rows: Array<[string, string]> = [
    ["5月底前", "2025-05-31"],
    ["6月30日前", "2025-06-30"],
    ["6月30日前完成", "2025-06-30"],
    ["即知即改", "immediate"],
    ["限3日内", "2025-05-09"],
    ["一周内", "2025-05-13"],
    ["本月内", "2025-05-31"],
    ["两周内", "2025-05-20"],
    ["10个工作日内", "2025-05-20"],
  ];
  const r = structureWorkbook({
    fileName: "t.xlsx",
    sheets: [
      sheet("2025年督查", [
        ["检查时间", "被检查单位", "发现问题", "整改时限"],
        ...rows.map(([text]) => ["2025.5.6", "区教育局", "校门口垃圾", text] as CellValue[]),
      ]),
    ],
  });
  const t = findings(r)[0]!;
  expect(t.mapping.find((m) => m.letter === "D")!.field).toBe("deadline");
  expect(t.records.map((x) => x.deadline)).toEqual(rows.map(([, want]) => want));
  expect(t.problems.filter((p) => p.field === "deadline")).toEqual([]);
});

test("issue 11 point 6: a 整改要求 column is kept although its values read like a status", () => {
  const r = structureWorkbook({
    fileName: "t.xlsx",
    sheets: [
      sheet("台账", [
        ["检查日期", "责任单位", "问题描述", "整改要求", "整改情况"],
        ["2025-05-03", "南湖街道", "垃圾桶满溢", "限期整改到位", "已整改"],
        ["2025-05-03", "北山街道", "墙面小广告", "限期整改到位", "整改中"],
        ["2025-05-04", "桂花社区", "污水外溢", "立即整改到位", "未整改"],
      ]),
    ],
  });
  const t = findings(r)[0]!;
  expect(t.mapping.find((m) => m.letter === "D")).toMatchObject({ field: "measure" });
  expect(t.mapping.find((m) => m.letter === "E")).toMatchObject({ field: "status" });
  expect(t.records.map((x) => [x.measure, x.status])).toEqual([
    ["限期整改到位", "rectified"],
    ["限期整改到位", "inProgress"],
    ["立即整改到位", "pending"],
  ]);
});

test("issue 11 point 10: line breaks inside a cell stay line breaks; the id does not depend on them", () => {
  const grid = (description: string) =>
    sheet("台账", [
      ["检查日期", "责任单位", "问题描述", "具体位置", "整改措施"],
      ["2025-05-03", "南湖街道", description, "解放路\n12号", "1.清运垃圾\r\n2.加装桶盖"],
    ]);
  const broken = findings(structureWorkbook({ fileName: "t.xlsx", sheets: [grid("1.垃圾桶满溢\n2.墙面 小广告\n\n  ")] }))[0]!.records[0]!;
  expect(broken.description).toBe("1.垃圾桶满溢\n2.墙面小广告");
  expect(broken.location).toBe("解放路\n12号");
  expect(broken.measure).toBe("1.清运垃圾\n2.加装桶盖");
  const folded = findings(structureWorkbook({ fileName: "t.xlsx", sheets: [grid("1.垃圾桶满溢 2.墙面小广告")] }))[0]!.records[0]!;
  expect(broken.id).toBe(folded.id);
});
