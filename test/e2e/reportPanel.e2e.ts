import { expect, test, type Page } from "@playwright/test";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { demoLedgerXlsx } from "../helpers/demoLedger";
import { monthSheetsXlsx } from "../helpers/monthSheets";

const UNITS = [
  "区第二人民医院",
  "区城市管理局",
  "南湖街道办事处",
  "北山街道",
  "区市场监督管理局",
  "滨江社区居委会",
  "区教育局",
  "人民路农贸市场",
];

async function openReport(page: Page, bytes: Uint8Array): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), "e2e-")), "台账.xlsx");
  writeFileSync(file, bytes);
  await page.goto("taskpane.html");
  await page.getByLabel("选择台账文件").setInputFiles(file);
  await page.getByRole("tab", { name: "月报" }).click();
  await expect(page.getByLabel("本月数字")).toBeVisible();
}

test.use({ viewport: { width: 380, height: 900 } });

test("the 月报 opens on the latest month with findings and lists the months that have data", async ({ page }) => {
  await openReport(page, await monthSheetsXlsx());
  const month = page.getByRole("combobox", { name: "月份" });
  await expect(month).toHaveValue("2025-05");
  await expect(month.locator("option")).toHaveText(["2025年5月（4个问题）", "2025年4月（3个问题）"]);
  await expect(page.getByLabel("本月数字")).toContainText("4发现");
  await month.selectOption("2025-04");
  await expect(page.getByLabel("报告文字")).toHaveValue(/^4月份共发现各类问题3个/);
});

test("at 380 px the unit chart labels every unit and speaks Chinese", async ({ page }) => {
  await openReport(page, await demoLedgerXlsx());
  const svg = page.getByTestId("unit-chart").locator("svg");
  const label = (await svg.getAttribute("aria-label")) ?? "";
  expect(label).toMatch(/^各单位发现与整改情况/);
  expect(label).not.toMatch(/[A-Za-z]/);
  const drawn = (await svg.locator("text").allTextContents()).join("");
  for (const u of UNITS) expect(drawn).toContain(u);
  const box = await svg.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(380);
  await page.getByTestId("unit-chart").screenshot({ path: resolve(__dirname, "../../test-results/report-unit-chart-380.png") });
});

test("存为图片 gives a clean PNG: title and legend drawn, no black boxes", async ({ page }) => {
  await openReport(page, await demoLedgerXlsx());
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("unit-chart").getByRole("button", { name: "存为图片" }).click(),
  ]);
  const png = readFileSync(await download.path());
  const stats = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let black = 0;
    let ink = 0;
    let orange = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i]! < 20 && d[i + 1]! < 20 && d[i + 2]! < 20) black++;
      if (d[i]! < 200 || d[i + 1]! < 200 || d[i + 2]! < 200) ink++;
      if (d[i]! > 220 && d[i + 1]! > 100 && d[i + 1]! < 150 && d[i + 2]! < 80) orange++;
    }
    // The title's row: ink in the top 40 px (at scale 2) where the old PNG had nothing.
    const top = ctx.getImageData(0, 0, c.width, 40 * 2).data;
    let titleInk = 0;
    for (let i = 0; i < top.length; i += 4) if (top[i]! < 120) titleInk++;
    const pixels = d.length / 4;
    return { width: img.width, black: black / pixels, ink: ink / pixels, orange, titleInk };
  }, png.toString("base64"));
  expect(stats.width).toBeGreaterThanOrEqual(1200);
  expect(stats.black).toBeLessThan(0.002);
  expect(stats.ink).toBeGreaterThan(0.03);
  expect(stats.orange).toBeGreaterThan(200); // the 整改率 line and its legend
  expect(stats.titleInk).toBeGreaterThan(200);
});

test("the printed 月报 carries both charts as plain SVG, never HTML inside an SVG", async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      (window.top as unknown as { __printed?: string }).__printed = document.documentElement.outerHTML;
    };
  });
  await openReport(page, await demoLedgerXlsx());
  await page.getByRole("button", { name: "打印", exact: true }).click();
  await expect.poll(() => page.evaluate(() => Boolean((window as unknown as { __printed?: string }).__printed))).toBe(true);
  const html = await page.evaluate(() => (window as unknown as { __printed: string }).__printed);
  const printed = await page.context().newPage();
  await printed.setContent(html);
  const charts = printed.locator(".chart svg");
  await expect(charts).toHaveCount(2);
  const foreign = await printed.evaluate(() =>
    [...document.querySelectorAll(".chart svg *")].filter((e) => e.namespaceURI !== "http://www.w3.org/2000/svg").map((e) => e.tagName),
  );
  expect(foreign).toEqual([]);
  await expect(charts.first().locator("text").first()).toHaveText("各单位发现与整改情况");
  await expect(charts.nth(1).locator("text").first()).toHaveText("逐月发现与整改趋势");
});
