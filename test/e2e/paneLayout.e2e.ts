import { expect, test, type Locator, type Page } from "@playwright/test";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { demoLedgerXlsx } from "../helpers/demoLedger";

/** What a clerk sees around the results, looked at in docs/screenshots: wraps, alignment, hints. */

async function open(page: Page): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), "e2e-")), "某区创卫督查台账.xlsx");
  writeFileSync(file, await demoLedgerXlsx());
  await page.clock.setFixedTime(new Date("2025-06-05T10:00:00+08:00"));
  await page.goto("taskpane.html");
  await page.getByLabel("选择台账文件").setInputFiles(file);
  await page.getByRole("button", { name: "结构化为标准台账" }).click();
  await page.getByText(/已写入“标准台账”/).waitFor();
}

/** The runs of text matching `pattern` under `root` that the browser broke over more than one line. */
async function brokenRuns(root: Locator, pattern: RegExp): Promise<string[]> {
  return root.evaluateAll((els, source) => {
    const broken: string[] = [];
    for (const el of els) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const text = nodes.map((n) => n.data).join("");
      const at = (offset: number): [Text, number] => {
        for (const n of nodes) {
          if (offset <= n.data.length) return [n, offset];
          offset -= n.data.length;
        }
        return [nodes[nodes.length - 1]!, nodes[nodes.length - 1]!.data.length];
      };
      for (const m of text.matchAll(new RegExp(source, "g"))) {
        const range = document.createRange();
        range.setStart(...at(m.index));
        range.setEnd(...at(m.index + m[0].length));
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  }, pattern.source);
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test.describe("380 px", () => {
  test.use({ viewport: { width: 380, height: 900 } });

  test("no date, period or count is broken over two lines; the 通知书 hint after 生成 says what happened", async ({ page }) => {
    await open(page);
    expect(await noSidewaysScroll(page)).toBe(true);
    // 结构化: "期间 2025年4月" on one line (it printed "期间 2025年4" | "月").
    const facts = page.getByTestId("table-facts");
    await expect(facts).toHaveCount(2);
    expect(await brokenRuns(facts, /期间 \d{4}年\d+月|\d+ 条记录|跳过 \d+ 行/)).toEqual([]);

    // 校验: "（2025-04-30）" stays whole, and a rule's messages all start at the same x.
    await page.getByRole("tab", { name: "校验" }).click();
    await page.getByRole("button", { name: "校验台账" }).click();
    await page.getByLabel("问题统计").waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);
    const overdue = page.getByLabel("规则-超期未整改提醒");
    await expect(overdue.getByTestId("problem")).toHaveCount(7);
    expect(await brokenRuns(overdue.getByTestId("problem"), /\d{4}-\d{2}-\d{2}|\d+天/)).toEqual([]);
    const starts = await overdue
      .getByTestId("problem")
      .evaluateAll((els) => els.map((e) => Math.round(e.children[1]!.getBoundingClientRect().left)));
    expect(new Set(starts).size).toBe(1);

    // 通知书: after 生成 the list is empty because every open problem has its notice, not because the
    // ledger is unstructured; the register's "1 个问题" stays whole.
    await page.getByRole("tab", { name: "通知书" }).click();
    await page.getByLabel("发文机关全称").fill("某区创建国家卫生城市工作领导小组办公室");
    await page.getByRole("button", { name: "保存到“设置”" }).click();
    await page.getByRole("button", { name: /生成通知书/ }).click();
    await page.getByText(/已生成 \d+ 份/).waitFor();
    const hint = page.getByTestId("units-hint");
    await expect(hint).toContainText("都已发过通知书");
    await expect(hint).not.toContainText("请先结构化");
    const register = page.getByLabel("通知书登记");
    await expect(register.getByRole("button", { name: "作废" })).toHaveCount(8);
    expect(await brokenRuns(register, /\d+ 个问题|〔\d{4}〕\d+号/)).toEqual([]);
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.screenshot({ path: resolve(__dirname, "../../test-results/pane-380-notices-issued.png"), fullPage: true });
  });
});

test.describe("1280 px", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("the 截至 date sits beside its label without running into 清除标记, as tall as the buttons", async ({ page }) => {
    await open(page);
    await page.getByRole("tab", { name: "校验" }).click();
    await page.getByRole("button", { name: "校验台账" }).click();
    await page.getByLabel("问题统计").waitFor();
    const date = await page.getByLabel("超期截止日期").evaluate((e) => e.closest("span")!.getBoundingClientRect().toJSON());
    const clear = await page.getByRole("button", { name: "清除标记" }).boundingBox();
    const rerun = await page.getByRole("button", { name: "重新校验" }).boundingBox();
    expect(date.right).toBeLessThanOrEqual(clear!.x);
    expect(Math.abs(date.height - rerun!.height)).toBeLessThanOrEqual(2);
    // The first-use card's 级别 has a visible label beside it.
    await page.getByRole("tab", { name: "通知书" }).click();
    const ask = page.getByRole("region", { name: "首次使用：发文机关" });
    await expect(ask.getByText("级别", { exact: true })).toBeVisible();
  });
});
