import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbookBytes";
import { messyLedgerXlsx } from "../helpers/messyLedger";

const SAMPLES = resolve(__dirname, "../../../shared/samples");

async function registryXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("名录");
  ws.addRow(["单位名称", "简称/别名", "单位类型"]);
  for (const u of ["区城市管理局", "区园林绿化中心", "北山街道"]) ws.addRow([u, null, "机关"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test("the 校验 panel lists problems by rule and jumps to a flagged cell", async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), "e2e-"));
  writeFileSync(join(dir, "街道台账.xlsx"), await messyLedgerXlsx());
  writeFileSync(join(dir, "名录.xlsx"), await registryXlsx());
  await page.goto("taskpane.html");
  await page.getByLabel("选择台账文件").setInputFiles(join(dir, "街道台账.xlsx"));
  await page.getByRole("tab", { name: "校验" }).click();
  await page.getByLabel("选择单位名录文件").setInputFiles(join(dir, "名录.xlsx"));
  await expect(page.getByText("已导入单位名录：共 3 个单位。")).toBeVisible();
  await page.getByLabel("超期截止日期").fill("2025-01-31");
  await page.getByRole("button", { name: "校验台账" }).click();
  await expect(page.getByText("超期按 2025-01-31 计 · 单位名录 3 个单位")).toBeVisible();
  const group = page.getByLabel("规则-日期不存在");
  await expect(group.getByTestId("problem")).toHaveCount(1);
  await group.getByRole("button", { name: "定位到2024年12月!B12" }).click();
  await expect(page.getByTestId("source-preview").locator('tr[aria-selected="true"]')).toHaveAttribute("data-row", "12");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /下载结果工作簿/ }).click()]);
  const out = join(dir, "结果.xlsx");
  await download.saveAs(out);
  const names = readWorkbookBytes(new Uint8Array(readFileSync(out)), "结果.xlsx").sheets.map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining(["标准台账", "单位名录", "校验结果"]));
});

test("s1 with the s7 registry: the unknown unit's suggestion is accepted as an alias", async ({ page }) => {
  test.skip(!existsSync(SAMPLES), "../shared/samples not present");
  await page.goto("taskpane.html");
  await page.getByLabel("选择台账文件").setInputFiles(join(SAMPLES, "s1_community_ledger.xlsx"));
  await page.getByRole("tab", { name: "校验" }).click();
  await page.getByLabel("选择单位名录文件").setInputFiles(join(SAMPLES, "s7_units.xlsx"));
  await page.getByLabel("超期截止日期").fill("2025-06-30");
  await page.getByRole("button", { name: "校验台账" }).click();
  await expect(page.getByLabel("问题统计")).toContainText("错误 3");
  const unknown = page.getByLabel("规则-责任单位不在单位名录中");
  await expect(unknown).toContainText("是否为“区城市管理局”？");
  await page.screenshot({ path: resolve(__dirname, "../../test-results/taskpane-validate.png"), fullPage: true });
  await unknown.getByRole("button", { name: "采纳" }).click();
  await expect(page.getByText("已把“区城管执法局”记为“区城市管理局”的别名")).toBeVisible();
  await expect(page.getByLabel("规则-责任单位不在单位名录中")).toHaveCount(0);
  await expect(page.getByLabel("规则-按单位名录统一的单位名称")).toContainText("“区城管执法局”按单位名录统一为“区城市管理局”");
});
