/**
 * npm run screenshots: every panel of the standalone page at 380 px and 1280 px, and every printed
 * artefact (通知书 sheet through LibreOffice, the .docx, the browser print of notices and of the 月报,
 * the 月报 sheet, the chart PNG), as PNGs under docs/screenshots, with an index page to see them all.
 * Needs Debian's chromium, LibreOffice (soffice) and poppler-utils; says loudly what it could not make.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { demoLedgerXlsx } from "../test/helpers/demoLedger";
import { capturePrints, printedPages, renderPdf, SHOT_CLOCK, type Shot } from "./screenshotTools";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveStatic } = require("./serveStatic.cjs") as { serveStatic: (dir: string) => Promise<import("node:http").Server> };

const ROOT = resolve(__dirname, "..");
const OUT = join(ROOT, "docs/screenshots");
const WIDTHS = [380, 1280] as const;
const CHROMIUM = process.env.CHROMIUM_PATH || ["/usr/lib/chromium/chromium", "/usr/bin/chromium"].find((p) => existsSync(p));
const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));

const shots: Shot[] = [];
const missing: string[] = [];

async function pane(browser: Browser, base: string, width: number, ledger: string, work: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: "zh-CN", acceptDownloads: true });
  await page.clock.setFixedTime(SHOT_CLOCK);
  await capturePrints(page);
  const shot = async (name: string, title: string) => {
    // Pictures of a settled pane: no spinner, nothing half-drawn.
    await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'));
    await page.waitForTimeout(300);
    const file = `pane-${width}-${name}.png`;
    await page.screenshot({ path: join(OUT, file), fullPage: true });
    shots.push({ file, title: `${title}（${width} px）`, group: `任务窗格 ${width} px` });
  };
  await page.goto(`${base}taskpane.html`);
  await page.getByLabel("选择台账文件").setInputFiles(ledger);
  await page.getByRole("button", { name: "结构化为标准台账" }).click();
  await page.getByText(/已写入“标准台账”/).waitFor();
  await page
    .getByRole("button", { name: /转到源表第\d+行/ })
    .nth(2)
    .click();
  await page.getByTestId("source-preview").waitFor();
  await shot("structure", "结构化");

  await page.getByRole("tab", { name: "校验" }).click();
  await page.getByRole("button", { name: "校验台账" }).click();
  await page.getByLabel("问题统计").waitFor();
  await shot("validate", "校验");

  await page.getByRole("tab", { name: "通知书" }).click();
  await page.getByLabel("单位列表").getByRole("checkbox").first().waitFor();
  await shot("notices-first-use", "通知书：首次打开，先问发文机关");
  await page.getByLabel("发文机关全称").fill("某区创建国家卫生城市工作领导小组办公室");
  await page.getByRole("button", { name: "保存到“设置”" }).click();
  await page.getByRole("region", { name: "首次使用：发文机关" }).waitFor({ state: "detached" });
  await page.getByLabel("发文代字").fill("区创卫办");
  await page.getByLabel("联系人").fill("王明");
  await page.getByLabel("联系电话").fill("0731-85551234");
  await page.getByRole("button", { name: /生成通知书/ }).click();
  await page.getByText(/已生成 \d+ 份/).waitFor();
  await shot("notices", "通知书：已生成");
  if (width === 1280) {
    await page.getByRole("button", { name: "打印", exact: true }).click();
    await page.getByText("已打开打印对话框").waitFor();
    const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载 .docx" }).click()]);
    await docx.saveAs(join(work, "通知书.docx"));
  }

  await page.getByRole("tab", { name: "月报" }).click();
  await page.getByLabel("本月数字").waitFor();
  await shot("report", "月报");
  if (width === 1280) {
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("unit-chart").getByRole("button", { name: "存为图片" }).click(),
    ]);
    await png.saveAs(join(OUT, "chart-unit.png"));
    shots.push({ file: "chart-unit.png", title: "月报“存为图片”：各单位发现与整改情况", group: "打印与导出" });
    await page.getByRole("button", { name: "打印", exact: true }).click();
    await page.getByText("已打开打印对话框").waitFor();
    await page.getByRole("button", { name: "写入工作簿" }).click();
    await page.getByText(/已写入工作表“月报-/).waitFor();
    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /下载结果工作簿/ }).click()]);
    await xlsx.saveAs(join(work, "结果.xlsx"));
    const prints = await printedPages(page);
    await renderPdf(browser, prints[0]!, join(work, "notices-print.pdf"));
    await renderPdf(browser, prints[1]!, join(work, "report-print.pdf"));
  }

  await page.getByRole("tab", { name: "汇总" }).click();
  await page.getByRole("button", { name: "生成交办单" }).click();
  await page.getByText(/已生成 \d+ 份交办单/).waitFor();
  await shot("consolidate", "交办与汇总：交办单已生成");
  if (width === 1280) {
    const [form] = await Promise.all([
      page.waitForEvent("download"),
      page
        .getByRole("button", { name: /^下载 交办单-/ })
        .first()
        .click(),
    ]);
    await form.saveAs(join(work, "交办单.xlsx"));
  }
  await page.close();
}

/** Pages of a PDF as PNGs in docs/screenshots, keeping those whose text matches (all when no filter). */
function pdfPages(pdf: string, name: string, title: string, keep: (text: string) => boolean = () => true, max = 4): void {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
  let n = 0;
  for (let p = 1; p <= pages && n < max; p++) {
    const text = execFileSync("pdftotext", ["-f", String(p), "-l", String(p), pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
    if (!keep(text)) continue;
    n++;
    const base = join(OUT, `${name}-p${n}`);
    execFileSync("pdftoppm", ["-png", "-r", "80", "-f", String(p), "-l", String(p), "-singlefile", pdf, base]);
    shots.push({ file: `${name}-p${n}.png`, title: `${title} 第${n}页`, group: "打印与导出" });
  }
}

/**
 * Where the official faces are missing (Linux), LibreOffice would fall back to a sans face for 仿宋 and 小标宋;
 * Chromium's font lists already name Noto Serif CJK after them. The same substitution for LibreOffice keeps
 * the pictures close to what Word and Excel show on an office PC.
 */
function fontConfig(dir: string): string {
  const alias = (families: string[], to: string) =>
    families.map((f) => `<alias binding="same"><family>${f}</family><prefer><family>${to}</family></prefer></alias>`).join("");
  const file = join(dir, "fonts.conf");
  writeFileSync(
    file,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>${alias(
      ["仿宋_GB2312", "仿宋", "FangSong", "方正小标宋简体", "宋体", "SimSun"],
      "Noto Serif CJK SC",
    )}${alias(["黑体", "SimHei", "等线", "微软雅黑"], "Noto Sans CJK SC")}</fontconfig>`,
  );
  return file;
}

function soffice(file: string, dir: string): string {
  execFileSync(SOFFICE!, ["--headless", "--convert-to", "pdf", "--outdir", dir, file], {
    stdio: "ignore",
    timeout: 180_000,
    env: { ...process.env, FONTCONFIG_FILE: fontConfig(dir) },
  });
  return file.replace(/\.[^.]+$/, ".pdf");
}

function indexPage(): void {
  const groups = [...new Set(shots.map((s) => s.group))];
  const md = [
    "# 截图与打印效果（由 `npm run screenshots` 生成）",
    "",
    "示例数据：`test/helpers/demoLedger.ts`（某区 2025 年 4—5 月的督查台账）；日期固定为 2025-06-05。",
    "Linux 上没有仿宋_GB2312、方正小标宋：浏览器和 LibreOffice 都以 Noto Serif CJK 代替，在装有这些字体的电脑上以原字体显示。",
    "日期框的文字由浏览器按自己的界面语言显示：这里的无界面 Chromium 总按英文格式显示（mm/dd/yyyy、June 2025，装了 chromium-l10n 也一样）；",
    "中文系统的浏览器和 Excel 中显示为 2025/06/05、2025年06月。",
    "",
    "看哪里（issue 11）：单位列表一行一个 → `pane-*-notices-first-use`；首次使用先问发文机关、预览不编号 → 同上；",
    "剪切线和回执不分开、一页一份 → `notices-print-*`、`notices-docx-*`；月报图表（打印、PNG）→ `report-print-p2`、`chart-unit`；",
    "月报默认月份和月份列表、窄窗格中每个单位都有标签 → `pane-380-report`；记录预览、源表预览的日期 → `pane-380-structure`、`pane-380-validate`；",
    "“通知书”工作表一份一页（连同回执）→ `notices-sheet-*`；“标准台账”打印（问题本身的列，横向约 65 %）→ `ledger-sheet-p1`。",
    "",
    ...groups.flatMap((g) => [
      `## ${g}`,
      "",
      ...shots.filter((s) => s.group === g).flatMap((s) => [`**${s.title}**`, "", `![${s.title}](${s.file})`, ""]),
    ]),
    ...(missing.length ? ["## 未生成", "", ...missing.map((m) => `- ${m}`), ""] : []),
  ].join("\n");
  writeFileSync(join(OUT, "README.md"), md);
}

