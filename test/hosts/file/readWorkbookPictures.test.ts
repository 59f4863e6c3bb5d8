import ExcelJS from "exceljs";
import type { Finding } from "../../../src/core/model/finding";
import { toStructureJson } from "../../../src/core/output/structureJson";
import { structureWorkbook } from "../../../src/core/structure/structureWorkbook";
import { FileHost } from "../../../src/hosts/file/fileHost";
import { readWorkbookBytes } from "../../../src/hosts/file/readWorkbookBytes";
import { readWorkbookPictures } from "../../../src/hosts/file/readWorkbookPictures";
import { packageSource } from "../../../src/hosts/file/packageSource";
import { inflateWithStreams, unzipParts } from "../../../src/hosts/file/unzipParts";
import { anchoredPhotoLedger, BLUE, GREEN, inCellPhotoLedger, RED, wpsPhotoLedger } from "../../helpers/photoWorkbook";

const where = (ps: Array<{ row: number; col: number; placement: string; data: Uint8Array }>) =>
  ps.map((p) => [p.row, p.col, p.placement, p.data === undefined ? 0 : p.data.length]).sort((a, b) => String(a).localeCompare(String(b)));

/** The pictures of a package, read as the file host reads them (parts inflated within limits). */
async function picturesOf(bytes: Uint8Array, name: string) {
  const parts = await unzipParts(bytes, name);
  return readWorkbookPictures(packageSource(bytes, name, parts, inflateWithStreams), readWorkbookBytes(bytes, name, { parts }));
}

async function findingsOf(bytes: Uint8Array): Promise<Finding[]> {
  const host = new FileHost(bytes, "台账.xlsx");
  const result = structureWorkbook(await host.readWorkbook());
  return result.tables.flatMap((t) => (t.kind === "findings" ? t.records : []));
}

test("pictures anchored over cells are read from the drawing part, with their bytes", async () => {
  const bytes = await anchoredPhotoLedger();
  const pictures = await picturesOf(bytes, "台账.xlsx");
  expect([...pictures.keys()]).toEqual(["5月台账"]);
  const list = pictures.get("5月台账")!;
  expect(where(list)).toEqual(
    where([
      { row: 2, col: 4, placement: "anchored", data: RED },
      { row: 2, col: 4, placement: "anchored", data: BLUE },
      { row: 2, col: 5, placement: "anchored", data: GREEN },
      { row: 3, col: 4, placement: "anchored", data: RED },
      { row: 4, col: 5, placement: "anchored", data: GREEN },
      { row: 0, col: 0, placement: "anchored", data: BLUE },
    ]),
  );
  const twoCell = list.find((p) => p.row === 2 && p.col === 4 && p.toRow !== null && p.toRow === 3);
  expect(twoCell).toBeDefined();
  expect(Array.from(list.find((p) => p.row === 2 && p.col === 5)!.data)).toEqual(Array.from(GREEN));
  expect(list.every((p) => p.mime === "image/png")).toBe(true);
});

test("pictures placed in cells (Excel rich values) are read through metadata and richData", async () => {
  const bytes = await inCellPhotoLedger();
  const list = (await picturesOf(bytes, "台账.xlsx")).get("5月台账")!;
  expect(list.map((p) => [p.row, p.col, p.placement]).sort()).toEqual(
    [
      [2, 4, "inCell"],
      [2, 5, "inCell"],
      [3, 4, "inCell"],
      [4, 5, "inCell"],
    ].sort(),
  );
  const at = (row: number, col: number) => Array.from(list.find((p) => p.row === row && p.col === col)!.data);
  expect(at(2, 4)).toEqual(Array.from(RED));
  expect(at(3, 4)).toEqual(Array.from(RED));
  expect(at(2, 5)).toEqual(Array.from(GREEN));
  expect(at(4, 5)).toEqual(Array.from(BLUE));
});

test("WPS cell pictures (DISPIMG) are read through cellimages.xml", async () => {
  const bytes = await wpsPhotoLedger();
  const list = (await picturesOf(bytes, "台账.xlsx")).get("5月台账")!;
  expect(list.map((p) => [p.row, p.col, p.placement, p.name])).toEqual([
    [2, 4, "inCell", "现场照片"],
    [3, 5, "inCell", "现场照片"],
  ]);
  expect(Array.from(list[1]!.data)).toEqual(Array.from(GREEN));
});

test.each([
  [
    "anchored",
    anchoredPhotoLedger,
    [
      [2, 1],
      [1, 0],
      [0, 1],
    ],
  ],
  [
    "in cells",
    inCellPhotoLedger,
    [
      [1, 1],
      [1, 0],
      [0, 1],
    ],
  ],
  [
    "WPS",
    wpsPhotoLedger,
    [
      [1, 0],
      [0, 1],
      [0, 0],
    ],
  ],
])("structure --json through the file host counts each record's pictures (%s)", async (_, build, counts) => {
  const bytes = await build();
  const findings = await findingsOf(bytes);
  expect(findings.map((f) => [f.photos?.before.length ?? 0, f.photos?.after.length ?? 0])).toEqual(counts);
  const host = new FileHost(bytes, "台账.xlsx");
  const json = toStructureJson(structureWorkbook(await host.readWorkbook()));
  expect(json.tables[0]!.records.map((r) => (r as { photos: { before: number; after: number } }).photos)).toEqual(
    counts.map(([before, after]) => ({ before, after })),
  );
});

test("a workbook without pictures is not opened a second time", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("台账").addRow(["检查日期", "责任单位", "问题描述"]);
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const grid = await new FileHost(bytes, "a.xlsx").readWorkbook();
  expect(grid.sheets[0]!.pictures).toBeUndefined();
});
