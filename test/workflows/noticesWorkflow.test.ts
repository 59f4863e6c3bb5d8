import { FileHost } from "../../src/hosts/file/fileHost";
import { parseRegister } from "../../src/core/notices/noticeRegister";
import { NoticeSettingsSchema } from "../../src/core/notices/noticeSettings";
import { readLedgerSheet } from "../../src/core/output/readLedgerSheet";
import { runNotices, voidIssuedNotice } from "../../src/workflows/noticesWorkflow";
import { messyLedgerXlsx } from "../helpers/messyLedger";

describe("notices on the file host", () => {
  test("issue once per unit, write 文号 back, never issue twice, survive a save and reopen, void keeps numbers", async () => {
    const host = new FileHost(await messyLedgerXlsx(), "街道台账.xlsx");
    const first = await runNotices(host, { issuedOn: "2025-01-02" });
    // The open findings are rows 7 (×) and 8 (整改中), both of 区城市管理局 (merged down the unit column).
    expect(first.notices.map((n) => [n.docNo, n.recipient, n.items.length])).toEqual([["创卫办〔2025〕1号", "区城市管理局", 2]]);
    expect(first.candidates.excluded.map((e) => [e.finding.source.row, e.reason])).toEqual([]);
    const ledger = readLedgerSheet((await host.readSheet("标准台账"))!);
    expect(ledger.filter((f) => f.noticeNo).map((f) => [f.source.row, f.noticeNo])).toEqual([
      [7, "创卫办〔2025〕1号"],
      [8, "创卫办〔2025〕1号"],
    ]);
    expect(first.warnings[0]).toContain("发文机关");

    const again = await runNotices(host, { issuedOn: "2025-01-03" });
    expect(again.notices).toEqual([]);
    expect(again.candidates.alreadyIssued).toHaveLength(2);

    // Save, reopen the saved workbook, and go on numbering from the register.
    const reopened = new FileHost(await host.toXlsx(), "街道台账-通知书.xlsx");
    expect(parseRegister(await reopened.readSheet("通知书登记")).map((e) => e.docNo)).toEqual(["创卫办〔2025〕1号"]);
    await voidIssuedNotice(reopened, "创卫办〔2025〕1号");
    const reissued = await runNotices(reopened, { issuedOn: "2025-01-05" });
    expect(reissued.notices.map((n) => n.docNo)).toEqual(["创卫办〔2025〕2号"]);
    const register = parseRegister(await reopened.readSheet("通知书登记"));
    expect(register.map((e) => [e.docNo, e.status])).toEqual([
      ["创卫办〔2025〕1号", "作废"],
      ["创卫办〔2025〕2号", "有效"],
    ]);
  });

  test("a preview numbers nothing, registers nothing and writes nothing", async () => {
    const host = new FileHost(await messyLedgerXlsx(), "街道台账.xlsx");
    const preview = await runNotices(host, { issuedOn: "2025-01-02", write: false });
    expect(preview.notices).toHaveLength(1);
    expect(preview.register).toEqual([]);
    expect(preview.html).not.toMatch(/〔2025〕\d+号/);
    expect(preview.html).toContain("预览 · 未编号");
    expect(host.plans()).toEqual([]);
  });

  test("with requireSettings, a missing 发文机关 stops the run before any number is taken", async () => {
    const host = new FileHost(await messyLedgerXlsx(), "街道台账.xlsx");
    await expect(runNotices(host, { issuedOn: "2025-01-02", requireSettings: true })).rejects.toThrow("请先在“设置”中填写发文机关");
    expect(host.plans()).toEqual([]);
    const ns = NoticeSettingsSchema.parse({ issuer: "某区创卫办" });
    const run = await runNotices(host, { issuedOn: "2025-01-02", requireSettings: true, settings: ns });
    expect(run.notices.map((n) => n.docNo)).toEqual(["创卫办〔2025〕1号"]);
    expect(run.warnings.join("")).not.toContain("发文机关");
  });
});