async function main(): Promise<void> {
  if (!CHROMIUM) throw new Error("找不到 Chromium（sudo apt-get install chromium fonts-noto-cjk，或设置 CHROMIUM_PATH）");
  if (!process.argv.includes("--no-build")) {
    const build = spawnSync(join(ROOT, "node_modules/.bin/webpack"), ["--mode", "production"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (build.status !== 0) throw new Error("webpack 构建失败");
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), "screenshots-"));
  const ledger = join(work, "某区创卫督查台账.xlsx");
  writeFileSync(ledger, await demoLedgerXlsx());
  const server = await serveStatic(join(ROOT, "dist"));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  // --lang: Chromium draws date inputs and other built-in controls in the UI language, not the page's
  // (年/月/日 rather than mm/dd/yyyy); the pages' locale also sends Accept-Language: zh-CN.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--lang=zh-CN"],
  });
  try {
    for (const w of WIDTHS) await pane(browser, base, w, ledger, work);
  } finally {
    await browser.close();
    server.close();
  }
  pdfPages(join(work, "notices-print.pdf"), "notices-print", "通知书（浏览器打印）");
  pdfPages(join(work, "report-print.pdf"), "report-print", "月报（浏览器打印）");
  if (SOFFICE) {
    pdfPages(soffice(join(work, "通知书.docx"), work), "notices-docx", "通知书 .docx（LibreOffice 打开）");
    const sheets = soffice(join(work, "结果.xlsx"), work);
    pdfPages(
      sheets,
      "notices-sheet",
      "“通知书”工作表（LibreOffice 打印）",
      // A notice's first page (its title) or the page its 回执 went over to; not 设置, which names the title too.
      (t) => ((t.includes("限期整改通知书") && !/发文代字|规则代码/.test(t)) || t.includes("沿此线剪下")) && !t.includes("规则代码"),
    );
    // 标准台账 as it prints (its print area: the finding's columns, landscape): the page with its 编号 CW-….
    pdfPages(
      sheets,
      "ledger-sheet",
      "“标准台账”（LibreOffice 打印）",
      (t) => /CW-/.test(t) && t.includes("整改情况") && !/规则|通知书登记|文号/.test(t),
      1,
    );
    pdfPages(sheets, "report-sheet", "“月报”工作表（LibreOffice 打印）", (t) => /月报|五、图表|六、超期未整改问题/.test(t));
    pdfPages(soffice(join(work, "交办单.xlsx"), work), "distribute-form", "交办单（LibreOffice 打印）", () => true, 1);
  } else missing.push("LibreOffice（soffice）未安装：没有生成 .docx 和工作表的打印效果");
  indexPage();
  for (const f of readdirSync(OUT)) if (f.endsWith(".png") && !shots.some((s) => s.file === f)) rmSync(join(OUT, f));
  console.log(`docs/screenshots：${shots.length} 张图${missing.length ? `；未生成：${missing.join("；")}` : ""}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
