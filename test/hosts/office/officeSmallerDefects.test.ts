/** Issue 9 point 8: what real workbooks and real Excel do that the first Office host did not expect. */
import { makeProblem } from "../../../src/core/model/problem";
import { ledgerSheetPlan } from "../../../src/core/output/ledgerSheetPlan";
import type { PrintRow } from "../../../src/core/output/printSheetPlan";
import { problemsSheetPlan } from "../../../src/core/output/problemsSheetPlan";
import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { openExcel, type ExcelInstance } from "../../harness/excelHarness";
import { WorkbookModel } from "../../harness/workbookModel";
import { finding } from "./fixtures";

let excel: ExcelInstance | null = null;
afterEach(() => {
  excel?.close();
  excel = null;
});
const open = (book: WorkbookModel, documentUrl?: string) => (excel = openExcel(book, { documentUrl }));

test("merged areas are read from their areas, so a sheet named with a comma reads whole", async () => {
  const book = new WorkbookModel();
  const s = book.addSheet("台账,备份", [["某街道台账"], ["检查日期", "责任单位"], [45_400, "区城管局"], [45_401, null]]);
  s.merges.push({ r0: 0, c0: 0, r1: 0, c1: 1 }, { r0: 2, c0: 1, r1: 3, c1: 1 });
  const grid = (await new OfficeHost(open(book).api).readWorkbook()).sheets[0]!;
  expect(grid.merges).toEqual([
    { startRow: 0, startCol: 0, endRow: 0, endCol: 1 },
    { startRow: 2, startCol: 1, endRow: 3, endCol: 1 },
  ]);
});

test("a template bordered down to row 5,000 is read as the rows that hold values", async () => {
  const book = new WorkbookModel();
  const s = book.addSheet("台账", [["检查日期", "责任单位"], ...Array.from({ length: 10 }, (_, i) => [45_400 + i, `单位${i}`])]);
  s.setFormat({ r0: 0, c0: 0, r1: 4_999, c1: 11 }, "borders.InsideHorizontal.style", "Continuous");
  const e = open(book);
  const grid = (await new OfficeHost(e.api).readWorkbook()).sheets[0]!;
  expect(grid.values).toHaveLength(11);
  expect(e.syncs.every((x) => x.responseBytes < 20_000)).toBe(true);
});

test("a workbook whose name holds a % sign (完成率100%.xlsx) opens under its name", async () => {
  const book = new WorkbookModel();
  book.addSheet("表1");
  const host = new OfficeHost(open(book, "C:\\Users\\张三\\Documents\\完成率100%.xlsx").api);
  expect((await host.readWorkbook()).fileName).toBe("完成率100%.xlsx");
});

test("Excel's limits: 校验结果 with 70,000 linked problems keeps 65,530 links, long category lists and 1,100 pages still write", async () => {
  const book = new WorkbookModel();
  book.addSheet("台账");
  const host = new OfficeHost(open(book).api);
  const problems = Array.from({ length: 70_000 }, (_, i) =>
    makeProblem({
      code: "status-unknown",
      severity: "warning",
      sheet: "台账",
      row: i + 2,
      column: "F",
      field: "status",
      params: { value: "？" },
    }),
  );
  await host.writeSheet(problemsSheetPlan(problems, "台账.xlsx"));
  expect(book.sheet("校验结果")!.links.size).toBe(65_530);

  const categories = Array.from({ length: 40 }, (_, i) => `自定义问题类别${i + 1}`);
  await host.writeSheet(ledgerSheetPlan([finding(1, "问题")], { categories }));
  expect(book.sheet("标准台账")!.cell(1, 0).value).toBe("CW-1");

  const rows: PrintRow[] = Array.from({ length: 1_100 }, (_, i) => ({
    height: 20,
    breakBefore: i > 0,
    cells: [{ col: 0, span: 1, text: `第${i + 1}页`, style: { font: "body", size: 12, align: "left" } }],
  }));
  await host.writePrintSheet({
    name: "通知书",
    columnWidthsPt: [400],
    rows,
    page: { marginsMm: { top: 20, bottom: 20, left: 20, right: 20 }, fit: "none" },
  });
  const sheet = book.sheet("通知书")!;
  expect(sheet.cell(1_099, 0).value).toBe("第1100页");
  expect(sheet.horizontalBreaks.length).toBeLessThanOrEqual(1_026);
}, 60_000);

test("a 问题描述 longer than Excel's 32,767 characters is cut with “…” instead of failing the whole write", async () => {
  const book = new WorkbookModel();
  book.addSheet("台账");
  const host = new OfficeHost(open(book).api);
  const long = "积水".repeat(20_000);
  await host.writeSheet(ledgerSheetPlan([finding(1, long), finding(2, "第二条")], {}));
  const ledger = book.sheet("标准台账")!;
  const descCol = Array.from({ length: 30 }, (_, c) => ledger.cell(0, c).value).indexOf("问题描述");
  const text = String(ledger.cell(1, descCol).value);
  expect(text).toHaveLength(32_767);
  expect(text.endsWith("…")).toBe(true);
  expect(ledger.cell(2, descCol).value).toBe("第二条");

  const rows: PrintRow[] = [{ height: 20, cells: [{ col: 0, span: 1, text: long, style: { font: "body", size: 12, align: "left" } }] }];
  await host.writePrintSheet({
    name: "通知书",
    columnWidthsPt: [400],
    rows,
    page: { marginsMm: { top: 20, bottom: 20, left: 20, right: 20 }, fit: "none" },
  });
  expect(String(book.sheet("通知书")!.cell(0, 0).value)).toHaveLength(32_767);
});
