import type { CellValue, SheetGrid } from "../../../src/core/model/grid";
import { structureWorkbook, type FindingsTable } from "../../../src/core/structure/structureWorkbook";

/** What the issue 13 audit found on unseen workbooks, each on a small workbook built here. */

function sheet(name: string, values: CellValue[][], merges: SheetGrid["merges"] = []): SheetGrid {
  return { name, isCsv: false, values, merges };
}

function findings(result: ReturnType<typeof structureWorkbook>): FindingsTable[] {
  return result.tables.filter((t): t is FindingsTable => t.kind === "findings");
}

test("a header naming both 整改要求 and 时限 whose values are deadlines is the deadline, not the measure", () => {
  const r = structureWorkbook({
    fileName: "t.xlsx",
    sheets: [
      sheet("12月", [
        ["2024年12月爱卫检查问题交办单"],
        ["序号", "检查时间", "责任单位", "问题描述", "整改要求时限", "整改落实情况"],
        [1, "12月28日", "区城市管理局", "垃圾中转站污水横流", "两周内", "已于1月3日整改到位"],
        [2, "12月29日", "南湖街道", "下水道口无防鼠网", "十日内", "已整改"],
        [3, "12月30日", "区卫生健康局", "宣传栏破损", "1月10日前", "预计1月中旬完成"],
        [4, "12月30日", "桂花社区", "楼顶违规种菜", "本月内", "未整改（居民不配合）"],
      ]),
    ],
  });
  const t = findings(r)[0]!;
  expect(t.mapping.find((m) => m.letter === "E")).toMatchObject({ field: "deadline" });
  expect(t.records.map((x) => [x.deadline, x.measure])).toEqual([
    ["2025-01-11", null],
    ["2025-01-08", null],
    ["2025-01-10", null],
    ["2024-12-31", null],
  ]);
});

test("a 整改要求 column of free text stays the measure beside a 时限 column", () => {
  const r = structureWorkbook({
    fileName: "t.xlsx",
    sheets: [
      sheet("台账", [
        ["检查日期", "责任单位", "问题描述", "整改要求", "整改时限", "整改情况"],
        ["2025-05-03", "南湖街道", "垃圾桶满溢", "及时清运垃圾，加强巡查", "3日内", "已整改"],
        ["2025-05-03", "北山街道", "墙面小广告", "清除小广告", "5月10日前", "整改中"],
      ]),
    ],
  });
  const t = findings(r)[0]!;
  expect(t.mapping.filter((m) => m.field).map((m) => `${m.letter}:${m.field}`)).toContain("D:measure");
  expect(t.mapping.filter((m) => m.field).map((m) => `${m.letter}:${m.field}`)).toContain("E:deadline");
});

test.each([
  ["城关镇人民政府创卫问题清单", "城关镇人民政府"],
  ["关于县卫生健康局创卫问题整改情况的台账", "县卫生健康局"],
  ["县爱国卫生运动委员会办公室创卫问题台账", "县爱国卫生运动委员会办公室"],
  ["县爱卫办2025年6月创卫督查问题清单", "县爱卫办"],
  ["2025年县市场监督管理局创卫问题整改台账", "县市场监督管理局"],
])("a sheet titled %s belongs to %s", (title, unit) => {
  const r = structureWorkbook({
    fileName: "t.xlsx",
    sheets: [
      sheet("Sheet2", [
        [title],
        ["序号", "检查日期", "问题描述", "具体位置", "整改期限", "整改情况"],
        [1, "2025-06-03", "垃圾堆放", "院内", "3日内", "已整改"],
      ]),
    ],
  });
  expect(findings(r)[0]!.records.map((x) => x.unit)).toEqual([unit]);
});

test("two sections under the same header are two tables, each with its own 来源", () => {
  const header = ["序号", "检查日期", "责任单位", "问题描述", "具体位置", "整改期限", "整改情况"];
  const r = structureWorkbook({
    fileName: "t.xlsx",
    sheets: [
      sheet("同表头分段", [
        ["某区2025年5月创卫问题整改台账（二）"],
        ["一、省级暗访反馈问题"],
        header,
        [1, "2025-05-21", "南湖街道", "垃圾分类亭破损", "南湖路", "2025-05-25", "已整改"],
        [],
        ["二、街道自查问题"],
        header,
        [1, "2025-05-22", "北山街道", "绿化带垃圾", "北山路", "2025-05-26", "未整改"],
        [2, "2025-05-23", "北山街道", "果皮箱满溢", "北山路", "2025-05-27", "整改中"],
      ]),
    ],
  });
  const tables = findings(r);
  expect(tables.map((t) => t.headerRows)).toEqual([[3], [7]]);
  expect(tables.flatMap((t) => t.records.map((x) => [x.source.row, x.origin]))).toEqual([
    [4, "省级暗访反馈"],
    [8, "街道自查"],
    [9, "街道自查"],
  ]);
});

test("a printed page's dated line above its repeated header does not start a new table", () => {
  const header = ["序号", "检查日期", "责任单位", "问题描述", "整改情况"];
  const page = (n: number): CellValue[][] => [
    ["2025.5.6 区创卫办制表"],
    header,
    [1, `2025-05-0${n}`, "南湖街道", `垃圾堆放${n}`, "已整改"],
    [`第${n}页 共2页`],
  ];
  const r = structureWorkbook({ fileName: "t.xlsx", sheets: [sheet("台账", [...page(1), ...page(2)])] });
  expect(findings(r).map((t) => t.records.map((x) => x.source.row))).toEqual([[3, 7]]);
});
