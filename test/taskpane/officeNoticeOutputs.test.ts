/**
 * @jest-environment jsdom
 */
import type { WorkbookHost } from "../../src/core/port/workbookHost";
import { officeNoticeOutputs } from "../../src/taskpane/shell/officeNoticeOutputs";
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
