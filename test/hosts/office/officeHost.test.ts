import { structureWorkbook } from "../../../src/core/structure/structureWorkbook";
import { readWorkbookBytes } from "../../../src/hosts/file/readWorkbookBytes";
import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { runStructure } from "../../../src/workflows/structureWorkflow";
import { ledgerSheetPlan } from "../../../src/core/output/ledgerSheetPlan";
import type { Finding } from "../../../src/core/model/finding";
import { openExcel, type ExcelInstance } from "../../harness/excelHarness";
import { workbookFromXlsx } from "../../harness/fromXlsx";
import { WorkbookModel } from "../../harness/workbookModel";
import type { SheetModel } from "../../harness/sheetModel";
import { messyLedgerXlsx } from "../../helpers/messyLedger";

const MB = 1024 * 1024;

function snapshot(s: SheetModel): string {
  return JSON.stringify([[...s.rows.entries()], s.merges, s.formats, [...s.columnWidths]]);
}

export const finding = (i: number, description: string): Finding => ({
  id: `CW-${i}`,
  source: { file: "大台账.xlsx", sheet: "台账", row: i + 3 },
  inspectedOn: "2024-05-03",
  unit: "区城市管理局",
  category: "市容环境卫生",
  description,
  location: "解放路与人民路交叉口",
  measure: "立即整改，举一反三",
  deadline: "2024-05-10",
  status: "pending",
  rectifiedOn: null,
  owner: "张三",
  phone: "13800000000",
  noticeNo: null,
  remark: null,
});

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

  test("reading costs the same number of syncs for a sheet ten times as long", async () => {
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
    expect(await syncs(2_000)).toBe(await syncs(200));
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
    expect(book.sheet("标准台账")!.usedRect(true)).toEqual({ r0: 0, c0: 0, r1: 5, c1: 21 });
  });

  test("a 100,000-row 标准台账 goes in chunks Excel accepts (under its 5 MB limit), formats included", async () => {
    const book = new WorkbookModel();
    book.addSheet("台账");
    const e = open(book);
    const long = "公共厕所保洁不到位，地面有积水和垃圾，洗手液缺失，保洁记录未按要求填写".repeat(3);
    await new OfficeHost(e.api).writeSheet(ledgerSheetPlan(Array.from({ length: 100_000 }, (_, i) => finding(i, long))));
    expect(e.syncs.every((s) => s.error === null && s.requestBytes <= 5 * MB)).toBe(true);
    const ledger = book.sheet("标准台账")!;
    expect(ledger.usedRect(true)!.r1).toBe(100_000);
    expect(ledger.cell(100_000, 4)).toMatchObject({ value: long, numberFormat: "@" });
  }, 120_000);

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
