import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { createRowBatcher, revalidateLedgerRows } from "../../../src/workflows/liveValidation";
import { runValidation } from "../../../src/workflows/validateWorkflow";
import { openExcel, waitFor, type ExcelInstance } from "../../harness/excelHarness";
import { WorkbookModel } from "../../harness/workbookModel";

export function liveWorkbook(n: number): WorkbookModel {
  const book = new WorkbookModel();
  const rows = Array.from({ length: n }, (_, i) => [45_450 + (i % 20), "区城市管理局", `问题${i}`, 45_480, "已整改", 45_470]);
  const ledger = book.addSheet("6月", [["检查日期", "责任单位", "问题描述", "整改期限", "整改情况", "完成日期"], ...rows]);
  for (let r = 1; r <= n; r++) for (const c of [0, 3]) ledger.setCell(r, c, { numberFormat: "yyyy-mm-dd" });
  book.addSheet("单位名录", [["单位名称", "简称/别名"], ["区城市管理局"]]);
  return book;
}

type Found = Array<{ code: string; row: number | null; column: string | null }>;

describe("live checking of 标准台账 in Excel (harness)", () => {
  let excel: ExcelInstance | null = null;
  afterEach(() => {
    excel?.close();
    excel = null;
  });

  test("an edit re-validates only the changed rows, in a constant number of syncs, and re-marks them", async () => {
    const book = liveWorkbook(2_000);
    excel = openExcel(book, { documentUrl: "https://x/台账.xlsx" });
    const host = new OfficeHost(excel.api);
    const base = await runValidation(host, { asOf: "2024-06-30" });
    expect(base.counts.error + base.counts.warning).toBe(0);

    const seen: Array<Promise<Found>> = [];
    const unsubscribe = await host.watchSheet("标准台账", (first, last) => seen.push(revalidateLedgerRows(host, base, first, last)));
    const before = excel.syncs.length;
    // Row 11 of 标准台账: clear 完成时间 (J) and type an unknown unit (C).
    book.edit("标准台账", "J11", [[""]]);
    await waitFor(() => seen.length === 1);
    const [first] = await Promise.all(seen);
    book.edit("标准台账", "C11", [["区城管执法局"]]);
    await waitFor(() => seen.length === 2);
    const second = await seen[1]!;
    expect(first!.map((p) => [p.code, p.row, p.column])).toEqual([["rectified-without-date", 11, "J"]]);
    expect(second.map((p) => p.code).sort()).toEqual(["rectified-without-date", "unknown-unit"]);
    // Nothing proportional to the 2,000 rows: the same syncs for each edit, small responses.
    const edits = excel.syncs.slice(before);
    expect(edits.length % 2).toBe(0);
    expect(Math.max(...edits.map((s) => s.responseBytes))).toBeLessThan(5_000);
    const ledger = book.sheet("标准台账")!;
    expect(ledger.formatAt(10, 9, "fill.color")).toBe("#FFC7CE");
    expect(ledger.formatAt(10, 2, "fill.color")).toBe("#FFEB9C");

    await unsubscribe();
    book.edit("标准台账", "J13", [[""]]);
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toHaveLength(2);
  });

  test("bursts of edits are batched into one re-validation", () => {
    jest.useFakeTimers();
    const calls: Array<[number, number]> = [];
    const batch = createRowBatcher(600, (a, b) => calls.push([a, b]));
    batch(5, 5);
    batch(9, 12);
    jest.advanceTimersByTime(300);
    batch(3, 3);
    jest.advanceTimersByTime(599);
    expect(calls).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(calls).toEqual([[3, 12]]);
    jest.useRealTimers();
  });
});
