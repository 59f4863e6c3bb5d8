import type { CellValue, SheetGrid } from "../../../src/core/model/grid";
import { structureWorkbook } from "../../../src/core/structure/structureWorkbook";

function sheet(name: string, values: CellValue[][], merges: SheetGrid["merges"] = []): SheetGrid {
  return { name, isCsv: false, values, merges };
}

test("other words for every column, no title, header in row 1", () => {
  const r = structureWorkbook({
    fileName: "暗访.xlsx",
    sheets: [
      sheet("Sheet1", [
        ["督查时间", "被督查单位", "存在问题", "问题点位", "完成时限", "整改进展", "办结时间", "包保责任人", "手机号"],
        ["2025-03-02", "区教育局", "校门口垃圾堆放", "实验小学门口", "2025-03-05", "已办结", "2025-03-04", "王五", "13912345678"],
        ["2025-03-03", "区卫健局", "控烟标识缺失", "区医院", "立即整改", "正在整改", null, "赵六", "0731-85551234"],
      ]),
    ],
  });
  const t = r.tables[0]!;
  expect(Object.fromEntries(t.mapping.filter((m) => m.field).map((m) => [m.letter, m.field]))).toEqual({
    A: "inspectedOn",
    B: "unit",
    C: "description",
    D: "location",
    E: "deadline",
    F: "status",
    G: "rectifiedOn",
    H: "owner",
    I: "phone",
  });
  expect(t.records.map((x) => (x as { status: string }).status)).toEqual(["rectified", "inProgress"]);
  expect((t.records[1] as { deadline: string }).deadline).toBe("immediate");
});

test("month sheets with the year only in the file name", () => {
  const r = structureWorkbook({
    fileName: "2025年创卫问题台账.xlsx",
    sheets: [
      sheet("1月", [
        ["检查日期", "责任单位", "问题描述", "整改期限", "整改情况"],
        ["1月3日", "南湖街道", "垃圾乱堆", "1月10日前", "已整改"],
      ]),
      sheet("12月", [
        ["检查日期", "责任单位", "问题描述", "整改期限", "整改情况"],
        ["12.28", "南湖街道", "污水外溢", "1.5", "整改中"],
      ]),
    ],
  });
  const [jan, dec] = r.tables.map((t) => t.records[0] as { inspectedOn: string; deadline: string });
  expect(jan).toMatchObject({ inspectedOn: "2025-01-03", deadline: "2025-01-10" });
  expect(dec).toMatchObject({ inspectedOn: "2025-12-28", deadline: "2026-01-05" });
  expect(r.tables[0]!.period).toMatchObject({ year: 2025, month: 1 });
});

test("a date with no year anywhere is a problem, not a guess", () => {
  const r = structureWorkbook({
    fileName: "台账.xlsx",
    sheets: [
      sheet("台账", [
        ["检查日期", "责任单位", "问题描述"],
        ["5月3日", "北山街道", "乱贴广告"],
      ]),
    ],
  });
  expect(r.tables[0]!.records[0]).toMatchObject({ inspectedOn: null });
  expect(r.tables[0]!.problems).toContainEqual(expect.objectContaining({ code: "date-no-year", row: 2, column: "A" }));
});

test("a three-row header with a merged group over a merged sub-group", () => {
  const r = structureWorkbook({
    fileName: "三行表头.xlsx",
    sheets: [
      sheet(
        "督查",
        [
          ["2024年9月督查问题清单"],
          ["序号", "检查日期", "责任单位", "问题描述", "整改落实", null, null],
          [null, null, null, null, "整改情况", null, "销号"],
          [null, null, null, null, "是否整改", "完成时间", "销号时间"],
          [1, "9.3", "区城管局", "占道经营", "是", "9.5", null],
        ],
        [
          { startRow: 0, startCol: 0, endRow: 0, endCol: 6 },
          { startRow: 1, startCol: 0, endRow: 3, endCol: 0 },
          { startRow: 1, startCol: 1, endRow: 3, endCol: 1 },
          { startRow: 1, startCol: 2, endRow: 3, endCol: 2 },
          { startRow: 1, startCol: 3, endRow: 3, endCol: 3 },
          { startRow: 1, startCol: 4, endRow: 1, endCol: 6 },
          { startRow: 2, startCol: 4, endRow: 2, endCol: 5 },
        ],
      ),
    ],
  });
  const t = r.tables[0]!;
  expect(t.headerRows).toEqual([2, 3, 4]);
  expect(t.mapping.map((m) => m.label)).toEqual([
    "序号",
    "检查日期",
    "责任单位",
    "问题描述",
    "整改落实·整改情况·是否整改",
    "整改落实·整改情况·完成时间",
    "整改落实·销号·销号时间",
  ]);
  expect(t.records[0]).toMatchObject({ inspectedOn: "2024-09-03", status: "rectified", rectifiedOn: "2024-09-05" });
});

