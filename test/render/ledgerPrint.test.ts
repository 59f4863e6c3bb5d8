/** 标准台账 on paper (LibreOffice prints the saved file as Excel would): readable, the finding's own columns. */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ledgerSheetPlan } from "../../src/core/output/ledgerSheetPlan";
import { FileHost } from "../../src/hosts/file/fileHost";
import { finding } from "../hosts/office/fixtures";

const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
const POPPLER = spawnSync("pdfinfo", ["-v"]).status === 0;
const DESCRIPTIONS = ["健康教育宣传栏内容过期，未及时更新", "门诊大厅有人吸烟，无人劝阻", "食堂操作间发现蟑螂活体", "毒鼠屋缺失、鼠迹明显"];

(SOFFICE && POPPLER ? test : test.skip)(
  "20 findings print on one A4 landscape page: 编号 … 联系电话, without the tracking columns",
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "ledger-print-"));
    const host = new FileHost(null, "标准台账.xlsx");
    await host.writeSheet(ledgerSheetPlan(Array.from({ length: 20 }, (_, i) => finding(i + 1, DESCRIPTIONS[i % 4]!))));
    const file = join(dir, "标准台账.xlsx");
    writeFileSync(file, await host.toXlsx());
    execFileSync(SOFFICE!, ["--headless", "--convert-to", "pdf", "--outdir", dir, file], { stdio: "ignore", timeout: 180_000 });
    const pdf = file.replace(/\.xlsx$/, ".pdf");
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(1);
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+/); // A4 landscape
    const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
    for (const header of ["编号", "问题描述", "整改情况", "责任人", "联系电话"]) expect(text).toContain(header);
    for (const header of ["通知书编号", "修改说明", "最后更新", "问题来源", "来源文件", "同步信息"]) expect(text).not.toContain(header);
    if (process.env.KEEP_RENDER) execFileSync("pdftoppm", ["-png", "-r", "60", pdf, process.env.KEEP_RENDER]);
  },
  200_000,
);
