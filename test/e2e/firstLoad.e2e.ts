import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

// The build scripts/e2e.cjs has just made (and serves): measured here, so it is not built twice.
const DIST = resolve(__dirname, "../../dist");
const LIMIT = 300 * 1024;
const gz = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

/** The page's own scripts the browser fetched (office.js comes from Microsoft's CDN and is not counted). */
function scriptsOf(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.hostname === "127.0.0.1" && url.pathname.endsWith(".js")) seen.push(url.pathname.slice(1));
  });
  return seen;
}

test("the scripts taskpane.html names weigh at most 300 KB gzipped (as bench/firstLoad counts them)", () => {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)=["']?([^"'\s>]+\.(?:js|css))/g)]
    .map((m) => m[1]!)
    .filter((f) => !/^https?:/.test(f));
  const total = files.reduce((n, f) => n + gz(f), 0);
  console.log(`taskpane.html first load: ${kb(total)} gzipped in ${files.length} files`);
  expect(files.length).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(LIMIT);
});

test("the standalone page, opened, fetches at most 300 KB gzipped of script and no file reader, writer or dictionary", async ({ page }) => {
  const seen = scriptsOf(page);
  await page.goto("taskpane.html");
  await expect(page.getByRole("button", { name: "选择文件…" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  const total = seen.reduce((n, f) => n + gz(f), 0);
  console.log(`standalone page on opening: ${kb(total)} gzipped: ${seen.join(", ")}`);
  expect(total).toBeLessThanOrEqual(LIMIT);
  expect(seen.filter((f) => /^(file-host|read-workbook|write-workbook|opencc|jszip|notices-docx|reply-form|panel-)/.test(f))).toEqual([]);
});

/** Just enough of office.js for the pane to start as in Excel; every Excel.run fails as Excel would, with a code. */
const OFFICE_STUB = `
window.Office = {
  HostType: { Excel: "Excel" }, PlatformType: { Mac: "Mac", PC: "PC" },
  context: { platform: "PC", requirements: { isSetSupported: () => true }, document: { url: "C:\\\\台账.xlsx" } },
  onReady(cb) { const info = { host: "Excel", platform: "PC" }; if (cb) cb(info); return Promise.resolve(info); },
};
window.Excel = { run: () => Promise.reject(Object.assign(new Error("The operation failed because of an internal error."), { code: "GeneralException", name: "RichApi.Error" })) };
`;

test("inside Excel the pane never loads the file host (SheetJS, exceljs) and stays under 300 KB; Excel's errors read in Chinese", async ({
  page,
}) => {
  await page.setViewportSize({ width: 380, height: 700 });
  await page.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB }),
  );
  const seen = scriptsOf(page);
  await page.goto("taskpane.html?office=1");
  await expect(page.getByText("当前工作簿")).toBeVisible();
  await expect(page.getByRole("button", { name: "结构化为标准台账" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  // An action reads the workbook: the dictionary may load, the file host still does not.
  await page.getByRole("button", { name: "结构化为标准台账" }).click();
  // Excel's English error comes out as a Chinese sentence, its code on a line beneath.
  await expect(page.getByText("Excel 内部出错，操作没有完成。请稍后重试；反复出现时，请保存并重新打开工作簿。")).toBeVisible();
  await expect(page.getByTestId("error-detail")).toHaveText("错误代码：GeneralException");
  await expect(page.getByText("The operation failed because of an internal error.")).toHaveCount(0);
  await page.screenshot({ path: "test-results/excel-pane-error-380.png" });
  await page.getByRole("tab", { name: "通知书" }).click();
  await page.getByRole("tab", { name: "月报" }).click();
  await page.waitForLoadState("networkidle");
  const initial = seen.filter((f) => !/^(opencc|panel-)/.test(f));
  console.log(`Excel pane: ${seen.join(", ")}`);
  expect(initial.reduce((n, f) => n + gz(f), 0)).toBeLessThanOrEqual(LIMIT);
  expect(seen.filter((f) => /^(file-host|read-workbook|write-workbook|jszip|notices-docx|reply-form|workbook\.)/.test(f))).toEqual([]);
});
