import type { CellValue } from "../../../src/core/model/grid";
import { toStructureJson } from "../../../src/core/output/structureJson";
import { photoColumnSide } from "../../../src/core/photos/photoColumns";
import type { Picture } from "../../../src/core/photos/picture";
import { structureWorkbook } from "../../../src/core/structure/structureWorkbook";

const pic = (row: number, col: number, placement: Picture["placement"] = "anchored", toRow: number | null = row): Picture => ({
  row,
  col,
  toRow: placement === "inCell" ? null : toRow,
  toCol: placement === "inCell" ? null : col,
  placement,
  mime: "image/png",
  data: new Uint8Array([row, col]),
  name: null,
});

test.each([
  ["整改前照片", "before"],
  ["问题照片", "before"],
  ["现场照片", "before"],
  ["照片", "before"],
  ["整改后照片", "after"],
  ["整改完成照片", "after"],
  ["复查照片", "after"],
  ["整改前后照片", "both"],
  ["整改照片·整改后", "after"],
  ["营业执照", null],
  ["问题描述", null],
])("photo column %s → %s", (label, side) => {
  expect(photoColumnSide(label)).toBe(side);
});

describe("pictures attach to records by row and by 整改前/整改后 column", () => {
  const values: CellValue[][] = [
    ["2025年5月创卫问题台账"],
    ["序号", "检查日期", "责任单位", "问题描述", "整改前照片", "整改后照片", "整改情况"],
    [1, "5.6", "南湖街道", "垃圾桶满溢", null, null, "已整改"],
    [2, "5.7", "北山街道", "小广告", null, null, "整改中"],
    [null, null, null, null, null, null, null],
    [3, "5.8", "桂花社区", "污水外溢", null, null, "未整改"],
    [],
    ["制表：张三"],
  ];
  const pictures = [
    pic(2, 4),
    pic(2, 4, "inCell"),
    pic(2, 5),
    pic(3, 4, "anchored", 4), // spans the next row: still the row of its top-left corner
    pic(4, 4), // in a row under record 2 before record 3
    pic(5, 5, "inCell"),
    pic(7, 4), // under the table: nobody's
    pic(0, 0), // over the title
  ];
  const result = structureWorkbook({ fileName: "t.xlsx", sheets: [{ name: "5月", isCsv: false, values, merges: [], pictures }] });
  const records = result.tables[0]!.kind === "findings" ? result.tables[0]!.records : [];

  test("counts per record", () => {
    expect(records.map((r) => [r.photos?.before.length, r.photos?.after.length])).toEqual([
      [2, 1],
      [2, 0],
      [0, 1],
    ]);
    expect(records[0]!.photos!.after[0]).toMatchObject({ sheet: "5月", row: 2, col: 5, mime: "image/png" });
  });

  test("structure --json gives each record its counts", () => {
    const json = toStructureJson(result);
    expect(json.tables[0]!.records.map((r) => (r as { photos: unknown }).photos)).toEqual([
      { before: 2, after: 1 },
      { before: 2, after: 0 },
      { before: 0, after: 1 },
    ]);
  });

  test("a sheet without pictures still says 0", () => {
    const plain = structureWorkbook({ fileName: "t.xlsx", sheets: [{ name: "5月", isCsv: false, values, merges: [] }] });
    expect((toStructureJson(plain).tables[0]!.records[0] as { photos: unknown }).photos).toEqual({ before: 0, after: 0 });
  });
});

test("a 整改前后照片 column: the first picture of a row is 整改前, the others 整改后", () => {
  const values: CellValue[][] = [
    ["检查日期", "责任单位", "问题描述", "整改前后照片"],
    ["2025-05-06", "南湖街道", "垃圾桶满溢", null],
  ];
  const r = structureWorkbook({
    fileName: "t.xlsx",
    sheets: [{ name: "s", isCsv: false, values, merges: [], pictures: [pic(1, 3), pic(1, 3)] }],
  });
  const f = r.tables[0]!.records[0] as { photos: { before: unknown[]; after: unknown[] } };
  expect([f.photos.before.length, f.photos.after.length]).toEqual([1, 1]);
});
