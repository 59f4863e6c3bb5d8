import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { createRowBatcher, revalidateLedgerRows } from "../../../src/workflows/liveValidation";
import { runValidation } from "../../../src/workflows/validateWorkflow";
import { openExcel, waitFor, type ExcelInstance } from "../../harness/excelHarness";
import { liveWorkbook } from "./fixtures";

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

  test("an edit made just before the user starts typing again is checked once they leave the cell, not lost", async () => {
    const book = liveWorkbook(50);
    excel = openExcel(book);
    const host = new OfficeHost(excel.api);
    const base = await runValidation(host, { asOf: "2024-06-30" });
    const seen: Array<Promise<Found>> = [];
    await host.watchSheet("标准台账", (first, last) => seen.push(revalidateLedgerRows(host, base, first, last)));
    book.edit("标准台账", "J11", [[""]]);
    book.beginCellEdit(); // the user is already typing in the next cell
    await waitFor(() => seen.length === 1);
    const settled = seen[0]!.then(
      (p) => p.map((x) => x.code),
      (e: { code?: string }) => `failed: ${e.code}`,
    );
    await new Promise((r) => setTimeout(r, 30));
    book.endCellEdit();
    expect(await settled).toEqual(["rectified-without-date"]);
  });

  test("the add-in's own writes to 标准台账 (a rerun, marks) do not set off live checking; a co-author's edit does", async () => {
    const book = liveWorkbook(200);
    excel = openExcel(book);
    const host = new OfficeHost(excel.api);
    await runValidation(host, { asOf: "2024-06-30" });
    const spans: Array<[number, number]> = [];
    await host.watchSheet("标准台账", (first, last) => void spans.push([first, last]));
    await runValidation(host, { asOf: "2024-06-30" });
    await new Promise((r) => setTimeout(r, 30));
    expect(spans).toEqual([]);
    // A colleague's pane writing the same sheet is a change to check here.
    const other = openExcel(book);
    await other.api.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("标准台账").getRange("F5").values = [["同事改的问题描述"]];
      await ctx.sync();
    });
    other.close();
    await waitFor(() => spans.some(([f, l]) => f === 4 && l === 4), 1_000);
    book.edit("标准台账", "J11", [[""]]);
    await waitFor(() => spans.some(([f, l]) => f === 10 && l === 10), 1_000);
  });

  test("live checking goes on after 标准台账 is written again by a rerun", async () => {
    const book = liveWorkbook(50);
    excel = openExcel(book);
    const host = new OfficeHost(excel.api);
    const base = await runValidation(host, { asOf: "2024-06-30" });
    const seen: Array<Promise<Found>> = [];
    await host.watchSheet("标准台账", (first, last) => seen.push(revalidateLedgerRows(host, base, first, last)));
    await runValidation(host, { asOf: "2024-06-30" });
    book.edit("标准台账", "J11", [[""]]);
    await waitFor(() => seen.length === 1, 1_000).catch(() => undefined);
    expect(seen).toHaveLength(1);
    expect((await seen[0]!).map((p) => p.code)).toEqual(["rectified-without-date"]);
  });

  test("whole-row, whole-column and several-area changes are checked, each over the rows it touched", async () => {
    const book = liveWorkbook(50);
    excel = openExcel(book);
    const host = new OfficeHost(excel.api);
    await runValidation(host, { asOf: "2024-06-30" });
    const spans: Array<[number, number]> = [];
    await host.watchSheet("标准台账", (first, last) => spans.push([first, last]));
    book.deleteRows("标准台账", 5, 1); // "5:5"
    book.editColumn("标准台账", "J", ""); // "J:J": every row of the ledger, not a million
    book.clearCells("标准台账", "J3:J4,J8"); // a Ctrl-selection cleared at once
    await waitFor(() => spans.length >= 3);
    expect(spans).toEqual([
      [4, 4],
      [0, 49],
      [2, 3],
      [7, 7],
    ]);
  });

  test("a 20,000-row paste is read back in chunks Excel accepts", async () => {
    const book = liveWorkbook(20_000);
    excel = openExcel(book);
    const host = new OfficeHost(excel.api);
    const base = await runValidation(host, { asOf: "2024-06-30" });
    const seen: Array<Promise<Found>> = [];
    await host.watchSheet("标准台账", (first, last) => seen.push(revalidateLedgerRows(host, base, first, last)));
    const before = excel.syncs.length;
    book.edit(
      "标准台账",
      "J2",
      Array.from({ length: 20_000 }, () => [""]),
    );
    await waitFor(() => seen.length === 1);
    const problems = await seen[0]!;
    expect(problems.filter((p) => p.code === "rectified-without-date")).toHaveLength(20_000);
    const reads = excel.syncs.slice(before);
    expect(reads.every((s) => s.error === null && s.responseBytes <= 4 * 1024 * 1024)).toBe(true);
  }, 60_000);

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
