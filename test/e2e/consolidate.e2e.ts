import { expect, test } from "@playwright/test";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import * as XLSX from "@e965/xlsx";

test("交办与汇总 on the standalone page: 交办单 out, several files dropped, progress per file, the summary, conflicts and 报送情况", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), "e2e-"));
  const root = resolve(__dirname, "../..");
  const made = spawnSync(process.execPath, ["--import", "tsx", join(root, "test/helpers/writeRoundTrip.ts"), dir], {
    encoding: "utf8",
  });
  expect(made.status, made.stderr).toBe(0);
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { replies: Array<{ name: string; at: string }> };
  const office = join(dir, "汇总.xlsx");
  await page.goto("taskpane.html");
  await page.getByLabel("选择台账文件").setInputFiles(office);
  await page.getByRole("tab", { name: "汇总" }).click();

  // 交办单 for two units, downloaded one by one and as a zip.
  const units = page.getByRole("group", { name: "交办单位" });
  await expect(units.getByText("区城市管理局（2）")).toBeVisible();
  await units.getByText("区城市管理局（2）").click();
  await units.getByText("北山街道（2）").click();
  await page.getByRole("button", { name: "生成交办单" }).click();
  await expect(page.getByText(/已生成 2 份交办单/)).toBeVisible();
  const [one] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /下载 交办单-北山街道/ }).click()]);
  expect(one.suggestedFilename()).toMatch(/^交办单-北山街道-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const [zip] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "全部下载（.zip）" }).click()]);
  expect(Object.keys((await JSZip.loadAsync(readFileSync(await zip.path()))).files)).toHaveLength(2);

  // Several files dropped at once.
  const files = manifest.replies.map((r) => ({
    name: r.name,
    bytes: [...readFileSync(join(dir, "replies", r.name))],
    t: Date.parse(`${r.at.replace(" ", "T")}:00`),
  }));
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { lastModified: f.t }));
    return dt;
  }, files);
  await page.dispatchEvent('[data-testid="drop-zone"]', "drop", { dataTransfer: transfer });
  await expect(page.getByRole("button", { name: "开始汇总（4 个文件）" })).toBeVisible();
  await page.getByRole("button", { name: "开始汇总（4 个文件）" }).click();

  const list = page.getByRole("list", { name: "待汇总的文件" });
  await expect(list.getByText("新增 1 · 更新 2 · 未变 0")).toBeVisible();
  await expect(list.getByText("新增 0 · 更新 1 · 未变 1")).toBeVisible();
  await expect(list.getByText("重复报送，未做改动")).toBeVisible();
  await expect(list.getByText(/无法读取，已跳过/)).toBeVisible();
  const summary = page.getByLabel("汇总结果");
  await expect(summary).toContainText("“标准台账”共 8 条");
  await expect(summary).toContainText("重复 2");

  const conflicts = page.getByLabel("待确认的冲突");
  await expect(conflicts).toContainText("本表“整改中”");
  await expect(conflicts).toContainText("报“已整改”");

  const status = page.getByRole("list", { name: "各单位报送情况" });
  await expect(status.getByRole("listitem").filter({ hasText: "北山街道" })).toContainText("未报送");
  await expect(status.getByRole("listitem").filter({ hasText: "区城市管理局" })).toContainText("已报送");
  await expect(page.getByLabel("提醒文字")).toHaveValue(/尚未报送（1个）：北山街道/);
  await page.screenshot({ path: resolve(__dirname, "../../test-results/taskpane-consolidate.png"), fullPage: true });

  // Deciding the conflict: take the reported value.
  await conflicts.getByRole("button", { name: "采用报送" }).click();
  await expect(page.getByText(/已采用报送的值（1 处）/)).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /下载结果工作簿/ }).click()]);
  const wb = XLSX.read(readFileSync(await download.path()));
  expect(wb.SheetNames).toEqual(expect.arrayContaining(["标准台账", "更新记录", "报送记录", "报送情况", "交办记录"]));

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: resolve(__dirname, "../../test-results/taskpane-consolidate-wide.png"), fullPage: true });
});
