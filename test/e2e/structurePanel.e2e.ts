import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoLedgerXlsx } from "../helpers/demoLedger";

async function open(page: Page, bytes: Uint8Array, name = "某区创卫督查台账.xlsx"): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), "e2e-")), name);
  writeFileSync(file, bytes);
  await page.goto("taskpane.html");
  await page.getByLabel("选择台账文件").setInputFiles(file);
}

/** How many lines a text takes where it is drawn (one rect per line box). */
async function linesOf(page: Page, tableLabel: string, text: string): Promise<number> {
  return page.evaluate(
    ([label, wanted]) => {
      const table = document.querySelector(`[aria-label="${label}"]`)!;
      const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.textContent !== wanted) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }
      throw new Error(`${wanted} not found`);
    },
    [tableLabel, text] as const,
  );
}

for (const width of [320, 450]) {
  test(`at ${width} px the record preview keeps unit names and problems readable`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page, await demoLedgerXlsx());
    await page.getByRole("button", { name: "结构化为标准台账" }).click();
    const table = "记录预览-5月";
    await expect(page.getByLabel(table)).toBeVisible();
    for (const unit of ["区市场监督管理局", "南湖街道办事处", "区第二人民医院"])
      expect(await linesOf(page, table, unit)).toBeLessThanOrEqual(2);
    expect(await linesOf(page, table, "餐饮店后厨生熟不分")).toBeLessThanOrEqual(2);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("源表预览 shows dates as dates and keeps the flagged cell in view", async ({ page }) => {
  await page.setViewportSize({ width: 380, height: 900 });
  await open(page, await demoLedgerXlsx());
  await page.getByRole("tab", { name: "校验" }).click();
  await page.getByRole("button", { name: "校验台账" }).click();
  // 5月!I11: 已整改 without a completion date, in the last-but-one column.
  await page.getByRole("button", { name: "定位到5月!I11" }).click();
  const preview = page.getByTestId("source-preview");
  const row = preview.locator('tr[aria-selected="true"]');
  await expect(row).toHaveAttribute("data-row", "11");
  await expect(row.locator("td").nth(2)).toHaveText("2025-05-20");
  await expect(row.locator("td").nth(7)).toHaveText("2025-05-27");
  const cell = row.locator("td").nth(9);
  await expect(cell).toHaveAttribute("aria-current", "true");
  const [box, frame] = await Promise.all([cell.boundingBox(), preview.locator("..").boundingBox()]);
  expect(box!.x).toBeGreaterThanOrEqual(frame!.x - 1);
  expect(box!.x + box!.width).toBeLessThanOrEqual(frame!.x + frame!.width + 1);
});

test("a file without a ledger is told so, not congratulated on 0 records", async ({ page }) => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("通讯录");
  ws.addRow(["姓名", "科室", "手机"]);
  ws.addRow(["张三", "办公室", "13800000000"]);
  await open(page, new Uint8Array(await wb.xlsx.writeBuffer()), "通讯录.xlsx");
  await page.getByRole("button", { name: "结构化为标准台账" }).click();
  await expect(page.getByText(/没有找到问题台账/)).toBeVisible();
  await expect(page.getByText("已写入“标准台账”：0 条记录")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /下载结果工作簿/ })).toHaveCount(0);
});

test("the page names its icon, so browsers do not ask for a missing /favicon.ico", async ({ page }) => {
  const missing: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`);
  });
  await page.goto("taskpane.html");
  await expect(page.getByRole("heading", { name: "创卫台账助手" })).toBeVisible();
  await expect(page.locator('link[rel~="icon"]')).toHaveCount(1);
  // Headless Chromium never fetches a favicon itself: check the declared one is there.
  const href = await page.locator('link[rel~="icon"]').getAttribute("href");
  const icon = await page.request.get(new URL(href!, page.url()).toString());
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toBe("image/png");
  expect(missing).toEqual([]);
});

test("at 320 px no panel makes the pane scroll sideways", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await open(page, await demoLedgerXlsx());
  await page.getByRole("button", { name: "结构化为标准台账" }).click();
  await expect(page.getByText(/已写入“标准台账”/)).toBeVisible();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.getByRole("tab", { name: "校验" }).click();
  await page.getByRole("button", { name: "校验台账" }).click();
  await expect(page.getByLabel("问题统计")).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.getByRole("tab", { name: "通知书" }).click();
  await expect(page.getByLabel("单位列表").getByRole("checkbox").first()).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.getByRole("tab", { name: "月报" }).click();
  await expect(page.getByTestId("unit-chart").locator("svg")).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
});