test("a user's mapping correction wins over the automatic one", () => {
  const grid = sheet("台账", [
    ["日期", "单位", "情况", "问题"],
    ["2024-05-03", "南湖街道", "已整改", "垃圾"],
  ]);
  const auto = structureWorkbook({ fileName: "a.xlsx", sheets: [grid] });
  expect(auto.tables[0]!.mapping[2]!.field).toBe("status");
  const corrected = structureWorkbook(
    { fileName: "a.xlsx", sheets: [grid] },
    { overrides: [{ sheet: "台账", label: "情况", field: "remark" }] },
  );
  expect(corrected.tables[0]!.mapping[2]).toMatchObject({ field: "remark", source: "user" });
  expect(corrected.tables[0]!.records[0]).toMatchObject({ remark: "已整改", status: null, description: "垃圾" });
});

test("sheets that are not ledgers are skipped with a reason", () => {
  const r = structureWorkbook({
    fileName: "x.xlsx",
    sheets: [
      sheet("说明", [["本表填报说明：请按月填写"], ["一、时间要求"]]),
      sheet("空表", []),
      sheet("单位清单", [
        ["单位名称", "简称/别名", "联系人"],
        ["区城市管理局", "城管局", "周敏"],
      ]),
      sheet("标准台账", [
        ["编号", "检查日期"],
        ["CW-1", 45000],
      ]),
    ],
  });
  expect(r.tables).toEqual([]);
  expect(r.skipped.map((s) => [s.sheet, s.reason])).toEqual([
    ["说明", "contents"],
    ["空表", "empty"],
    ["单位清单", "registry"],
    ["标准台账", "owned"],
  ]);
});

test("a two-row header whose second row has more names still keeps the names merged down from the first", () => {
  const r = structureWorkbook({
    fileName: "x.xlsx",
    sheets: [
      sheet(
        "台账",
        [
          ["2024年7月督查问题台账"],
          ["序号", "单位信息", null, "问题", "整改情况", null, null],
          [null, "责任单位", "地点", null, "是否整改", "完成时间", "整改期限"],
          [1, "南湖街道", "解放路", "垃圾乱堆", "是", "7.5", "7.8"],
        ],
        [
          { startRow: 0, startCol: 0, endRow: 0, endCol: 6 },
          { startRow: 1, startCol: 0, endRow: 2, endCol: 0 },
          { startRow: 1, startCol: 1, endRow: 1, endCol: 2 },
          { startRow: 1, startCol: 3, endRow: 2, endCol: 3 },
          { startRow: 1, startCol: 4, endRow: 1, endCol: 6 },
        ],
      ),
    ],
  });
  const t = r.tables[0]!;
  expect(t.headerRows).toEqual([2, 3]);
  expect(Object.fromEntries(t.mapping.filter((m) => m.field).map((m) => [m.letter, m.field]))).toMatchObject({
    B: "unit",
    C: "location",
    D: "description",
    E: "status",
    F: "rectifiedOn",
    G: "deadline",
  });
  expect(t.records[0]).toMatchObject({
    description: "垃圾乱堆",
    unit: "南湖街道",
    status: "rectified",
    rectifiedOn: "2024-07-05",
    deadline: "2024-07-08",
  });
});
