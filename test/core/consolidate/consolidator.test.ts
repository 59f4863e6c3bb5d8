import { Consolidator } from "../../../src/core/consolidate/consolidator";
import { matchKeys } from "../../../src/core/consolidate/contentMatch";
import type { IncomingReport } from "../../../src/core/consolidate/incomingReport";
import { fingerprint, recordFromFinding } from "../../../src/core/ledger/ledgerRecord";
import type { Finding } from "../../../src/core/model/finding";
import { blankFinding } from "../../helpers/finding";

const finding = (over: Partial<Finding>): Finding =>
  blankFinding({
    id: "CW-000000000001",
    source: { file: "台账.xlsx", sheet: "6月", row: 3 },
    inspectedOn: "2025-06-02",
    unit: "南湖街道",
    description: "绿化带裸土",
    location: "南湖公园",
    status: "pending",
    ...over,
  });

const report = (file: string, at: string, f: Finding): IncomingReport => ({
  file,
  at,
  unit: "南湖街道",
  kind: "reply",
  batch: null,
  rows: [{ id: f.id, finding: { ...f, source: { ...f.source, file } }, key: fingerprint(f), match: matchKeys(f) }],
  problems: [],
  skippedRows: 0,
  fingerprint: `${file}-fp`,
});

describe("Consolidator", () => {
  // The office set 整改中 by hand over the source's 未整改.
  const edited = () => ({
    ...recordFromFinding(finding({}), { reportedBy: "南湖街道", updatedAt: "2025-06-05 17:00" }),
    status: "inProgress" as const,
  });

  test("a row whose only effect is a conflict counts as updated, and its 完成时间 waits with the conflict", () => {
    const c = new Consolidator([edited()]);
    const incoming = finding({ source: { file: "回复.xlsx", sheet: "交办单", row: 5 }, status: "rectified", rectifiedOn: "2025-06-08" });
    const summary = c.apply(report("回复.xlsx", "2025-06-09 10:00", incoming));
    expect(summary).toMatchObject({ updated: 1, unchanged: 0 });
    expect(c.conflicts.map((x) => x.field)).toEqual(["status"]);
    expect(c.records[0]).toMatchObject({ status: "inProgress", rectifiedOn: null, updatedAt: "2025-06-05 17:00" });
    expect(c.events.map((e) => [e.kind, e.field, e.to])).toEqual([
      ["conflict", "status", "rectified"],
      ["held", "rectifiedOn", "2025-06-08"],
    ]);
  });

  test("a row that only brings a conflict (整改情况 alone) is updated, not unchanged", () => {
    const c = new Consolidator([edited()]);
    expect(c.apply(report("回复.xlsx", "2025-06-09 10:00", finding({ status: "rectified" })))).toMatchObject({ updated: 1, unchanged: 0 });
    // In a later run, the same value again (the conflict already waits): nothing new.
    const later = new Consolidator(c.records);
    expect(later.apply(report("回复2.xlsx", "2025-06-09 11:00", finding({ status: "rectified" })))).toMatchObject({
      updated: 0,
      unchanged: 1,
    });
  });

  test("a report older than the pending conflict's does not replace it", () => {
    const c = new Consolidator([edited()]);
    c.apply(report("新.xlsx", "2025-06-09 10:00", finding({ status: "rectified" })));
    const older = c.apply(report("旧.xlsx", "2025-06-07 10:00", finding({ status: "relapsed" })));
    expect(older).toMatchObject({ updated: 0, unchanged: 1 });
    expect(c.records[0]!.state!.conflicts.status).toMatchObject({ incoming: "rectified", file: "新.xlsx" });
    expect(c.events.at(-1)).toMatchObject({ kind: "older", field: "status", to: "relapsed", file: "旧.xlsx" });
  });

  test("the office's own 最后更新 (a later 结构化) does not make a unit's report older: only reported values count", () => {
    const office = recordFromFinding(finding({ status: "inProgress" }), { reportedBy: null, updatedAt: "2025-06-12 09:00" });
    const c = new Consolidator([office]);
    expect(c.apply(report("回复.xlsx", "2025-06-09 10:00", finding({ status: "rectified" })))).toMatchObject({ updated: 1 });
    expect(c.records[0]).toMatchObject({ status: "rectified", updatedAt: "2025-06-09 10:00" });
  });

  test("an older 整改情况 takes its 完成时间 with it, even where no report had set the date", () => {
    const office = recordFromFinding(finding({}), { reportedBy: null, updatedAt: null });
    const c = new Consolidator([office]);
    c.apply(report("新.xlsx", "2025-06-09 10:00", finding({ status: "inProgress" })));
    const older = c.apply(report("旧.xlsx", "2025-06-05 10:00", finding({ status: "rectified", rectifiedOn: "2025-06-04" })));
    expect(older).toMatchObject({ updated: 0, unchanged: 1 });
    expect(c.records[0]).toMatchObject({ status: "inProgress", rectifiedOn: null });
    expect(c.events.slice(-2).map((e) => [e.kind, e.field])).toEqual([
      ["older", "status"],
      ["older", "rectifiedOn"],
    ]);
  });
});
