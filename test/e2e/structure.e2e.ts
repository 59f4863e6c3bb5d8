import { expect, test } from "@playwright/test";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbookBytes";
import { messyLedgerXlsx } from "../helpers/messyLedger";

const SAMPLES = resolve(__dirname, "../../../shared/samples");

test("the standalone page structures a messy ledger, jumps to a source row and offers the result", async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), "e2e-"));
  const file = join(dir, "街道台账.xlsx");
  writeFileSync(file, await messyLedgerXlsx());
  await page.goto("taskpane.html");
  await expect(page.getByRole("heading", { name: "创卫台账助手" })).toBeVisible();
  await page.getByLabel("选择台账文件").setInputFiles(file);
  await page.getByRole("button", { name: "结构化为标准台账" }).click();
  await expect(page.getByText("已写入“标准台账”：5 条记录")).toBeVisible();
  await expect(page.getByText("表头第 3、4 行 · 5 条记录 · 跳过 4 行")).toBeVisible();
  await expect(page.getByText("统计：汇总/统计表（不是台账）")).toBeVisible();

  // A problem's 定位 shows the offending source row.
  await page.getByRole("button", { name: "定位" }).first().click();
  const preview = page.getByTestId("source-preview");
  await expect(preview.locator('tr[aria-selected="true"]')).toHaveAttribute("data-row", "12");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /下载结果工作簿/ }).click()]);
  const out = join(dir, download.suggestedFilename());
  await download.saveAs(out);
  const wb = readWorkbookBytes(new Uint8Array(readFileSync(out)), "结果.xlsx");
  expect(wb.sheets.map((s) => s.name)).toEqual(["2024年12月", "统计", "标准台账"]);
  expect(wb.sheets[2]!.values.slice(1).map((r) => r[2])).toEqual([
    "区城市管理局",
    "区城市管理局",
    "区城市管理局",
    "区园林绿化中心",
    "北山街道",
  ]);
});

test("a sample with a merged two-row header, with a screenshot of the pane for the README", async ({ page }) => {
  test.skip(!existsSync(SAMPLES), "../shared/samples not present");
  await page.goto("taskpane.html");
  await page.getByLabel("选择台账文件").setInputFiles(join(SAMPLES, "s2_merged_header.xlsx"));
  await page.getByRole("button", { name: "结构化为标准台账" }).click();
  await expect(page.getByText("已写入“标准台账”：22 条记录")).toBeVisible();
  await page.getByRole("button", { name: "转到源表第6行" }).click();
  await expect(page.getByTestId("source-preview").locator('tr[aria-selected="true"]')).toHaveAttribute("data-row", "6");
  await page.screenshot({ path: resolve(__dirname, "../../test-results/taskpane-structure.png"), fullPage: true });
});

test("a file that is not a workbook gets a clear Chinese message", async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), "e2e-"));
  const file = join(dir, "坏文件.xlsx");
  writeFileSync(file, "not a workbook");
  await page.goto("taskpane.html");
  await page.getByLabel("选择台账文件").setInputFiles(file);
  await expect(page.getByText("文件“坏文件.xlsx”不是有效的 Excel 工作簿（文件内容不是 xlsx 格式）")).toBeVisible();
});
