import ExcelJS from "exceljs";
import { FileHost } from "../../src/hosts/file/fileHost";
import { runConsolidate, type ConsolidateInput, type ConsolidateRun } from "../../src/workflows/consolidateWorkflow";

/** A unit's own ledger (not a 交办单): rows matched to the 汇总 by content. */
async function unitLedger(rows: Array<[string, string, string]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("整改台账");
  ws.addRow(["南湖街道创卫问题整改台账"]);
  ws.addRow(["检查日期", "责任单位", "问题描述", "地点", "整改情况"]);
  for (const [date, description, status] of rows) ws.addRow([date, "南湖街道", description, "南湖公园", status]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const input = (name: string, at: string, bytes: Uint8Array): ConsolidateInput => ({
  name,
  at,
  read: () => new FileHost(bytes, name).readWorkbook(),
});

describe("consolidation order and cancelling", () => {
  test("the newer report wins whatever order the files are given in; each report is in the history", async () => {
    const first = await unitLedger([
      ["2025-06-02", "绿化带裸土", "未整改"],
      ["2025-06-02", "健康教育宣传栏未更新", "未整改"],
    ]);
    // Later reports by the same unit, with the small edits people make (punctuation, a word added).
    const middle = await unitLedger([["2025-06-02", "绿化带裸土。", "整改中"]]);
    const newest = await unitLedger([["2025-06-02", "绿化带裸土问题", "已整改"]]);
    const target = new FileHost(null, "汇总.xlsx");
    const run = await runConsolidate(
      target,
      [
        input("6月10日.xlsx", "2025-06-10 09:00", newest),
        input("6月5日.xlsx", "2025-06-05 09:00", middle),
        input("6月1日.xlsx", "2025-06-01 09:00", first),
      ],
      { now: "2025-06-11 09:00" },
    );
    expect(run.sources.map((s) => [s.file, s.new, s.updated])).toEqual([
      ["6月1日.xlsx", 2, 0],
      ["6月5日.xlsx", 0, 1],
      ["6月10日.xlsx", 0, 1],
    ]);
    expect(run.records).toBe(2);
    const green = run.ledger.find((r) => r.description === "绿化带裸土")!;
    expect(green).toMatchObject({ status: "rectified", updatedAt: "2025-06-10 09:00", source: { file: "6月1日.xlsx", row: 3 } });
    const history = (await target.readSheet("更新记录"))!.values.slice(1).map((r) => [r[2], r[5], r[7]]);
    expect(history).toEqual([
      ["更新", "整改中", "6月5日.xlsx"],
      ["更新", "已整改", "6月10日.xlsx"],
    ]);
  });

  test("in a later run an older report rolls nothing back: it is in the history as 较早报送 and counts as unchanged", async () => {
    const newest = await unitLedger([["2025-06-02", "绿化带裸土", "已整改"]]);
    const older = await unitLedger([["2025-06-02", "绿化带裸土", "整改中"]]);
    const target = new FileHost(null, "汇总.xlsx");
    await runConsolidate(target, [input("6月10日.xlsx", "2025-06-10 09:00", newest)], { now: "2025-06-11 09:00" });
    const later = new FileHost(await target.toXlsx(), "汇总.xlsx");
    const run = await runConsolidate(later, [input("6月5日.xlsx", "2025-06-05 09:00", older)], { now: "2025-06-12 09:00" });
    expect(run.sources.map((s) => [s.file, s.new, s.updated, s.unchanged])).toEqual([["6月5日.xlsx", 0, 0, 1]]);
    expect(run.conflicts).toEqual([]);
    expect(run.ledger).toHaveLength(1);
    expect(run.ledger[0]).toMatchObject({ status: "rectified", updatedAt: "2025-06-10 09:00" });
    const history = (await later.readSheet("更新记录"))!.values.slice(1).map((r) => [r[2], r[3], r[4], r[5], r[7]]);
    expect(history).toEqual([["较早报送", "整改情况", "已整改", "整改中", "6月5日.xlsx"]]);
  });

  test("over three runs the time of the report that last changed a field counts (更新记录), not the record's first report", async () => {
    const first = await unitLedger([["2025-06-02", "绿化带裸土", "未整改"]]);
    const newest = await unitLedger([["2025-06-02", "绿化带裸土", "已整改"]]);
    const between = await unitLedger([["2025-06-02", "绿化带裸土", "整改中"]]);
    let bytes: Uint8Array | null = null;
    const runs: ConsolidateRun[] = [];
    for (const [name, at, file] of [
      ["6月1日.xlsx", "2025-06-01 09:00", first],
      ["6月10日.xlsx", "2025-06-10 09:00", newest],
      ["6月5日.xlsx", "2025-06-05 09:00", between],
    ] as const) {
      const target: FileHost = new FileHost(bytes, "汇总.xlsx");
      runs.push(await runConsolidate(target, [input(name, at, file)], { now: "2025-06-11 09:00" }));
      bytes = await target.toXlsx();
    }
    expect(runs.map((r) => [r.sources[0]!.updated, r.sources[0]!.unchanged])).toEqual([
      [0, 0],
      [1, 0],
      [0, 1],
    ]);
    expect(runs[2]!.ledger[0]).toMatchObject({ status: "rectified", updatedAt: "2025-06-10 09:00" });
  });

  test("a file repeated in a later run names the row that was kept: the earlier file's, not the record's first 来源", async () => {
    const a = await unitLedger([
      ["2025-06-02", "绿化带裸土", "未整改"],
      ["2025-06-02", "健康教育宣传栏未更新", "未整改"],
    ]);
    const b = await unitLedger([
      ["2025-06-02", "健康教育宣传栏未更新", "已整改"],
      ["2025-06-02", "绿化带裸土", "未整改"],
    ]);
    // The same content as b, rows in another order: a duplicate of b.
    const again = await unitLedger([
      ["2025-06-02", "绿化带裸土", "未整改"],
      ["2025-06-02", "健康教育宣传栏未更新", "已整改"],
    ]);
    const target = new FileHost(null, "汇总.xlsx");
    await runConsolidate(target, [input("a.xlsx", "2025-06-01 09:00", a), input("b.xlsx", "2025-06-05 09:00", b)], {
      now: "2025-06-06 09:00",
    });
    const run = await runConsolidate(new FileHost(await target.toXlsx(), "汇总.xlsx"), [input("b(1).xlsx", "2025-06-07 09:00", again)], {
      now: "2025-06-08 09:00",
    });
    expect(run.sources[0]).toMatchObject({ skipped: 2, updated: 0, new: 0 });
    const poster = run.duplicates.find((d) => d.dropped.row === 4)!;
    expect(poster).toEqual({
      kept: { file: "b.xlsx", sheet: "整改台账", row: 3 },
      dropped: { file: "b(1).xlsx", sheet: "整改台账", row: 4 },
    });
  });

  test("cancelling stops before the next file and writes nothing", async () => {
    const bytes = await unitLedger([["2025-06-02", "绿化带裸土", "未整改"]]);
    const target = new FileHost(null, "汇总.xlsx");
    let done = 0;
    const run = await runConsolidate(target, [input("a.xlsx", "2025-06-01 09:00", bytes), input("b.xlsx", "2025-06-02 09:00", bytes)], {
      onProgress: (p) => {
        if (p.phase === "merged") done += 1;
      },
      isCancelled: () => done >= 1,
    });
    expect(run.cancelled).toBe(true);
    expect(run.sources.map((s) => s.file)).toEqual(["a.xlsx"]);
    expect(target.plans()).toEqual([]);
  });
});
