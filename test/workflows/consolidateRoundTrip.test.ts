import { readLedgerSheet } from "../../src/core/output/readLedgerSheet";
import { FileHost } from "../../src/hosts/file/fileHost";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbookBytes";
import { runConsolidate } from "../../src/workflows/consolidateWorkflow";
import { resolveConflicts } from "../../src/workflows/conflictsWorkflow";
import { announceNoLibreOffice, SOFFICE } from "../helpers/libreOffice";
import { roundTrip, type RoundTrip } from "../helpers/roundTrip";

const FIELDS = ["inspectedOn", "unit", "description", "location", "deadline", "status", "rectifiedOn", "measure", "owner"] as const;

describe("the monthly loop: distribute, replies back, consolidate into the 汇总 workbook", () => {
  let trip: RoundTrip;
  beforeAll(async () => {
    announceNoLibreOffice("saving a reply as .xls (the round trip uses .xlsx instead)");
    trip = await roundTrip();
  }, 120_000);

  test("exactly the changed records updated, the new one appended, the duplicate and the silent unit reported, office edits kept", async () => {
    const target = new FileHost(trip.office, "汇总.xlsx");
    const before = readLedgerSheet((await target.readSheet("标准台账"))!);
    const seen: string[] = [];
    const run = await runConsolidate(
      target,
      trip.replies.map((r) => ({ name: r.name, at: r.at, read: async () => readWorkbookBytes(r.bytes, r.name) })),
      { now: "2025-06-10 09:00", onProgress: (p) => seen.push(`${p.file}:${p.phase}`) },
    );
    const id = (row: number) => trip.idOfRow.get(row)!;
    const [cg, nh, nh2] = trip.replies;
    expect(trip.xls).toBe(SOFFICE !== null);

    expect(run.failed).toEqual([{ file: "损坏.xlsx", message: expect.stringMatching(/损坏|无法/) }]);
    expect(seen).toEqual(expect.arrayContaining([`${cg!.name}:merged`, `${nh2!.name}:duplicate`, "损坏.xlsx:failed"]));
    expect(run.sources).toEqual([
      { file: cg!.name, unit: "区城市管理局", rows: 3, new: 1, updated: 2, unchanged: 0, skipped: 0, problems: 0 },
      { file: nh!.name, unit: "南湖街道", rows: 2, new: 0, updated: 1, unchanged: 1, skipped: 0, problems: 0 },
      { file: nh2!.name, unit: "南湖街道", rows: 2, new: 0, updated: 0, unchanged: 0, skipped: 2, problems: 0 },
    ]);
    expect(run.duplicates.map((d) => [d.kept.file, d.kept.row, d.dropped.file, d.dropped.row])).toEqual([
      [nh!.name, 5, nh2!.name, 5],
      [nh!.name, 6, nh2!.name, 6],
    ]);
    expect(run.conflicts).toEqual([{ id: id(3), field: "status", office: "inProgress", incoming: "rectified", file: cg!.name }]);
    expect(run.missingUnits).toEqual(["北山街道"]);
    expect(run.records).toBe(before.length + 1);

    const after = new Map(run.ledger.map((r) => [r.id, r]));
    const changed = before.filter((b) => FIELDS.some((f) => after.get(b.id)![f] !== b[f])).map((b) => b.id);
    expect(changed.sort()).toEqual([id(3), id(4), id(6)].sort());
    // 整改情况 is in conflict, so the same reply's 完成时间 waits with it (never 整改中 with a completion date).
    expect(after.get(id(3))).toMatchObject({ status: "inProgress", rectifiedOn: null, measure: "已清运并增设垃圾桶" });
    expect(after.get(id(4))).toMatchObject({
      status: "rectified",
      rectifiedOn: "2025-06-05",
      owner: "李强",
      reportedBy: "区城市管理局",
      updatedAt: "2025-06-09 10:00",
    });
    expect(after.get(id(6))).toMatchObject({ status: "inProgress", measure: "已补植一半", reportedBy: "南湖街道" });
    expect(after.get(id(8))!.description).toBe("墙面乱张贴小广告");
    const added = run.ledger.at(-1)!;
    expect(added).toMatchObject({
      unit: "区城市管理局",
      description: "井盖破损",
      inspectedOn: "2025-06-07",
      status: "pending",
      reportedBy: "区城市管理局",
      source: { file: cg!.name, sheet: "交办单", row: 7 },
    });

    expect(run.submissions.map((s) => [s.unit, s.status, s.files.length])).toEqual([
      ["区城市管理局", "reported", 1],
      ["南湖街道", "reported", 2],
      ["北山街道", "missing", 0],
    ]);
    expect(run.reminder).toContain("尚未报送（1个）：北山街道");

    // What the 汇总 workbook holds afterwards.
    const wb = readWorkbookBytes(await target.toXlsx(), "汇总.xlsx");
    const sheet = (n: string) => wb.sheets.find((s) => s.name === n)!;
    expect(wb.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["6月督查", "单位名录", "标准台账", "更新记录", "报送记录", "报送情况"]),
    );
    expect(readLedgerSheet(sheet("标准台账"))).toHaveLength(run.records);
    const history = sheet("更新记录")
      .values.slice(1)
      .map((r) => [r[1], r[2], r[3], r[7]]);
    expect(history).toEqual(
      expect.arrayContaining([
        [id(4), "更新", "整改情况", cg!.name],
        [id(3), "冲突待确认", "整改情况", cg!.name],
        [id(3), "随冲突暂缓", "完成时间", cg!.name],
        [added.id, "新增", null, cg!.name],
      ]),
    );
    expect(
      sheet("报送情况")
        .values.slice(1)
        .map((r) => [r[0], r[1]]),
    ).toEqual([
      ["区城市管理局", "已报送"],
      ["南湖街道", "已报送"],
      ["北山街道", "未报送"],
    ]);
    expect(
      sheet("报送记录")
        .values.slice(1)
        .map((r) => [r[2], r[11]]),
    ).toEqual([
      [cg!.name, "已汇总"],
      [nh!.name, "已汇总"],
      [nh2!.name, "重复报送"],
      ["损坏.xlsx", "无法读取"],
    ]);
  }, 60_000);

  test("taking the reported 整改情况 of a conflict takes the 完成时间 held back with it", async () => {
    const target = new FileHost(trip.office, "汇总.xlsx");
    const inputs = trip.replies.slice(0, 1).map((r) => ({ name: r.name, at: r.at, read: async () => readWorkbookBytes(r.bytes, r.name) }));
    await runConsolidate(target, inputs, { now: "2025-06-10 09:00" });
    const id3 = trip.idOfRow.get(3)!;
    expect(await resolveConflicts(target, [{ id: id3, field: "status", choice: "take" }], "2025-06-11 09:00")).toEqual([]);
    const r = readLedgerSheet((await target.readSheet("标准台账"))!).find((x) => x.id === id3)!;
    expect(r).toMatchObject({ status: "rectified", rectifiedOn: "2025-06-08" });
  }, 60_000);

  test("the same replies again change nothing and are listed as duplicates", async () => {
    const target = new FileHost(trip.office, "汇总.xlsx");
    const inputs = trip.replies.slice(0, 2).map((r) => ({ name: r.name, at: r.at, read: async () => readWorkbookBytes(r.bytes, r.name) }));
    const first = await runConsolidate(target, inputs, { now: "2025-06-10 09:00" });
    const again = await runConsolidate(new FileHost(await target.toXlsx(), "汇总.xlsx"), inputs, { now: "2025-06-11 09:00" });
    expect(again.records).toBe(first.records);
    expect(again.sources.map((s) => [s.new, s.updated, s.skipped])).toEqual([
      [0, 0, 3],
      [0, 0, 2],
    ]);
    expect(again.conflicts).toEqual([]);
    expect(again.ledger).toEqual(first.ledger);
  }, 60_000);
});
