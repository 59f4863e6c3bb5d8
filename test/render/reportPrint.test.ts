/** The 月报 printed from the browser (Chromium's print to PDF), from the demo ledger the screenshots use. */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { reportHtml } from "../../src/core/report/reportHtml";
import { reportText } from "../../src/core/report/reportText";
import { FileHost } from "../../src/hosts/file/fileHost";
import { ledgerOf, runReport } from "../../src/workflows/reportWorkflow";
import { demoLedgerXlsx } from "../helpers/demoLedger";

const CHROMIUM = process.env.CHROMIUM_PATH || ["/usr/lib/chromium/chromium", "/usr/bin/chromium"].find((p) => existsSync(p));
const POPPLER = spawnSync("pdfinfo", ["-v"]).status === 0;

(CHROMIUM && POPPLER ? test : test.skip)(
  "a short section's heading prints with its whole table (六、超期未整改问题 is not split at a page's foot)",
  async () => {
    const host = new FileHost(await demoLedgerXlsx(), "某区创卫督查台账.xlsx");
    const { report } = await runReport(await ledgerOf(host), "2025-05", { asOf: "2025-06-05" });
    expect(report.overdueList.length).toBeGreaterThan(2);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
    const pdf = join(mkdtempSync(join(tmpdir(), "report-print-")), "月报.pdf");
    try {
      const page = await browser.newPage();
      await page.setContent(reportHtml(report, reportText(report)));
      await page.pdf({ path: pdf, preferCSSPageSize: true });
    } finally {
      await browser.close();
    }
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
    const texts = Array.from({ length: pages }, (_, i) =>
      execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, ""),
    );
    const at = texts.findIndex((t) => t.includes("六、超期未整改问题"));
    expect(at).toBeGreaterThanOrEqual(0);
    const section = texts[at]!.slice(texts[at]!.indexOf("六、超期未整改问题"));
    for (const o of report.overdueList) expect(section).toContain(o.description!.replace(/\s+/g, ""));
  },
  60_000,
);
