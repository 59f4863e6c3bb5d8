import { expect, test, type Page } from "@playwright/test";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbookBytes";
import { generatedLedgerXlsx } from "../helpers/generatedLedger";
import { messyLedgerXlsx } from "../helpers/messyLedger";

const ROWS = 30_000;
let bigFile = "";

test.beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), "e2e-big-"));
  bigFile = join(dir, "全区台账.xlsx");
  writeFileSync(bigFile, generatedLedgerXlsx(ROWS));
});

/** Starts a timer probe in the page: the longest gap between its ticks is how long the page was frozen. */
async function startProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { probe: { last: number; max: number; id: number } };
    w.probe = { last: performance.now(), max: 0, id: 0 };
    w.probe.id = window.setInterval(() => {
      const now = performance.now();
      w.probe.max = Math.max(w.probe.max, now - w.probe.last);
      w.probe.last = now;
    }, 16);
  });
}

async function stopProbe(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { probe: { last: number; max: number; id: number } };
    window.clearInterval(w.probe.id);
    return Math.max(w.probe.max, performance.now() - w.probe.last);
  });
}

test(`a ${ROWS}-row ledger is read in a worker: its steps are shown and the page never freezes`, async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("taskpane.html");
  await expect(page.getByRole("heading", { name: "创卫台账助手" })).toBeVisible();
  await startProbe(page);
  await page.getByLabel("选择台账文件").setInputFiles(bigFile);
  const progress = page.getByRole("region", { name: "打开文件的进度" });
  await expect(progress).toBeVisible();
  await expect(progress.getByRole("button", { name: "取消" })).toBeVisible();
  await expect(page.getByTestId("read-progress")).toContainText("全区台账.xlsx");
  // While it reads, the page answers: a click on 取消's neighbour (the steps) is handled at once.
  await expect(progress.locator('[aria-current="step"]')).toHaveText(/解压|解析工作表|读取图片|读取文件/);
  await expect(page.getByText("当前文件：全区台账.xlsx")).toBeVisible({ timeout: 60_000 });
  await expect(progress).toBeHidden();
  const readGap = await stopProbe(page);
  console.log(`longest main-thread gap while reading ${ROWS} rows: ${readGap.toFixed(0)} ms`);
  expect(readGap).toBeLessThan(500);

  // 结构化 runs in a worker too; the spinner says what it does.
  await startProbe(page);
  await page.getByRole("button", { name: "结构化为标准台账" }).click();
  await expect(page.getByText(`已写入“标准台账”：${ROWS} 条记录`)).toBeVisible({ timeout: 60_000 });
  const structureGap = await stopProbe(page);
  console.log(`longest main-thread gap while structuring ${ROWS} rows: ${structureGap.toFixed(0)} ms`);
  // Unpacking the worker's result and storing 标准台账 happen in slices too: the page never freezes.
  expect(structureGap).toBeLessThan(500);

  // Saving shows its own spinner, and a second click does not start a second save.
  const button = page.getByRole("button", { name: /下载结果工作簿/ });
  const downloads: string[] = [];
  page.on("download", (d) => downloads.push(d.suggestedFilename()));
  const first = page.waitForEvent("download", { timeout: 60_000 });
  await button.click();
  await expect(page.getByText("正在生成结果工作簿…")).toBeVisible();
  await expect(button).toBeDisabled();
  await button.click({ force: true }).catch(() => {});
  const download = await first;
  await expect(page.getByText("正在生成结果工作簿…")).toBeHidden();
  await page.waitForTimeout(500);
  expect(downloads).toEqual(["全区台账-标准台账.xlsx"]);
  const out = join(mkdtempSync(join(tmpdir(), "e2e-big-out-")), "结果.xlsx");
  await download.saveAs(out);
  const wb = readWorkbookBytes(new Uint8Array(readFileSync(out)), "结果.xlsx");
  expect(wb.sheets.find((s) => s.name === "标准台账")!.values.length).toBe(ROWS + 1);
});

test("取消 stops reading and leaves the page ready for another file", async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), "e2e-"));
  const small = join(dir, "街道台账.xlsx");
  writeFileSync(small, await messyLedgerXlsx());
  await page.goto("taskpane.html");
  await page.getByLabel("选择台账文件").setInputFiles(bigFile);
  const progress = page.getByRole("region", { name: "打开文件的进度" });
  await progress.getByRole("button", { name: "取消" }).click();
  await expect(progress).toBeHidden();
  // Nothing of the cancelled file reached the page, then or later.
  await page.waitForTimeout(4000);
  await expect(page.getByText(/当前文件/)).toHaveCount(0);
  await expect(page.getByRole("tab", { name: "结构化" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "选择文件…" })).toBeEnabled();

  await page.getByLabel("选择台账文件").setInputFiles(small);
  await expect(page.getByText("当前文件：街道台账.xlsx")).toBeVisible();
  await page.getByRole("button", { name: "结构化为标准台账" }).click();
  await expect(page.getByText("已写入“标准台账”：5 条记录")).toBeVisible();
});

test("取消 stops 结构化 and leaves the workbook and the page as they were", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("taskpane.html");
  await page.getByLabel("选择台账文件").setInputFiles(bigFile);
  await expect(page.getByText("当前文件：全区台账.xlsx")).toBeVisible({ timeout: 60_000 });
  const structure = page.getByRole("button", { name: "结构化为标准台账" });
  const busy = page.getByRole("group", { name: "结构化的进度" });

  // Cancelled on the first run: nothing written, no result, nothing to download.
  await structure.click();
  await expect(busy).toBeVisible();
  await busy.getByRole("button", { name: "取消" }).click();
  await expect(busy).toBeHidden();
  await expect(structure).toBeEnabled();
  await page.waitForTimeout(4000);
  await expect(page.getByText(/已写入“标准台账”/)).toHaveCount(0);
  await expect(page.getByText(/已取消/)).toBeVisible();
  await expect(page.getByRole("button", { name: /下载结果工作簿/ })).toHaveCount(0);

  // Cancelled on a second run: the first run's result stays, as it was.
  await structure.click();
  await expect(page.getByText(`已写入“标准台账”：${ROWS} 条记录`)).toBeVisible({ timeout: 60_000 });
  const again = page.getByRole("button", { name: "重新结构化" });
  await again.click();
  await expect(busy).toBeVisible();
  await busy.getByRole("button", { name: "取消" }).click();
  await expect(busy).toBeHidden();
  await page.waitForTimeout(2000);
  await expect(page.getByText(`已写入“标准台账”：${ROWS} 条记录`)).toBeVisible();
  await expect(again).toBeEnabled();
});
