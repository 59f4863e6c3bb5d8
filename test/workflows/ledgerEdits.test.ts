import { FileHost } from "../../src/hosts/file/fileHost";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbookBytes";
import { readLedgerRows } from "../../src/core/output/readLedgerSheet";
import { runStructure } from "../../src/workflows/structureWorkflow";
import { runValidation } from "../../src/workflows/validateWorkflow";
import { messyLedgerXlsx } from "../helpers/messyLedger";
import { cellOf, editWorkbook } from "../helpers/editWorkbook";

const FILE = "街道台账.xlsx";

async function structured(bytes: Uint8Array): Promise<Uint8Array> {
  const host = new FileHost(bytes, FILE);
  await runStructure(host, { now: "2025-01-02 09:00" });
  return host.toXlsx();
}

function ledgerOf(bytes: Uint8Array) {
  return readLedgerRows(readWorkbookBytes(bytes, FILE).sheets.find((s) => s.name === "标准台账")!);
}

describe("标准台账 edits survive a rerun of structuring", () => {
  test("a corrected 问题描述 is kept, keyed by 编号", async () => {
    const first = await structured(await messyLedgerXlsx());
    const row = ledgerOf(first).find((r) => r.finding.description === "鼠迹明显")!;
    const edited = await editWorkbook(first, [{ sheet: "标准台账", row: row.row, column: "问题描述", value: "鼠迹明显，墙角有鼠洞" }]);
    const again = await structured(edited);
    const after = ledgerOf(again).find((r) => r.finding.id === row.finding.id)!;
    expect(after.finding.description).toBe("鼠迹明显，墙角有鼠洞");
    expect(ledgerOf(again)).toHaveLength(ledgerOf(first).length);
  });
});

