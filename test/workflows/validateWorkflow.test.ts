import { parseSettings, settingsSheetPlan } from "../../src/core/settings/settings";
import { FileHost } from "../../src/hosts/file/fileHost";
import { runValidation } from "../../src/workflows/validateWorkflow";
import { messyLedgerXlsx } from "../helpers/messyLedger";

describe("validation settings live in 设置", () => {
  test("a first run adds every rule and option to 设置; turning a rule off and setting the date there take effect", async () => {
    const host = new FileHost(await messyLedgerXlsx(), "街道台账.xlsx");
    const first = await runValidation(host, { asOf: "2025-03-01" });
    expect(first.counts.byCode["date-impossible"]).toBe(1);
    expect(first.counts.byCode.overdue).toBeGreaterThan(0);
    const settings = parseSettings(await host.readSheet("设置"));
    expect(settings.other.map((o) => o.name)).toEqual(expect.arrayContaining(["超期截止日期", "超期未整改提醒", "权重", "一类"]));

    const edited = {
      ...settings,
      other: settings.other.map((o) =>
        o.name === "超期未整改提醒" ? { ...o, value: "关闭" } : o.name === "超期截止日期" ? { ...o, value: "2024-12-31" } : o,
      ),
    };
    await host.writeSheet(settingsSheetPlan(edited));
    const second = await runValidation(host);
    expect(second.asOf).toBe("2024-12-31");
    expect(second.counts.byCode.overdue).toBeUndefined();
    // What the user set is kept: the run adds nothing and changes nothing in 设置.
    expect(parseSettings(await host.readSheet("设置"))).toEqual(edited);
  });

  test("score weights and grade thresholds come from 设置", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("考评");
    ws.addRow(["序号", "责任单位", "环境卫生", "健康教育", "病媒防制"]);
    ws.addRow([1, "南湖街道", 80, 80, 100]);
    const s = wb.addWorksheet("设置");
    s.addRow(["分类", "工作表", "名称", "值", "说明"]);
    s.addRow(["考评", "", "权重", "1:1:2", ""]);
    s.addRow(["考评", "", "一类", "95", ""]);
    const host = new FileHost(new Uint8Array(await wb.xlsx.writeBuffer()), "考评.xlsx");
    const run = await runValidation(host, { asOf: "2025-01-01" });
    expect(run.scores[0]).toMatchObject({ total: 90, grade: "二类" });
    const summary = (await host.readSheet("考评汇总"))!;
    expect(summary.values[1]!.slice(0, 7)).toEqual([1, "南湖街道", 80, 80, 100, 90, "二类"]);
  });
});
