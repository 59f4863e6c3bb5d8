/**
 * Owned sheets are rewritten in place in Excel: a formula, dropdown, chart or pivot that refers to
 * 标准台账, 校验结果 or 单位名录 must survive every rerun, and a dropdown of units must grow with the registry.
 */
import { LEDGER_COLUMNS } from "../../../src/core/output/ledgerColumns";
import { registrySheetPlan } from "../../../src/core/output/registrySheetPlan";
import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { runNotices } from "../../../src/workflows/noticesWorkflow";
import { runStructure } from "../../../src/workflows/structureWorkflow";
import { runValidation } from "../../../src/workflows/validateWorkflow";
import { openExcel, type ExcelInstance } from "../../harness/excelHarness";
import { noticesWorkbook, validationWorkbook } from "./fixtures";

let excel: ExcelInstance | null = null;
afterEach(() => {
  excel?.close();
  excel = null;
});

const unit = (name: string) => ({ name, aliases: [], type: null, street: null, contact: null, phone: null });

test("reruns keep the owned sheets (same sheet, no #REF!), the 责任单位 dropdown follows 单位名录 as it grows", async () => {
  const book = validationWorkbook(20);
  excel = openExcel(book);
  const host = new OfficeHost(excel.api);
  await runValidation(host, { asOf: "2024-06-30" });
  const ids = ["标准台账", "校验结果", "单位名录"].map((n) => book.sheet(n)!.id);
  const summary = book.addSheet("汇总", [["=COUNTA(标准台账!A:A)", "=校验结果!E2", "=COUNTA(单位名录!A:A)"]]);

  await runValidation(host, { asOf: "2024-06-30" });
  await host.writeSheet(registrySheetPlan([unit("区城市管理局"), unit("区城管执法局"), unit("南湖街道")]));
  // The dropdown grows with 单位名录 without 标准台账 being written again.
  const ledger = book.sheet("标准台账")!;
  expect(book.listItems(ledger, 1, 2)).toEqual(["区城市管理局", "区城管执法局", "南湖街道"]);
  await runStructure(host);

  expect(["标准台账", "校验结果", "单位名录"].map((n) => book.sheet(n)!.id)).toEqual(ids);
  expect([0, 1, 2].map((c) => summary.cell(0, c).formula)).toEqual(["=COUNTA(标准台账!A:A)", "=校验结果!E2", "=COUNTA(单位名录!A:A)"]);
  expect(book.listItems(ledger, 1, 2)).toEqual(["区城市管理局", "区城管执法局", "南湖街道"]);
  expect(book.listItems(ledger, 21, 2)).toEqual(["区城市管理局", "区城管执法局", "南湖街道"]); // a row typed below the table
});

test("a rerun with fewer rows clears what is left below and resizes the table", async () => {
  const book = validationWorkbook(20);
  excel = openExcel(book);
  const host = new OfficeHost(excel.api);
  await runStructure(host);
  const ledger = book.sheet("标准台账")!;
  expect(ledger.usedRect(true)!.r1).toBe(20);
  // The source loses 15 rows.
  const source = book.sheet("6月")!;
  for (let r = 7; r <= 21; r++) source.rows.delete(r);
  await runStructure(host);
  expect(book.sheet("标准台账")).toBe(ledger);
  expect(ledger.usedRect(true)!.r1).toBe(5);
  expect(book.tables.find((t) => t.name === "标准台账表")!.rect).toEqual({ r0: 0, c0: 0, r1: 5, c1: LEDGER_COLUMNS.length - 1 });
});

test("the 通知书 sheet is rewritten in place: same sheet, nothing left of the earlier notices, page breaks anew", async () => {
  const book = noticesWorkbook(3, 2);
  excel = openExcel(book);
  const host = new OfficeHost(excel.api);
  await runNotices(host, { issuedOn: "2025-06-03" });
  const sheet = book.sheet("通知书")!;
  const before = sheet.usedRect(true)!.r1;
  const breaksBefore = sheet.horizontalBreaks.length;
  // One more finding for 单位1 gives one short notice.
  book.edit("5月", "A8", [[45_790, "单位1", "新问题：围挡破损", "解放路", 45_800, "未整改"]]);
  await runNotices(host, { issuedOn: "2025-06-05" });
  expect(book.sheet("通知书")).toBe(sheet);
  expect(sheet.usedRect(true)!.r1).toBeLessThan(before);
  expect([...sheet.rows.values()].flat().filter((c) => c?.value === "某区创卫办")).toHaveLength(1);
  expect(sheet.horizontalBreaks.length).toBeLessThan(breaksBefore);
  expect(Math.max(...sheet.horizontalBreaks)).toBeLessThan(sheet.usedRect(true)!.r1);
  expect(sheet.merges.every((m) => m.r1 <= sheet.usedRect(false)!.r1)).toBe(true);
});
