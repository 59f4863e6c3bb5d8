import type { LedgerEvent, ReportOrigin } from "../../../src/core/ledger/ledgerEvents";
import { decodeState, editedFields, encodeState, recordFromFinding, type LedgerRecord } from "../../../src/core/ledger/ledgerRecord";
import { mergeField, resolveConflict } from "../../../src/core/ledger/mergeField";
import { editNote } from "../../../src/core/ledger/editNotes";
import type { Finding } from "../../../src/core/model/finding";

const finding = (over: Partial<Finding> = {}): Finding => ({
  id: "CW-000000000001",
  source: { file: "台账.xlsx", sheet: "5月", row: 4 },
  inspectedOn: "2025-05-10",
  unit: "南湖街道",
  category: "市容环境卫生",
  description: "垃圾桶满溢",
  location: "解放路",
  measure: null,
  deadline: "2025-05-20",
  status: "pending",
  rectifiedOn: null,
  owner: null,
  phone: null,
  noticeNo: null,
  remark: null,
  ...over,
});
const origin = (file = "台账.xlsx"): ReportOrigin => ({ file, sheet: "5月", row: 4, unit: null, at: "2025-06-01 09:00" });
const fresh = (): LedgerRecord => recordFromFinding(finding(), { reportedBy: null, updatedAt: "2025-05-30 10:00" });

describe("one field of a 标准台账 record against a source", () => {
  test("untouched by the office: the source's new value is taken", () => {
    const r = fresh();
    const events: LedgerEvent[] = [];
    expect(mergeField(r, "status", "rectified", origin(), events)).toBe("updated");
    expect(r.status).toBe("rectified");
    expect(editedFields(r)).toEqual([]);
    expect(events).toMatchObject([{ kind: "updated", field: "status", from: "pending", to: "rectified" }]);
  });

  test("edited by the office, source unchanged: the edit stays, is marked, and the source value is remembered", () => {
    const r = fresh();
    r.description = "垃圾桶满溢，周边有积水";
    const events: LedgerEvent[] = [];
    expect(mergeField(r, "description", "垃圾桶满溢", origin(), events)).toBe("kept");
    expect(r.description).toBe("垃圾桶满溢，周边有积水");
    expect(editedFields(r)).toEqual(["description"]);
    expect(r.state!.source.description).toBe("垃圾桶满溢");
    expect(editNote(r)).toBe("问题描述已在本表修改（来源为“垃圾桶满溢”）");
    // Logged once, not on every rerun.
    expect(mergeField(r, "description", "垃圾桶满溢", origin(), events)).toBe("kept");
    expect(events.map((e) => e.kind)).toEqual(["officeEdit"]);
  });

  test("edited by the office and changed at the source: a conflict, both values kept until the user decides", () => {
    const r = fresh();
    r.status = "inProgress";
    const events: LedgerEvent[] = [];
    expect(mergeField(r, "status", "rectified", origin("回复_南湖街道.xlsx"), events)).toBe("conflict");
    expect(r.status).toBe("inProgress");
    expect(r.state!.conflicts.status).toEqual({ incoming: "rectified", file: "回复_南湖街道.xlsx", at: "2025-06-01 09:00" });
    expect(editNote(r)).toBe("整改情况待确认：本表为“整改中”，回复_南湖街道.xlsx报为“已整改”");
    // A rerun with the same report does not log it again, and still does not overwrite.
    expect(mergeField(r, "status", "rectified", origin("回复_南湖街道.xlsx"), events)).toBe("conflict");
    expect(events.map((e) => e.kind)).toEqual(["conflict"]);

    const keep = resolveConflict(r, "status", "keep", "2025-06-02 08:00");
    expect(keep).toMatchObject({ kind: "kept", from: "rectified", to: "inProgress" });
    expect(r.status).toBe("inProgress");
    expect(editedFields(r)).toEqual(["status"]);
    expect(r.state!.source.status).toBe("rectified");
    // The source saying the same again is no longer a conflict.
    expect(mergeField(r, "status", "rectified", origin(), events)).toBe("kept");
  });

  test("taking the reported value ends the edit", () => {
    const r = fresh();
    r.status = "inProgress";
    mergeField(r, "status", "rectified", origin(), []);
    expect(resolveConflict(r, "status", "take", "2025-06-02 08:00")).toMatchObject({ kind: "taken", from: "inProgress", to: "rectified" });
    expect(r.status).toBe("rectified");
    expect(editedFields(r)).toEqual([]);
    expect(mergeField(r, "status", "rectified", origin(), [])).toBe("unchanged");
  });

  test("a ledger written without a baseline cannot tell who changed what: a difference is a conflict, never an overwrite", () => {
    const r: LedgerRecord = { ...fresh(), state: null, status: "inProgress" };
    expect(mergeField(r, "status", "rectified", origin(), [])).toBe("conflict");
    expect(r.status).toBe("inProgress");
    expect(mergeField(r, "unit", "南湖街道", origin(), [])).toBe("unchanged");
  });

  test("the state survives its cell; a cell typed over is no state", () => {
    const r = fresh();
    r.status = "inProgress";
    mergeField(r, "status", "rectified", origin(), []);
    expect(decodeState(encodeState(r.state))).toEqual(r.state);
    expect(decodeState("随手写的")).toBeNull();
    expect(decodeState('{"b":1}')).toBeNull();
  });
});
