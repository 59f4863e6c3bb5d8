import { FileHost } from "../../src/hosts/file/fileHost";
import { runStructure, saveMappingCorrections, structureAndPlan, type Structurer } from "../../src/workflows/structureWorkflow";
import { parseSettings } from "../../src/core/settings/settings";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbookBytes";
import { messyLedgerXlsx } from "../helpers/messyLedger";

describe("structure workflow on the file host", () => {
  test("a mapping correction is saved in 设置, used by the next run, and survives in the written workbook", async () => {
    const host = new FileHost(await messyLedgerXlsx(), "街道台账.xlsx");
    const first = await runStructure(host);
    expect(first.result.tables[0]!.mapping[8]).toMatchObject({ label: "备注", field: "remark" });
    await saveMappingCorrections(host, [{ sheet: "2024年12月", label: "备注", field: "ignore" }]);
    const second = await runStructure(host);
    expect(second.result.tables[0]!.mapping[8]).toMatchObject({ field: null, source: "user" });
    expect(second.ledger.every((f) => f.remark === null)).toBe(true);

    const out = readWorkbookBytes(await host.toXlsx(), "结果.xlsx");
    // Turning 备注 off emptied that column: the change is logged in 更新记录.
    expect(out.sheets.map((s) => s.name)).toEqual(["2024年12月", "统计", "标准台账", "设置", "更新记录"]);
    expect(parseSettings(out.sheets.find((s) => s.name === "设置")!).mappings).toEqual([
      { sheet: "2024年12月", label: "备注", field: "ignore" },
    ]);
  });

  test("a rerun keeps the 通知书编号 the workbook added to a finding, matched by 编号", async () => {
    const host = new FileHost(await messyLedgerXlsx(), "街道台账.xlsx");
    const first = await runStructure(host);
    const target = first.ledger[1]!;
    // Someone fills in a notice number in 标准台账 (as the notices workflow will).
    const ledgerPlan = host.plans().find((p) => p.name === "标准台账")!;
    const noticeCol = ledgerPlan.columns.findIndex((c) => c.header === "通知书编号");
    ledgerPlan.rows[1]![noticeCol] = "南创卫〔2024〕3号";
    const second = await runStructure(host);
    expect(second.ledger.find((f) => f.id === target.id)!.noticeNo).toBe("南创卫〔2024〕3号");
    expect(second.ledger).toHaveLength(first.ledger.length);
  });
});

describe("structure workflow with the pure part elsewhere (the page's worker)", () => {
  const elsewhere: Structurer = (workbook, registry, now, { write }) => structureAndPlan(workbook, registry, now, write);

  test("writes the same 标准台账 and 更新记录 as a run on the host", async () => {
    const bytes = await messyLedgerXlsx();
    const here = new FileHost(bytes, "街道台账.xlsx");
    const there = new FileHost(bytes, "街道台账.xlsx");
    const now = "2025-01-02 09:00";
    for (let i = 0; i < 2; i++) {
      await runStructure(here, { now });
      await runStructure(there, { now, structure: elsewhere });
    }
    expect(there.plans()).toEqual(here.plans());
    expect(there.plans().map((p) => p.name)).toContain("标准台账");
  });

  test("a cancelled run writes nothing", async () => {
    const host = new FileHost(await messyLedgerXlsx(), "街道台账.xlsx");
    const controller = new AbortController();
    const structure: Structurer = async (...args) => {
      const planned = await elsewhere(...args);
      controller.abort();
      return planned;
    };
    await expect(runStructure(host, { structure, signal: controller.signal })).rejects.toThrow();
    expect(host.plans()).toEqual([]);
  });
});
