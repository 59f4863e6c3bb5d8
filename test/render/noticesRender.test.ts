import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Finding } from "../../src/core/model/finding";
import { buildNotices } from "../../src/core/notices/buildNotices";
import { noticeSheetPlan } from "../../src/core/notices/noticeSheetPlan";
import { NoticeSettingsSchema } from "../../src/core/notices/noticeSettings";
import { noticesDocx } from "../../src/hosts/file/writeNoticesDocx";
import { writeWorkbookXlsx } from "../../src/hosts/file/writeWorkbookXlsx";
import { ZLIB_CODEC } from "../../src/cli/inputFile";

const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
const haveTools = Boolean(SOFFICE) && spawnSync("pdfinfo", ["-v"]).status === 0;

const f = (i: number, unit: string): Finding => ({
  id: `CW-${i}`,
  source: { file: "a", sheet: "s", row: i + 2 },
  inspectedOn: "2025-05-03",
  unit,
  category: null,
  description: ["果皮箱满溢未及时清理", "公厕洗手液缺失、保洁记录未填写", "室内公共场所有人吸烟", "毒鼠屋缺失"][i % 4]!,
  location: "解放路与人民路交叉口",
  measure: "限期整改，举一反三",
  deadline: i % 3 ? "2025-06-10" : "immediate",
  status: "pending",
  rectifiedOn: null,
  owner: null,
  phone: null,
  noticeNo: null,
  remark: null,
});
const notices = buildNotices(
  [...Array.from({ length: 3 }, (_, i) => f(i, "区城市管理局")), ...Array.from({ length: 24 }, (_, i) => f(10 + i, "南湖街道"))],
  NoticeSettingsSchema.parse({ issuer: "某区创卫办", prefix: "区创卫办", contact: "王明", phone: "0731-85551234" }),
  [],
  "2025-06-03",
);

function toPdf(file: string, dir: string): { pages: number; text: (page: number) => string } {
  execFileSync(SOFFICE!, ["--headless", "--convert-to", "pdf", "--outdir", dir, file], { stdio: "ignore", timeout: 120_000 });
  const pdf = file.replace(/\.[^.]+$/, ".pdf");
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
  return { pages, text: (p) => execFileSync("pdftotext", ["-f", String(p), "-l", String(p), "-layout", pdf, "-"], { encoding: "utf8" }) };
}

(haveTools ? describe : describe.skip)("notices rendered by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "render-"));

  test("the 通知书 sheet prints on the pages its plan lays out, each notice starting a page", async () => {
    const plan = noticeSheetPlan(notices);
    const file = join(dir, "通知书.xlsx");
    writeFileSync(file, await writeWorkbookXlsx([], undefined, [plan], { codec: ZLIB_CODEC }));
    const pdf = toPdf(file, dir);
    expect(pdf.pages).toBe(plan.rows.filter((r) => r.breakBefore).length + 1);
    // A page that starts with the cut line holds a 回执 (which repeats the 文号), not the start of a notice.
    const starts = Array.from({ length: pdf.pages }, (_, i) => pdf.text(i + 1))
      .map((t) => t.split("\n").slice(0, 4).join("").replace(/\s+/g, ""))
      .filter((head) => /区创卫办〔2025〕\d号/.test(head) && !head.includes("沿此线剪下"));
    expect(starts).toHaveLength(notices.length);
  }, 180_000);

  test("the .docx has every notice on its own pages, with its 文号 and 回执", async () => {
    const file = join(dir, "通知书.docx");
    writeFileSync(file, await noticesDocx(notices));
    const pdf = toPdf(file, dir);
    expect(pdf.pages).toBeGreaterThanOrEqual(notices.length);
    // pdftotext spaces Arabic digits apart from CJK glyphs: compare without white space.
    const all = Array.from({ length: pdf.pages }, (_, i) => pdf.text(i + 1))
      .join("")
      .replace(/\s+/g, "");
    for (const n of notices) expect(all).toContain(n.docNo);
    expect(all.match(/整改回执/g)).toHaveLength(notices.length);
  }, 180_000);
});

(haveTools ? describe : describe.skip)("the 月报 rendered by LibreOffice", () => {
  test("prints on A4 with both native charts on the page of section 五", async () => {
    const { FileHost } = await import("../../src/hosts/file/fileHost");
    const { runReport } = await import("../../src/workflows/reportWorkflow");
    const dir = mkdtempSync(join(tmpdir(), "render-"));
    const host = new FileHost(null, "月报.xlsx");
    const findings = notices
      .flatMap((n) => n.items)
      .map((i, k) => ({
        ...f(k, k % 2 ? "区城市管理局" : "南湖街道"),
        status: (k % 3 ? "rectified" : "pending") as Finding["status"],
        rectifiedOn: "2025-05-20",
      }));
    await runReport(findings, "2025-05", { target: host });
    const file = join(dir, "月报.xlsx");
    writeFileSync(file, await host.toXlsx());
    const pdf = toPdf(file, dir);
    const pages = Array.from({ length: pdf.pages }, (_, i) => pdf.text(i + 1).replace(/\s+/g, ""));
    const charts = pages.find((p) => p.includes("五、图表"));
    expect(charts).toBeDefined();
    expect(charts).toContain("各单位发现与整改情况");
    expect(charts).toContain("逐月发现与整改趋势");
  }, 180_000);
});

test("rendering notices with LibreOffice", () => {
  if (!haveTools) process.stderr.write("\n*** SKIPPED rendering notices: LibreOffice (soffice) or poppler-utils not installed ***\n\n");
  expect(true).toBe(true);
});
