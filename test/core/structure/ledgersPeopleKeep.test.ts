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

describe("a sheet per unit, named only in the title or the tab, beside a 目录 sheet", () => {
  const header = ["序号", "检查日期", "问题描述", "整改措施", "整改时限", "整改情况"];
  const rows = (n: number): CellValue[][] =>
    Array.from({ length: n }, (_, i) => [i + 1, `2025.3.${i + 2}`, `问题${i + 1}：垃圾未清运`, "立即清理", "一周内", "已整改"]);
  const workbook = {
    fileName: "2025年各单位创卫问题整改台账.xlsx",
    sheets: [
      sheet("目录", [
        ["各单位整改台账目录"],
        ["序号", "单位名称", "问题数量", "已整改", "备注"],
        [1, "县人民医院", 3, 3, null],
        [2, "县城市管理局", 2, 2, null],
        [3, "县第一中学", 2, 2, null],
      ]),
      sheet("填表说明", [["填表说明"], ["1. 每个单位一个工作表"], ["2. 整改情况填写已整改、整改中或未整改"]]),
      sheet("人民医院", [["县人民医院创卫问题整改台账（2025年）"], header, ...rows(3)]),
      sheet("城管", [["县城市管理局2025年一季度创卫督查问题整改清单"], ["填报日期：2025年4月1日"], header, ...rows(2)]),
      sheet("县一中", [header, ...rows(2)]),
      sheet("汇总", [
        ["单位", "问题数", "已整改数", "整改率"],
        ["县人民医院", 3, 3, "100%"],
      ]),
    ],
  };

  test("without a 单位名录: the title's full name, else the tab's", () => {
    const r = structureWorkbook(workbook);
    expect(r.skipped.map((s) => [s.sheet, s.reason])).toEqual([
      ["目录", "contents"],
      ["填表说明", "contents"],
      ["汇总", "summary"],
    ]);
    const units = findings(r).map((t) => [t.sheet, [...new Set(t.records.map((x) => x.unit))]]);
    expect(units).toEqual([
      ["人民医院", ["县人民医院"]],
      ["城管", ["县城市管理局"]],
      ["县一中", ["县一中"]],
    ]);
    expect(findings(r)[0]!.records[0]).toMatchObject({ inspectedOn: "2025-03-02", deadline: "2025-03-09", status: "rectified" });
  });

  test("with a 单位名录: names and tabs mapped to registered names", () => {
    const units = [
      { name: "县人民医院", aliases: ["人民医院", "县医院"], type: null, street: null, contact: null, phone: null },
      { name: "县城市管理局", aliases: ["城管局", "城管"], type: null, street: null, contact: null, phone: null },
      { name: "县第一中学", aliases: ["县一中", "一中"], type: null, street: null, contact: null, phone: null },
    ];
    const r = structureWorkbook(workbook, { units });
    expect(findings(r).map((t) => t.records[0]!.unit)).toEqual(["县人民医院", "县城市管理局", "县第一中学"]);
  });

  test("a title naming the checking office does not override a unit column", () => {
    const r = structureWorkbook({
      fileName: "t.xlsx",
      sheets: [
        sheet("台账", [
          ["县爱卫办2025年创卫督查问题台账"],
          ["检查日期", "责任单位", "问题描述"],
          ["2025-03-02", "县人民医院", "垃圾未清运"],
        ]),
      ],
    });
    expect(findings(r)[0]!.records[0]!.unit).toBe("县人民医院");
  });
});

test("two tables in one sheet under section titles, in different column orders, each with its own mapping", () => {
  const r = structureWorkbook({
    fileName: "t.xlsx",
    sheets: [
      sheet(
        "5月",
        [
          ["南湖街道2025年5月创卫问题整改台账"],
          ["一、上级督查交办问题"],
          ["序号", "交办日期", "责任单位", "问题描述", "整改时限", "整改情况"],
          [1, "5.6", "桂花社区", "垃圾桶满溢", "5月10日前", "已整改"],
          [2, "5.7", "荷花社区", "小广告", "5月12日前", "整改中"],
          [null, null, null, null, null, null],
          ["二、病媒生物防制问题（社区自查）"],
          ["序号", "问题内容", "所在社区", "发现时间", "是否整改", "完成时间"],
          [1, "鼠迹明显", "荷花社区", "5.15", "是", "5.18"],
          [2, "防鼠板缺失", "桂花社区", "5.16", "否", null],
          [3, "蚊蝇孳生", "莲花社区", "5.17", "整改中", null],
        ],
        [
          { startRow: 0, startCol: 0, endRow: 0, endCol: 5 },
          { startRow: 1, startCol: 0, endRow: 1, endCol: 5 },
          { startRow: 6, startCol: 0, endRow: 6, endCol: 5 },
        ],
      ),
    ],
  });
  const tables = findings(r);
  expect(tables.map((t) => t.headerRows)).toEqual([[3], [8]]);
  expect(tables[1]!.mapping.filter((m) => m.field).map((m) => `${m.letter}:${m.field}`)).toEqual([
    "B:description",
    "C:unit",
    "D:inspectedOn",
    "E:status",
    "F:rectifiedOn",
  ]);
  expect(tables[0]!.records.map((x) => [x.source.row, x.unit, x.inspectedOn, x.status, x.category, x.origin])).toEqual([
    [4, "桂花社区", "2025-05-06", "rectified", null, "上级督查交办"],
    [5, "荷花社区", "2025-05-07", "inProgress", null, "上级督查交办"],
  ]);
  expect(tables[1]!.records.map((x) => [x.source.row, x.unit, x.inspectedOn, x.status, x.rectifiedOn, x.category, x.origin])).toEqual([
    [9, "荷花社区", "2025-05-15", "rectified", "2025-05-18", "病媒生物防制", "社区自查"],
    [10, "桂花社区", "2025-05-16", "pending", null, "病媒生物防制", "社区自查"],
    [11, "莲花社区", "2025-05-17", "inProgress", null, "病媒生物防制", "社区自查"],
  ]);
});

test("printed-style ledger: page title and header repeated every page, 第N页 共M页 lines, 序号 restarting", () => {
  const title = "区卫健局2024年创卫问题整改台账";
  const header = ["序号", "检查日期", "责任单位", "问题类别", "问题描述", "整改情况"];
  const page = (n: number, from: number): CellValue[][] => [
    [title],
    header,
    ...Array.from(
      { length: 3 },
      (_, i) => [i + 1, `2024.6.${from + i}`, "区人民医院", "控烟", `吸烟问题${from + i}`, "已整改"] as CellValue[],
    ),
    [`第${n}页 共3页`],
  ];
  const values = [...page(1, 1), ...page(2, 4), ...page(3, 7)];
  const merges = values.flatMap((v, r) => (v.length === 1 ? [{ startRow: r, startCol: 0, endRow: r, endCol: 5 }] : []));
  const r = structureWorkbook({ fileName: "t.xlsx", sheets: [sheet("台账", values, merges)] });
  const tables = findings(r);
  expect(tables).toHaveLength(1);
  const t = tables[0]!;
  expect(t.records.map((x) => x.source.row)).toEqual([3, 4, 5, 9, 10, 11, 15, 16, 17]);
  expect(t.records.map((x) => x.category)).toEqual(Array(9).fill("控烟"));
  expect(t.records.map((x) => x.inspectedOn)).toEqual(Array.from({ length: 9 }, (_, i) => `2024-06-${String(i + 1).padStart(2, "0")}`));
  expect(t.skippedRows.map((s) => s.reason)).not.toContain("group");
});
