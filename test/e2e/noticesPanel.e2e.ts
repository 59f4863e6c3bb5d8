import { expect, test, type Page } from "@playwright/test";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbookBytes";
import { demoLedgerXlsx } from "../helpers/demoLedger";

const ISSUER = "某区创建国家卫生城市工作领导小组办公室";

async function openNotices(page: Page, file?: string): Promise<void> {
  if (!file) {
    file = join(mkdtempSync(join(tmpdir(), "e2e-")), "某区创卫督查台账.xlsx");
    writeFileSync(file, await demoLedgerXlsx());
  }
  await page.goto("taskpane.html");
  await page.getByLabel("选择台账文件").setInputFiles(file);
  await page.getByRole("tab", { name: "通知书" }).click();
  await expect(page.getByLabel("单位列表").getByRole("checkbox")).toHaveCount(8);
}

test.use({ viewport: { width: 380, height: 900 } });

test("each unit of the 通知书 list is one line: checkbox, name, its own count", async ({ page }) => {
  await openNotices(page);
  const list = page.getByLabel("单位列表");
  const badges = await list
    .getByText(/^\d+ 个问题$/)
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top + e.clientHeight / 2));
  const boxes = await list.getByRole("checkbox").evaluateAll((els) =>
    els.map((e) => {
      const label = document.querySelector(`label[for="${e.id}"]`)!.getBoundingClientRect();
      return { left: label.left, top: label.top, bottom: label.bottom, labelWidth: label.width };
    }),
  );
  expect(badges).toHaveLength(8);
  const lefts = new Set(boxes.map((b) => Math.round(b.left)));
  expect(lefts.size).toBe(1); // every name starts at the same x: no units alternating left and right
  for (const b of boxes) {
    expect(b.labelWidth).toBeGreaterThan(40);
    expect(badges.filter((y) => y > b.top && y < b.bottom)).toHaveLength(1);
  }
  await page.getByLabel("单位列表").screenshot({ path: resolve(__dirname, "../../test-results/notices-unit-list.png") });
});

test("a fresh file lists no registered notices, and the preview carries no number", async ({ page }) => {
  await openNotices(page);
  await expect(page.getByLabel("通知书登记")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "作废" })).toHaveCount(0);
  const preview = page.frameLocator('iframe[title="通知书预览"]');
  await expect(preview.locator(".docno").first()).toBeVisible();
  for (const text of await preview.locator(".docno").allTextContents()) expect(text).not.toMatch(/〔\d{4}〕\d+号/);
});

test("the office's name is asked for once, before any number is taken, and remembered in 设置", async ({ page }) => {
  await openNotices(page);
  const ask = page.getByRole("region", { name: "首次使用：发文机关" });
  await expect(ask).toBeVisible();
  await expect(page.getByRole("button", { name: /生成通知书/ })).toBeDisabled();
  await ask.getByLabel("发文机关全称").fill(ISSUER);
  await expect(ask.getByLabel("级别")).toHaveValue("区");
  await ask.getByRole("button", { name: "保存到“设置”" }).click();
  await expect(ask).toHaveCount(0);
  // The level sets the default 检查组 and the consequence sentence, both editable.
  await expect(page.getByLabel("检查组")).toHaveAttribute("placeholder", "区创卫办督查组");
  const preview = page.frameLocator('iframe[title="通知书预览"]');
  await expect(preview.locator("p.indent").first()).toContainText("区创卫办督查组");
  await expect(preview.locator("body")).toContainText("将在全区创卫工作通报中予以通报");
  await page.getByLabel("通报措辞").fill("逾期未整改的，将约谈单位主要负责人。");
  await expect(preview.locator("body")).toContainText("逾期未整改的，将约谈单位主要负责人。");
  await page.getByRole("button", { name: "保存设置" }).click();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /下载结果工作簿/ }).click()]);
  const saved = join(mkdtempSync(join(tmpdir(), "e2e-")), "已设置.xlsx");
  await download.saveAs(saved);
  const settings = readWorkbookBytes(new Uint8Array(readFileSync(saved)), "x.xlsx").sheets.find((s) => s.name === "设置")!;
  expect(settings.values.some((r) => r[2] === "发文机关" && r[3] === ISSUER)).toBe(true);
  expect(settings.values.some((r) => r[2] === "级别" && r[3] === "区")).toBe(true);

  // Reopened: not asked again.
  await openNotices(page, saved);
  await expect(page.getByLabel("发文机关", { exact: true })).toHaveValue(ISSUER);
  await expect(page.getByRole("region", { name: "首次使用：发文机关" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /生成通知书（8 份）/ })).toBeEnabled();
});

test("switching 样式 to 督查问题交办单 retitles the notice and refreshes the preview", async ({ page }) => {
  await openNotices(page);
  await page.getByRole("combobox", { name: "样式" }).click();
  await page.getByRole("option", { name: "督查问题交办单" }).click();
  await expect(page.getByLabel("标题")).toHaveValue("创卫督查问题交办单");
  const preview = page.frameLocator('iframe[title="通知书预览"]');
  await expect(preview.locator("h1")).toHaveText("创卫督查问题交办单");
  await expect(preview.locator("section.notice")).toHaveCount(1);
  await expect(preview.locator("th").nth(1)).toHaveText("责任单位");
  await expect(page.getByRole("button", { name: /生成通知书（1 份）/ })).toBeVisible();
});
