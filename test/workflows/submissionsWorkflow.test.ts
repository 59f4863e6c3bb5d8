import ExcelJS from "exceljs";
import { FileHost } from "../../src/hosts/file/fileHost";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbookBytes";
import { runConsolidate, type ConsolidateInput } from "../../src/workflows/consolidateWorkflow";
import { runDistribute } from "../../src/workflows/distributeWorkflow";
import { runSubmissions } from "../../src/workflows/submissionsWorkflow";
import { roundTrip, type RoundTrip } from "../helpers/roundTrip";

/** 北山街道's own ledger, sent back instead of the 交办单. */
async function ownLedger(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("整改台账");
  ws.addRow(["北山街道创卫问题整改台账"]);
  ws.addRow(["检查日期", "责任单位", "问题描述", "地点", "整改情况"]);
  ws.addRow(["2025-06-03", "北山街道", "农贸市场垃圾未清运", "北山农贸市场", "已整改"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const inputsOf = (files: RoundTrip["replies"]): ConsolidateInput[] =>
  files.map((r) => ({ name: r.name, at: r.at, read: async () => readWorkbookBytes(r.bytes, r.name) }));

describe("报送情况 for a 交办 batch", () => {
  let trip: RoundTrip;
  beforeAll(async () => {
    trip = await roundTrip();
  }, 120_000);

  test("a batch unit whose file cannot be read is 报送有误, not 未报送", async () => {
    const broken = { name: "交办回复-北山街道.xlsx", bytes: new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]), at: "2025-06-09 13:00" };
    const run = await runConsolidate(new FileHost(trip.office, "汇总.xlsx"), inputsOf([...trip.replies, broken]), {
      now: "2025-06-10 09:00",
    });
    expect(run.period).toMatchObject({ kind: "batch", batch: trip.batch, issuedOn: "2025-06-06" });
    expect(run.submissions.find((s) => s.unit === "北山街道")).toMatchObject({ status: "faulty", files: [broken.name] });
    expect(run.missingUnits).toEqual([]);
    expect(run.reminder).toContain("报送有误、请核对后重新报送（1个）：北山街道");
  }, 60_000);

  test("a batch unit that replied with its own ledger instead of the form has reported", async () => {
    const own = { name: "北山街道6月台账.xlsx", bytes: await ownLedger(), at: "2025-06-09 14:00" };
    const run = await runConsolidate(new FileHost(trip.office, "汇总.xlsx"), inputsOf([...trip.replies, own]), {
      now: "2025-06-10 09:00",
    });
    expect(run.sources.find((s) => s.file === own.name)).toMatchObject({ unit: "北山街道", rows: 1 });
    expect(run.submissions.find((s) => s.unit === "北山街道")).toMatchObject({ status: "reported", files: [own.name], rows: 1 });
    expect(run.missingUnits).toEqual([]);
    expect(run.reminder).toBeNull();
  }, 60_000);

  test("runSubmissions reads 报送记录 back: by month, or by a batch chosen by name (CLI --batch, the pane's list)", async () => {
    const target = new FileHost(trip.office, "汇总.xlsx");
    await runConsolidate(target, inputsOf(trip.replies), { now: "2025-06-10 09:00" });
    // Without 交办记录 (the CLI's distribute never changes its input) a batch is held against the 单位名录.
    const noRecord = await runSubmissions(target, { batch: trip.batch, today: "2025-06-12", write: false });
    expect(noRecord.submissions.map((s) => [s.unit, s.status])).toContainEqual(["区教育局", "missing"]);
    // The pane records the batch in 交办记录 when it writes the forms: then exactly the units it went to.
    const sent = await runDistribute(target, { issuedOn: "2025-06-06", record: true });
    expect(sent.batch).toBe(trip.batch);
    const byBatch = await runSubmissions(target, { batch: trip.batch, today: "2025-06-12", write: false });
    expect(byBatch.batches).toEqual([trip.batch]);
    expect(byBatch.period).toMatchObject({ kind: "batch", batch: trip.batch, issuedOn: "2025-06-06", deadline: "2025-06-13" });
    expect(byBatch.submissions.map((s) => [s.unit, s.status])).toEqual([
      ["区城市管理局", "reported"],
      ["南湖街道", "reported"],
      ["北山街道", "missing"],
    ]);
    const byMonth = await runSubmissions(target, { month: "2025-06", today: "2025-06-12" });
    expect(byMonth.period).toEqual({ kind: "month", month: "2025-06", deadline: "2025-06-25" });
    // A month is held against the whole 单位名录.
    expect(byMonth.submissions.map((s) => [s.unit, s.status])).toEqual([
      ["区城市管理局", "reported"],
      ["南湖街道", "reported"],
      ["北山街道", "missing"],
      ["区教育局", "missing"],
    ]);
    expect(byMonth.reminder).toContain("尚未报送（2个）：北山街道、区教育局");
    expect((await target.readSheet("报送情况"))!.values[1]![7]).toBe("2025年6月");
    // Another month: nobody has reported yet.
    const july = await runSubmissions(target, { month: "2025-07", today: "2025-07-02", write: false });
    expect(july.submissions.every((s) => s.status === "missing")).toBe(true);
  }, 60_000);
});
