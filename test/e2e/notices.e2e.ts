import { expect, test } from "@playwright/test";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { messyLedgerXlsx } from "../helpers/messyLedger";

test("the 通知书 panel generates numbered notices, prints them and offers the .docx", async ({ page }) => {
  // Headless Chromium has no print dialog: count the calls instead, in every frame.
  await page.addInitScript(() => {
    window.print = () => {
      const top = window.top as unknown as { __printed?: number };
      top.__printed = (top.__printed ?? 0) + 1;
    };
  });
  const dir = mkdtempSync(join(tmpdir(), "e2e-"));
  writeFileSync(join(dir, "街道台账.xlsx"), await messyLedgerXlsx());
  await page.goto("taskpane.html");
  await page.getByLabel("选择台账文件").setInputFiles(join(dir, "街道台账.xlsx"));
  await page.getByRole("button", { name: "结构化为标准台账" }).click();
  await expect(page.getByText("已写入“标准台账”：5 条记录")).toBeVisible();
  await page.getByRole("tab", { name: "通知书" }).click();
  await expect(page.getByLabel("单位列表")).toContainText("区城市管理局");
  await expect(page.getByLabel("单位列表")).toContainText("2 个问题");
  await page.getByLabel("发文机关全称").fill("某区创建国家卫生城市工作领导小组办公室");
  await page.getByRole("button", { name: "保存到“设置”" }).click();
  await page.getByLabel("发文代字").fill("区创卫办");
  await page.getByLabel("成文日期").fill("2025-01-06");
  await page.getByRole("button", { name: /生成通知书（1 份）/ }).click();
  await expect(page.getByText("已生成 1 份：区创卫办〔2025〕1号")).toBeVisible();
  const preview = page.frameLocator('iframe[title="通知书预览"]');
  await expect(preview.locator(".docno")).toHaveText("区创卫办〔2025〕1号");
  await expect(preview.locator("h1")).toHaveText("创卫工作限期整改通知书");
  await page.screenshot({ path: resolve(__dirname, "../../test-results/taskpane-notices.png"), fullPage: true });

  await page.getByRole("button", { name: "打印", exact: true }).click();
  await expect(page.getByText("已打开打印对话框")).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printed?: number }).__printed ?? 0)).toBe(1);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载 .docx" }).click()]);
  expect(download.suggestedFilename()).toBe("区创卫办〔2025〕1号-区城市管理局.docx");
  const docx = join(dir, "n.docx");
  await download.saveAs(docx);
  expect(readFileSync(docx).subarray(0, 2).toString("latin1")).toBe("PK");

  // Generating again issues nothing new: the findings now carry their 文号.
  await expect(page.getByText(/未整改的问题都已发过通知书（\d+ 个问题）/)).toBeVisible();

  // Voiding keeps the number; the problems can then be issued under the next one.
  await page.getByLabel("通知书登记").getByRole("button", { name: "作废" }).click();
  await expect(page.getByLabel("通知书登记")).toContainText("区创卫办〔2025〕1号 · 区城市管理局 · 2 个问题 · 已作废");
  await page.getByRole("button", { name: /生成通知书（1 份）/ }).click();
  await expect(page.getByText("已生成 1 份：区创卫办〔2025〕2号")).toBeVisible();
});
