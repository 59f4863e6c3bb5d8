import { expect, test } from "@playwright/test";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import { monthSheetsXlsx } from "../helpers/monthSheets";

test("the 月报 panel builds a report with both charts, copies the text, writes the sheet with charts", async ({ page }) => {
  const file = join(mkdtempSync(join(tmpdir(), "e2e-")), "月度台账.xlsx");
  writeFileSync(file, await monthSheetsXlsx());
  await page.goto("taskpane.html");
  await page.getByLabel("选择台账文件").setInputFiles(file);
  await page.getByRole("tab", { name: "月报" }).click();
  await expect(page.getByRole("combobox", { name: "月份" })).toHaveValue("2025-05");
  await expect(page.getByLabel("报告文字")).toHaveValue(/^5月份共发现各类问题4个，已整改2个，整改率50\.0%，较上月下降16\.7个百分点/);
  await expect(page.getByLabel("本月数字")).toContainText("50.0%");
  // Both charts are drawn as SVG, with bars for the units and the months.
  // A 发现 column per unit and per month, after the legend's swatch.
  await expect(page.getByTestId("unit-chart").locator('svg rect[fill="#4472C4"]')).toHaveCount(1 + 3);
  await expect(page.getByTestId("trend-chart").locator('svg rect[fill="#4472C4"]')).toHaveCount(1 + 5);
  await expect(page.getByTestId("unit-chart")).toContainText("甲街道");
  await page.screenshot({ path: resolve(__dirname, "../../test-results/taskpane-report.png"), fullPage: true });

  const [png] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("trend-chart").getByRole("button", { name: "存为图片" }).click(),
  ]);
  expect(png.suggestedFilename()).toBe("逐月发现与整改趋势-2025-05.png");

  await page.getByRole("button", { name: "写入工作簿" }).click();
  await expect(page.getByText("已写入工作表“月报-2025-05”")).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /下载结果工作簿/ }).click()]);
  const zip = await JSZip.loadAsync(readFileSync(await download.path()));
  expect(Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(2);
});
