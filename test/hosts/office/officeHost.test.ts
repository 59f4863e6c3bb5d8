import { structureWorkbook } from "../../../src/core/structure/structureWorkbook";
import { readWorkbookBytes } from "../../../src/hosts/file/readWorkbookBytes";
import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { runStructure } from "../../../src/workflows/structureWorkflow";
import { ledgerSheetPlan } from "../../../src/core/output/ledgerSheetPlan";
import { finding } from "./fixtures";
import { LEDGER_COLUMNS } from "../../../src/core/output/ledgerColumns";
import { openExcel, type ExcelInstance } from "../../harness/excelHarness";
import { workbookFromXlsx } from "../../harness/fromXlsx";
import { WorkbookModel } from "../../harness/workbookModel";
import type { SheetModel } from "../../harness/sheetModel";
import { messyLedgerXlsx } from "../../helpers/messyLedger";

function snapshot(s: SheetModel): string {
  return JSON.stringify([[...s.rows.entries()], s.merges, s.formats, [...s.columnWidths]]);
}

describe("OfficeHost through Office.js's real requests (harness)", () => {
  let bytes: Uint8Array;
  let excel: ExcelInstance | null = null;
  beforeAll(async () => {
    bytes = await messyLedgerXlsx();
  });
  afterEach(() => {
    excel?.close();
    excel = null;
  });
  const open = (book: WorkbookModel, documentUrl = "https://contoso.sharepoint.com/%E8%A1%97%E9%81%93%E5%8F%B0%E8%B4%A6.xlsx") =>
    (excel = openExcel(book, { documentUrl }));

  test("the core gets the same records from Excel as from the file host", async () => {
    const host = new OfficeHost(open(await workbookFromXlsx(bytes)).api);
    const read = await host.readWorkbook();
    expect(read.fileName).toBe("街道台账.xlsx");
    const fromOffice = structureWorkbook(read);
    const fromFile = structureWorkbook(readWorkbookBytes(bytes, "街道台账.xlsx"));
    expect(fromOffice.tables.map((t) => t.records)).toEqual(fromFile.tables.map((t) => t.records));
    expect(fromOffice.skipped).toEqual(fromFile.skipped);
  });

  test("reading grows only through chunks: a sheet a hundred times as long costs a few more syncs", async () => {
    const syncs = async (rows: number) => {
      const book = new WorkbookModel();
      book.addSheet("台账", [
        ["检查日期", "责任单位", "问题描述"],
        ...Array.from({ length: rows }, (_, i) => [45_400 + i, "区城管局", `问题${i}`]),
      ]);
      const e = open(book);
      await new OfficeHost(e.api).readWorkbook();
      e.close();
      excel = null;
      return e.syncs.length;
    };
    // The first chunk is small (its weight sizes the next, each up to four times larger).
    expect((await syncs(20_000)) - (await syncs(200))).toBeLessThanOrEqual(4);
  });

  test("structuring writes 标准台账 as a table with a frozen header, leaves sources untouched, and reruns update it", async () => {
    const book = await workbookFromXlsx(bytes);
    const before = book.sheets.map(snapshot);
    const host = new OfficeHost(open(book).api);
    const run = await runStructure(host);
    expect(run.counts.records).toBe(5);
    const ledger = book.sheet("标准台账")!;
    expect(book.tables.filter((t) => t.sheet === ledger).map((t) => [t.name, t.style])).toEqual([["标准台账表", "TableStyleMedium2"]]);
    expect(ledger.frozenRows).toBe(1);
    expect(ledger.cell(0, 0).value).toBe("编号");
    expect(ledger.cell(1, 1)).toMatchObject({ value: 45654, numberFormat: "yyyy-mm-dd" }); // 2024-12-28
    expect(book.sheets.slice(0, 2).map(snapshot)).toEqual(before);

    await runStructure(host);
    expect(book.sheetNames).toEqual(["2024年12月", "统计", "标准台账"]);
    expect(book.sheet("标准台账")!.usedRect(true)).toEqual({ r0: 0, c0: 0, r1: 5, c1: LEDGER_COLUMNS.length - 1 });
  });

  test("reading long texts adapts the chunk size so every response stays under Excel's limit", async () => {
    const book = new WorkbookModel();
    const text = "问题描述很长，".repeat(25);
    book.addSheet(
      "长文本",
      Array.from({ length: 4_000 }, (_, r) => Array.from({ length: 10 }, (_, c) => `${r}-${c}${text}`)),
    );
    const e = open(book);
    const grid = (await new OfficeHost(e.api).readWorkbook()).sheets[0]!;
    expect(grid.values).toHaveLength(4_000);
    expect(grid.values[3_999]![9]).toBe(`3999-9${text}`);
    expect(e.syncs.every((s) => s.error === null || s.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
  });

  test("text that starts with = is written as text, not as a formula", async () => {
    const book = new WorkbookModel();
    book.addSheet("台账");
    const f = { ...finding(1, "+1 问题"), unit: '=HYPERLINK("http://x")', location: "@地点", measure: "-" };
    await new OfficeHost(open(book).api).writeSheet(ledgerSheetPlan([f]));
    expect(book.sheet("标准台账")!.cell(1, 2)).toMatchObject({ value: '=HYPERLINK("http://x")', formula: null, numberFormat: "@" });
  });

  test("an Excel without the needed requirement sets gets a clear message", () => {
    const book = new WorkbookModel();
    book.addSheet("表1");
    const e = openExcel(book, { unsupported: ["ExcelApi 1.13"] });
    excel = e;
    expect(() => new OfficeHost(e.api)).toThrow(/Excel 版本过旧.*ExcelApi 1\.13/);
  });
});
