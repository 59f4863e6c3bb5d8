/**
 * What Excel on the web receives: every request the Office host sends must stay under 4 MB (Excel
 * refuses over 5 MB), with syncs growing only through chunks.
 */
import { ledgerSheetPlan } from "../../../src/core/output/ledgerSheetPlan";
import type { PrintRow } from "../../../src/core/output/printSheetPlan";
import type { CellMark } from "../../../src/core/output/sheetPlan";
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

test("marks for a ledger where half of all cells are flagged go in requests under 4 MB", async () => {
  const book = new WorkbookModel();
  const rows = 120_000;
  book.addSheet(
    "标准台账",
    Array.from({ length: rows + 1 }, (_, r) => [r === 0 ? "编号" : `CW-${r}`]),
  );
  const e = openExcel(book);
  const marks: CellMark[] = [];
  for (let row = 0; row < rows; row++)
    for (let col = row % 2; col < 10; col += 2) marks.push({ row, col, severity: col % 4 === 0 ? "error" : "warning" });
  await new OfficeHost(e.api).markCells("标准台账", marks, { from: 0, to: rows - 1 });
  e.close();
  expect(e.syncs.every((s) => s.error === null)).toBe(true);
  expect(maxRequestMb(e.syncs)).toBeLessThan(4);
  expect(book.sheet("标准台账")!.formatAt(1, 0, "fill.color")).toBe("#FFC7CE");
}, 120_000);

test("a 通知书 write that fails half-way leaves a sheet that says it is incomplete, not half the notices", async () => {
  const book = new WorkbookModel();
  book.addSheet("台账");
  const e = openExcel(book);
  const host = new OfficeHost(e.api);
  const rows: PrintRow[] = Array.from({ length: 6_000 }, (_, i) => ({
    height: 20,
    breakBefore: i % 30 === 0,
    cells: [{ col: 0, span: 1, text: `第${i + 1}行 ${"问题描述".repeat(40)}`, style: { font: "body", size: 12, align: "left" } }],
  }));
  const plan = {
    name: "通知书",
    columnWidthsPt: [400],
    rows,
    page: { marginsMm: { top: 20, bottom: 20, left: 20, right: 20 }, fit: "none" as const },
  };
  // The third large request (a later chunk of rows) is refused.
  let big = 0;
  book.faults.push(({ bytes }) => (bytes > 500_000 && ++big === 2 ? "GeneralException" : null));
  await expect(host.writePrintSheet(plan)).rejects.toThrow();
  const sheet = book.sheet("通知书")!;
  expect(String(sheet.cell(0, 0).value)).toMatch(/未完成/);
  expect(sheet.usedRect(true)).toEqual({ r0: 0, c0: 0, r1: 0, c1: 0 });
  e.close();
}, 60_000);