describe("edits are marked, validated, and a later source change is a conflict", () => {
  let first: Uint8Array;
  beforeAll(async () => {
    first = await structured(await messyLedgerXlsx());
  });

  test("a rerun with no edits changes nothing and marks nothing", async () => {
    const host = new FileHost(first, FILE);
    const run = await runStructure(host, { now: "2025-01-03 09:00" });
    expect(run.events).toEqual([]);
    expect(run.merge).toMatchObject({ added: 0, updated: 0, removed: 0, conflicts: 0 });
    expect(host.plans().find((p) => p.name === "标准台账")!.marks).toEqual([]);
    expect(ledgerOf(await host.toXlsx()).every((r) => r.finding.updatedAt === "2025-01-02 09:00")).toBe(true);
  });

  test("the edit is shown (colour, 修改说明 with the source value), logged, and validation reads the edited value", async () => {
    const rows = ledgerOf(first);
    // Row 12 of the source says 2024.6.31, a date that does not exist: the clerk types the right one in 标准台账.
    const bad = rows.find((r) => r.finding.source.row === 12)!;
    expect(bad.finding.inspectedOn).toBeNull();
    const before = await runValidation(new FileHost(first, FILE), { asOf: "2025-01-05" });
    expect(before.problems.filter((p) => p.code === "date-impossible").map((p) => [p.sheet, p.row])).toEqual([["2024年12月", 12]]);

    const edited = await editWorkbook(first, [
      { sheet: "标准台账", row: bad.row, column: "检查日期", value: new Date(Date.UTC(2024, 11, 6)) },
    ]);
    const host = new FileHost(edited, FILE);
    const run = await runValidation(host, { asOf: "2025-01-05" });
    expect(run.problems.filter((p) => p.code === "date-impossible")).toEqual([]);
    // The row's other fields are still judged at their source cells.
    expect(run.problems.some((p) => p.code === "rectified-without-date" && p.row === 12)).toBe(true);

    const out = await host.toXlsx();
    const after = ledgerOf(out).find((r) => r.finding.id === bad.finding.id)!;
    expect(after.finding.inspectedOn).toBe("2024-12-06");
    expect((await cellOf(out, "标准台账", after.row, "修改说明")).text).toBe("检查日期已在本表修改（来源为“（空）”）");
    expect((await cellOf(out, "标准台账", after.row, "检查日期")).fill).toMatchObject({ fgColor: { argb: "FFE4DFEC" } });
    const history = readWorkbookBytes(out, FILE).sheets.find((s) => s.name === "更新记录")!;
    expect(history.values.slice(1).map((r) => r.slice(1, 6))).toEqual([[bad.finding.id, "办公室修改", "检查日期", "（空）", "2024-12-06"]]);
  });

  test("an edit that breaks a rule is flagged at its 标准台账 cell", async () => {
    const row = ledgerOf(first).find((r) => r.finding.description === "乱张贴")!;
    const edited = await editWorkbook(first, [{ sheet: "标准台账", row: row.row, column: "责任单位", value: null }]);
    const run = await runValidation(new FileHost(edited, FILE), { asOf: "2025-01-05" });
    expect(run.problems.find((p) => p.code === "missing-unit")).toMatchObject({ sheet: "标准台账", row: row.row, column: "C" });
  });

  test("the source changing a field the office edited: a conflict, nothing lost, then decided", async () => {
    const row = ledgerOf(first).find((r) => r.finding.description === "鼠迹明显")!;
    const officeEdit = await editWorkbook(first, [{ sheet: "标准台账", row: row.row, column: "问题描述", value: "鼠迹明显，墙角有鼠洞" }]);
    // Later someone corrects the same cell in the source sheet (row 7, column D).
    const sourceEdit = await editWorkbook(officeEdit, [{ sheet: "2024年12月", row: 7, column: "D", value: "鼠迹明显（农贸市场东侧）" }]);
    const host = new FileHost(sourceEdit, FILE);
    const run = await runStructure(host, { now: "2025-01-04 10:00" });
    const record = run.ledger.find((f) => f.id === row.finding.id)!;
    expect(record.description).toBe("鼠迹明显，墙角有鼠洞");
    expect(record.state!.conflicts.description).toMatchObject({ incoming: "鼠迹明显（农贸市场东侧）", file: FILE });
    expect(run.merge.conflicts).toBe(1);
    const out = await host.toXlsx();
    const written = ledgerOf(out).find((r) => r.finding.id === row.finding.id)!;
    expect((await cellOf(out, "标准台账", written.row, "修改说明")).text).toBe(
      `问题描述待确认：本表为“鼠迹明显，墙角有鼠洞”，${FILE}报为“鼠迹明显（农贸市场东侧）”`,
    );
    expect((await cellOf(out, "标准台账", written.row, "问题描述")).fill).toMatchObject({ fgColor: { argb: "FFF8CBAD" } });

    // Rerunning does not decide it silently either.
    const again = new FileHost(out, FILE);
    expect((await runStructure(again, { now: "2025-01-05 10:00" })).ledger.find((f) => f.id === row.finding.id)!.description).toBe(
      "鼠迹明显，墙角有鼠洞",
    );
    const { listConflicts, resolveConflicts } = await import("../../src/workflows/conflictsWorkflow");
    expect(await listConflicts(again)).toEqual([
      { id: row.finding.id, field: "description", office: "鼠迹明显，墙角有鼠洞", incoming: "鼠迹明显（农贸市场东侧）", file: FILE },
    ]);
    expect(await resolveConflicts(again, [{ id: row.finding.id, field: "description", choice: "take" }], "2025-01-05 11:00")).toEqual([]);
    const decided = await again.toXlsx();
    expect(ledgerOf(decided).find((r) => r.finding.id === row.finding.id)!.finding.description).toBe("鼠迹明显（农贸市场东侧）");
    const history = readWorkbookBytes(decided, FILE).sheets.find((s) => s.name === "更新记录")!;
    // Edited and changed at the source in the same interval: straight to a conflict.
    expect(history.values.slice(1).map((r) => [r[2], r[4], r[5]])).toEqual([
      ["冲突待确认", "鼠迹明显，墙角有鼠洞", "鼠迹明显（农贸市场东侧）"],
      ["采用报送值", "鼠迹明显，墙角有鼠洞", "鼠迹明显（农贸市场东侧）"],
    ]);
  });
});
