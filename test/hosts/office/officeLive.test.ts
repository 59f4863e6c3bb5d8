import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { createRowBatcher, revalidateLedgerRows } from "../../../src/workflows/liveValidation";
import { runValidation } from "../../../src/workflows/validateWorkflow";
import { fakeOfficeApi, FakeWorkbook } from "../../fakes/fakeExcel";

function workbook(n: number): FakeWorkbook {
  const fake = new FakeWorkbook();
  const ledger = fake.addSheet("6月");
  ["检查日期", "责任单位", "问题描述", "整改期限", "整改情况", "完成日期"].forEach((h, c) => ledger.set(0, c, { value: h }));
  for (let i = 0; i < n; i++) {
    [45_450 + (i % 20), "区城市管理局", `问题${i}`, 45_480, "已整改", 45_470].forEach((v, c) =>
      ledger.set(i + 1, c, { value: v, format: c % 3 === 0 ? "yyyy-mm-dd" : "General" }),
    );
  }
  const units = fake.addSheet("单位名录");
  units.set(0, 0, { value: "单位名称" });
  units.set(0, 1, { value: "简称/别名" });
  units.set(1, 0, { value: "区城市管理局" });
  return fake;
}

describe("live checking of 标准台账 in Excel", () => {
  test("an edit re-validates only the changed rows, in a constant number of syncs, and re-marks them", async () => {
    const fake = workbook(2_000);
    const host = new OfficeHost(fakeOfficeApi(fake, "台账.xlsx"));
    const base = await runValidation(host, { asOf: "2024-06-30" });
    expect(base.counts.error + base.counts.warning).toBe(0);

    const seen: Array<Promise<unknown>> = [];
    const unsubscribe = await host.watchSheet("标准台账", (first, last) => seen.push(revalidateLedgerRows(host, base, first, last)));
    fake.syncs = [];
    // Row 11 of 标准台账: clear 完成时间 (J) and type an unknown unit (C).
    await fake.edit("标准台账", 10, 9, [[""]]);
    await fake.edit("标准台账", 10, 2, [["区城管执法局"]]);
    const [first, second] = (await Promise.all(seen)) as Array<Array<{ code: string; row: number; column: string }>>;
    expect(first!.map((p) => [p.code, p.row, p.column])).toEqual([["rectified-without-date", 11, "J"]]);
    expect(second!.map((p) => p.code).sort()).toEqual(["rectified-without-date", "unknown-unit"]);
    // Each re-validation: 2 syncs to read the rows, 2 to re-mark; nothing proportional to the 2,000 rows.
    expect(fake.syncs).toHaveLength(8);
    expect(Math.max(...fake.syncs.map((s) => s.responseBytes))).toBeLessThan(5_000);
    const ledger = fake.sheet("标准台账")!;
    expect(ledger.fills.get("10,9")).toBe("#FFC7CE");
    expect(ledger.fills.get("10,2")).toBe("#FFEB9C");

    await unsubscribe();
    await fake.edit("标准台账", 12, 9, [[""]]);
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
