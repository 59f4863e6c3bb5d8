import type { ReceivedEntry } from "../../../src/core/consolidate/receivedLog";
import { batchPeriod, monthPeriod, reminderText, submissionStatus, submissionsSheetPlan } from "../../../src/core/consolidate/submissions";
import type { Finding } from "../../../src/core/model/finding";
import type { UnitEntry } from "../../../src/core/registry/unitRegistry";

const unit = (name: string, aliases: string[] = []): UnitEntry => ({ name, aliases, type: null, street: null, contact: null, phone: null });
const entry = (over: Partial<ReceivedEntry>): ReceivedEntry => ({
  receivedAt: "2025-06-30 18:00",
  reportedAt: "2025-06-20 09:00",
  file: "x.xlsx",
  unit: null,
  batch: null,
  rows: 10,
  new: 10,
  updated: 0,
  unchanged: 0,
  skipped: 0,
  problems: 0,
  status: "merged",
  fingerprint: "f",
  note: null,
  ...over,
});
const settings = { mappings: [], other: [{ kind: "报送", sheet: "", name: "每月截止日", value: "25", note: "" }] };

describe("报送情况 for a month", () => {
  const units = [unit("区城市管理局", ["城管局"]), unit("南湖街道"), unit("北山街道"), unit("区教育局"), unit("桂花社区")];
  const log = [
    entry({ file: "城管局6月.xlsx", unit: "城管局", reportedAt: "2025-06-20 09:00" }),
    entry({ file: "南湖街道6月.xlsx", unit: "南湖街道", reportedAt: "2025-06-27 10:00" }),
    entry({ file: "北山街道.xlsx", unit: null, status: "unreadable", note: "工作簿已损坏", rows: 0 }),
    entry({ file: "桂花社区.xlsx", unit: "桂花社区", problems: 3 }),
    entry({ file: "南湖街道5月.xlsx", unit: "南湖街道", reportedAt: "2025-05-20 09:00" }),
  ];
  const ledger = [
    { unit: "区城市管理局", status: "rectified" },
    { unit: "区城市管理局", status: "pending" },
  ] as Finding[];

  test("已报送, 逾期报送 after the deadline day, 报送有误 for an unreadable file or rows with errors, 未报送", () => {
    const period = monthPeriod("2025-06", settings);
    expect(period).toEqual({ kind: "month", month: "2025-06", deadline: "2025-06-25" });
    const list = submissionStatus(log, units, period, ledger);
    expect(list.map((s) => [s.unit, s.status, s.files, s.rectified])).toEqual([
      ["区城市管理局", "reported", ["城管局6月.xlsx"], 1],
      ["南湖街道", "late", ["南湖街道6月.xlsx"], 0],
      ["北山街道", "faulty", ["北山街道.xlsx"], 0],
      ["区教育局", "missing", [], 0],
      ["桂花社区", "faulty", ["桂花社区.xlsx"], 0],
    ]);
    expect(list[2]!.note).toBe("北山街道.xlsx无法读取：工作簿已损坏");
    expect(reminderText(list, period, "2025-06-28")).toBe(
      "【创卫办提醒】截至6月28日，2025年6月创卫问题整改情况报送情况如下：\n尚未报送（1个）：区教育局。\n报送有误、请核对后重新报送（2个）：北山街道、桂花社区。\n请尽快报送，谢谢！",
    );
    const plan = submissionsSheetPlan(list, period);
    expect(plan.rows.map((r) => r[1])).toEqual(["已报送", "逾期报送", "报送有误", "未报送", "报送有误"]);
    expect(plan.marks?.map((m) => m.severity)).toEqual(["warning", "error", "error", "error"]);
  });

  test("nothing to remind when everyone reported; the deadline day defaults to the 25th and fits short months", () => {
    expect(reminderText([], monthPeriod("2025-02", { mappings: [], other: [] }), "2025-02-10")).toBeNull();
    expect(
      monthPeriod("2025-02", { mappings: [], other: [{ kind: "报送", sheet: "", name: "每月截止日", value: "31", note: "" }] }),
    ).toMatchObject({
      deadline: "2025-02-28",
    });
  });
});

describe("报送情况 for a 交办 batch", () => {
  const units = [unit("区城市管理局"), unit("南湖街道"), unit("北山街道")];
  const period = batchPeriod("交办-2025-06-06", { deadline: "2025-06-13", units: units.map((u) => u.name) });

  test("the batch's 交办 date comes from its name when nothing else says it", () => {
    expect(period).toEqual({
      kind: "batch",
      batch: "交办-2025-06-06",
      issuedOn: "2025-06-06",
      deadline: "2025-06-13",
      units: ["区城市管理局", "南湖街道", "北山街道"],
    });
  });

  test("files without a batch count for a batch unit since the 交办 date: an unreadable one is 报送有误, its own ledger 已报送", () => {
    const log = [
      entry({ file: "交办单-区城市管理局.xlsx", unit: "区城市管理局", batch: "交办-2025-06-06", reportedAt: "2025-06-09 10:00" }),
      entry({ file: "回复-北山街道.xlsx", unit: null, status: "unreadable", rows: 0, reportedAt: "2025-06-09 12:00" }),
      entry({ file: "南湖街道台账.xlsx", unit: "南湖街道", reportedAt: "2025-06-10 09:00" }),
      // Before the batch went out, another batch, a unit the batch did not go to: none of them counts.
      entry({ file: "南湖街道5月.xlsx", unit: "南湖街道", reportedAt: "2025-05-30 09:00" }),
      entry({ file: "交办单-南湖街道-旧.xlsx", unit: "南湖街道", batch: "交办-2025-05-06", reportedAt: "2025-06-08 09:00" }),
      entry({ file: "桂花社区.xlsx", unit: "桂花社区", reportedAt: "2025-06-10 09:00" }),
    ];
    const list = submissionStatus(log, units, period, []);
    expect(list.map((s) => [s.unit, s.status, s.files])).toEqual([
      ["区城市管理局", "reported", ["交办单-区城市管理局.xlsx"]],
      ["南湖街道", "reported", ["南湖街道台账.xlsx"]],
      ["北山街道", "faulty", ["回复-北山街道.xlsx"]],
    ]);
  });
});

test("a month's report counts for the month it was made, even when consolidated in the next month (late after the deadline day)", () => {
  const log = [
    entry({ file: "南湖6月.xlsx", unit: "南湖街道", reportedAt: "2025-06-28 09:00", receivedAt: "2025-07-02 09:00" }),
    entry({ file: "北山.xlsx", unit: "北山街道", reportedAt: "2025-06-20 09:00", receivedAt: "2025-07-02 09:00" }),
  ];
  const june = submissionStatus(log, [unit("南湖街道"), unit("北山街道")], monthPeriod("2025-06", settings), []);
  expect(june.map((s) => [s.unit, s.status])).toEqual([
    ["南湖街道", "late"],
    ["北山街道", "reported"],
  ]);
  const july = submissionStatus(log, [unit("南湖街道")], monthPeriod("2025-07", settings), []);
  expect(july.map((s) => s.status)).toEqual(["missing"]);
});
