/**
 * @jest-environment jsdom
 */
import type { WorkbookHost } from "../../src/core/port/workbookHost";
import { officeNoticeOutputs, officeReportOutputs } from "../../src/taskpane/shell/officeNoticeOutputs";
import { openExcel, type ExcelInstance } from "../harness/excelHarness";
import { WorkbookModel } from "../harness/workbookModel";

let excel: ExcelInstance | null = null;
afterEach(() => {
  excel?.close();
  excel = null;
});

function pane(platform: "PC" | "Mac"): ExcelInstance {
  const book = new WorkbookModel();
  book.addSheet("通知书");
  excel = openExcel(book, { platform });
  return excel;
}

function host(): WorkbookHost & { goTos: unknown[] } {
  const goTos: unknown[] = [];
  return { goTos, goTo: async (...a: unknown[]) => void goTos.push(a) } as unknown as WorkbookHost & { goTos: unknown[] };
}

test("in Excel on Windows/web, 打印 shows the 通知书 sheet and sends the notices to a print dialog in pieces", async () => {
  const e = pane("PC");
  // The dialog's page: registers for messages, then says it is ready.
  e.dialogs.onOpen = (d) =>
    d.childUi.addHandlerAsync(
      "dialogParentMessageReceived",
      () => undefined,
      () => d.childUi.messageParent("ready"),
    );
  const h = host();
  const outputs = officeNoticeOutputs(h, e.Office);
  expect(outputs.printsDirectly).toBe(true);
  const html = `<html>${"通知".repeat(40_000)}</html>`;
  const line = await outputs.print(html);
  expect(h.goTos).toEqual([["通知书", 0, 0]]);
  const d = e.dialogs.opened[0]!;
  expect(d.url).toMatch(/print\.html\?office=1$/);
  await new Promise((r) => setTimeout(r, 20));
  const parts = d.received.map((m) => JSON.parse(m) as { part?: string; done?: boolean });
  expect(parts.length).toBeGreaterThan(2);
  expect(parts.at(-1)).toEqual({ done: true });
  expect(parts.map((p) => p.part ?? "").join("")).toBe(html);
  expect(line).toContain("已打开打印窗口");
});

test("on Mac, where window.print() does not work in the pane, 打印 only prepares the 通知书 sheet and says how to print", async () => {
  const e = pane("Mac");
  const h = host();
  const outputs = officeNoticeOutputs(h, e.Office);
  expect(outputs.printsDirectly).toBe(false);
  const line = await outputs.print("<html></html>");
  expect(e.dialogs.opened).toEqual([]);
  expect(h.goTos).toEqual([["通知书", 0, 0]]);
  expect(line).toContain("请按 Ctrl+P（Mac 上为 ⌘P）用 Excel 打印");
});

/** Settles within `ms` or says it hung. */
const within = <T>(p: Promise<T>, ms = 1_000): Promise<T | "hung"> =>
  Promise.race([p, new Promise<"hung">((r) => setTimeout(() => r("hung"), ms))]);

/** The dialog's page as print.html plays it: listens, says ready, and reports when it has printed. */
function playPrintPage(e: ExcelInstance): void {
  e.dialogs.onOpen = (d) =>
    d.childUi.addHandlerAsync(
      "dialogParentMessageReceived",
      (arg) => {
        if ((JSON.parse(arg.message!) as { done?: boolean }).done) d.childUi.messageParent("printed");
      },
      () => d.childUi.messageParent("ready"),
    );
}

test("the print window is closed once it has printed, so a second 打印 opens one again", async () => {
  const e = pane("PC");
  playPrintPage(e);
  const outputs = officeNoticeOutputs(host(), e.Office);
  await outputs.print("<html>一</html>");
  await new Promise((r) => setTimeout(r, 100));
  expect(await within(outputs.print("<html>二</html>"))).toContain("已打开打印窗口");
  expect(e.dialogs.opened).toHaveLength(2);
  expect(e.dialogs.opened[0]!.closed).toBe(true);
});

test("打印 again while the first print window is still open closes it and opens a new one (Office closes dialogs a moment later)", async () => {
  const e = pane("PC");
  const outputs = officeNoticeOutputs(host(), e.Office);
  // The first window's page never loads: the user presses 打印 again.
  const first = outputs.print("<html>一</html>");
  await new Promise((r) => setTimeout(r, 20));
  playPrintPage(e);
  expect(await within(outputs.print("<html>二</html>"))).toContain("已打开打印窗口");
  expect(await within(first)).toMatch(/^已改为打开新的打印窗口。/);
  expect(e.dialogs.opened).toHaveLength(2);
  await new Promise((r) => setTimeout(r, 20));
  expect(e.dialogs.opened[1]!.received.join("")).toContain("二");
});

test("a print page served over http (12003) ends 打印 with a message, not a hang", async () => {
  const e = pane("PC");
  const outputs = officeNoticeOutputs(host(), e.Office);
  e.dialogs.onOpen = (d) => setTimeout(() => d.failsToLoad(12003), 10);
  expect(await within(outputs.print("<html></html>"))).toMatch(/打印窗口无法打开.*12003/);
});

test("a print window the user closes, or one that cannot load, does not leave 打印 hanging", async () => {
  const e = pane("PC");
  const outputs = officeNoticeOutputs(host(), e.Office);
  e.dialogs.onOpen = (d) => setTimeout(() => d.userCloses(), 10);
  expect(await within(outputs.print("<html></html>"))).toContain("打印窗口已关闭");
  e.dialogs.onOpen = (d) => setTimeout(() => d.failsToLoad(12002), 10);
  expect(await within(outputs.print("<html></html>"))).toMatch(/打印窗口无法打开.*Ctrl\+P/);
});

test("a print window that never answers is given up after a while and closed", async () => {
  const e = pane("PC");
  const outputs = officeNoticeOutputs(host(), e.Office, { dialogTimeoutMs: 50 });
  expect(await within(outputs.print("<html></html>"))).toMatch(/打印窗口没有响应.*Ctrl\+P/);
  expect(e.dialogs.opened[0]!.closing).toBe(true);
});

test("on Mac, where the pane cannot download files, .docx and PNG say so and what to do instead", async () => {
  const e = pane("Mac");
  const outputs = officeNoticeOutputs(host(), e.Office);
  await expect(outputs.downloadDocx([])).rejects.toThrow(/Mac 版 Excel 的任务窗格不能下载文件/);
  expect(() => officeReportOutputs(host(), e.Office).downloadPng(new Blob([]), "图.png")).toThrow(/Mac 版 Excel 的任务窗格不能下载文件/);
});
