/**
 * What Excel on the web receives: every request the Office host sends must stay under 4 MB (Excel
 * refuses over 5 MB), with syncs growing only through chunks.
 */
import { ledgerSheetPlan } from "../../../src/core/output/ledgerSheetPlan";
import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { runReport } from "../../../src/workflows/reportWorkflow";
import { maxRequestMb, openExcel, type ExcelInstance } from "../../harness/excelHarness";
import { WorkbookModel } from "../../harness/workbookModel";
import { finding, reportFindings } from "./fixtures";

let excel: ExcelInstance | null = null;
afterEach(() => {
  excel?.close();
  excel = null;
});
const open = () => {
  const book = new WorkbookModel();
  book.addSheet("台账");
  excel = openExcel(book);
  return { book, e: excel };
};

test("a 月报 of 150 units with 300 overdue items is written in requests under 4 MB", async () => {
  const { book, e } = open();
  const run = await runReport(reportFindings(150), "2025-05", { target: new OfficeHost(e.api) });
  expect(run.report.overdueList.length).toBeGreaterThanOrEqual(300);
  expect(e.syncs.every((s) => s.error === null)).toBe(true);
  expect(maxRequestMb(e.syncs)).toBeLessThanOrEqual(4);
  expect(book.sheet("月报-2025-05")!.usedRect(true)!.r1).toBeGreaterThan(300);
}, 60_000);

test("a 100,000-row 标准台账 is written in requests under 4 MB, formats included", async () => {
  const { book, e } = open();
  const long = "公共厕所保洁不到位，地面有积水和垃圾，洗手液缺失，保洁记录未按要求填写".repeat(3);
  await new OfficeHost(e.api).writeSheet(ledgerSheetPlan(Array.from({ length: 100_000 }, (_, i) => finding(i, long))));
  expect(e.syncs.every((s) => s.error === null)).toBe(true);
  expect(maxRequestMb(e.syncs)).toBeLessThanOrEqual(4);
  const ledger = book.sheet("标准台账")!;
  expect(ledger.usedRect(true)!.r1).toBe(100_000);
  expect(ledger.cell(100_000, 4)).toMatchObject({ value: long, numberFormat: "@" });
}, 120_000);
