import { noticeSheetPlan } from "../../../src/core/notices/noticeSheetPlan";
import { NoticeSettingsSchema } from "../../../src/core/notices/noticeSettings";
import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { runNotices } from "../../../src/workflows/noticesWorkflow";
import { runStructure } from "../../../src/workflows/structureWorkflow";
import { openExcel, type ExcelInstance } from "../../harness/excelHarness";
import { workbookFromXlsx } from "../../harness/fromXlsx";
import { WorkbookModel } from "../../harness/workbookModel";
import { anchoredPhotoLedger, BLUE, GREEN, inCellPhotoLedger, RED } from "../../helpers/photoWorkbook";

/** Pictures in Excel, through Office.js's real requests: read with the shapes API, added to the 通知书 sheet. */
describe("photos through the Office host (harness)", () => {
  let excel: ExcelInstance | null = null;
  afterEach(() => {
    excel?.close();
    excel = null;
  });
  const open = (book: WorkbookModel) => (excel = openExcel(book, { documentUrl: "https://x/%E5%8F%B0%E8%B4%A6.xlsx" }));

  test("pictures floating over the cells are read by their position and attached to the records", async () => {
    const book = await workbookFromXlsx(await anchoredPhotoLedger());
    expect(book.sheet("5月台账")!.shapes).toHaveLength(6);
    const e = open(book);
    const run = await runStructure(new OfficeHost(e.api), { write: false });
    const records = run.json.tables[0]!.records as Array<{ sourceRow: number; photos: { before: number; after: number } }>;
    expect(records.map((r) => [r.sourceRow, r.photos])).toEqual([
      [3, { before: 2, after: 1 }],
      [4, { before: 1, after: 0 }],
      [5, { before: 0, after: 1 }],
    ]);
    const first = run.result.tables[0]!.kind === "findings" ? run.result.tables[0]!.records[0]! : null;
    expect(first!.photos!.before.map((p) => Array.from(p.data))).toEqual([Array.from(RED), Array.from(BLUE)]);
    expect(Array.from(first!.photos!.after[0]!.data)).toEqual(Array.from(GREEN));
  });

  test("the row search costs a bounded number of syncs, whatever the length of the sheet", async () => {
    // The syncs the pictures cost: a read with the pictures against the same read without them.
    const syncsFor = async (rows: number, pictures: boolean) => {
      const book = await workbookFromXlsx(await anchoredPhotoLedger());
      const sheet = book.sheet("5月台账")!;
      if (!pictures) sheet.shapes = [];
      for (let r = 5; r < rows; r++) sheet.setCell(r, 3, { value: `问题${r}`, formula: null, numberFormat: "General" });
      const e = open(book);
      await new OfficeHost(e.api).readWorkbook();
      e.close();
      excel = null;
      return e.syncs.length;
    };
    const short = (await syncsFor(50, true)) - (await syncsFor(50, false));
    const long = (await syncsFor(5_000, true)) - (await syncsFor(5_000, false));
    expect(short).toBeLessThanOrEqual(2 + Math.ceil(Math.log2(50)));
    expect(long - short).toBeLessThanOrEqual(8); // log2(5000/50) ≈ 6.6 more search steps
  });

  test("pictures placed in cells read as #VALUE! in Excel: the table says they cannot be read here", async () => {
    const book = await workbookFromXlsx(await inCellPhotoLedger());
    const run = await runStructure(new OfficeHost(open(book).api), { write: false });
    const table = run.json.tables[0]!;
    expect((table.records as Array<{ photos: { before: number } }>).every((r) => r.photos.before === 0)).toBe(true);
    expect(table.problems).toContainEqual(
      expect.objectContaining({
        code: "photos-in-cells-unread",
        column: "E",
        severity: "warning",
        message: expect.stringContaining("置于单元格中"),
      }),
    );
  });

  test("the 通知书 sheet in Excel gets the 整改前 pictures beside the problems", async () => {
    const book = await workbookFromXlsx(await anchoredPhotoLedger());
    const e = open(book);
    const run = await runNotices(new OfficeHost(e.api), {
      issuedOn: "2025-05-20",
      settings: NoticeSettingsSchema.parse({ issuer: "某区创卫办" }),
    });
    const expected = run.notices.flatMap((n) => n.items.flatMap((i) => i.photos ?? [])).length;
    expect(expected).toBe(3);
    const sheet = book.sheet("通知书")!;
    expect(sheet.shapes).toHaveLength(expected);
    const row = [...sheet.rows.keys()].find((r) => sheet.cell(r, 1).value === "垃圾桶满溢")!;
    for (const s of sheet.shapes.slice(0, 2)) {
      expect(s.top).toBeGreaterThanOrEqual(sheet.rowTop(row));
      expect(s.top + s.height).toBeLessThanOrEqual(sheet.rowTop(row + 1) + 0.5);
      expect(s.left).toBeGreaterThanOrEqual(sheet.colLeft(1));
    }
    // Writing the sheet again (in place) replaces the pictures, never piles them up.
    await new OfficeHost(e.api).writePrintSheet(noticeSheetPlan(run.notices));
    expect(book.sheet("通知书")!.shapes).toHaveLength(expected);
  });
});
