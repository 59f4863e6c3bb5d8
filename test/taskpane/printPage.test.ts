/**
 * @jest-environment jsdom
 */
import { startPrintPage } from "../../src/taskpane/printPage";
import { officeNoticeOutputs } from "../../src/taskpane/shell/officeNoticeOutputs";
import type { WorkbookHost } from "../../src/core/port/workbookHost";
import { openExcel, waitFor } from "../harness/excelHarness";
import { WorkbookModel } from "../harness/workbookModel";

test("the print page says it is ready only once it listens: every piece of the notices arrives and is printed", async () => {
  const book = new WorkbookModel();
  book.addSheet("通知书");
  const excel = openExcel(book, { platform: "PC" });
  const printed: string[] = [];
  const page = document.implementation.createHTMLDocument("print");
  excel.dialogs.onOpen = (d) => {
    const childOffice = { ...excel.Office, context: { ...excel.Office.context, ui: d.childUi } } as unknown as typeof Office;
    startPrintPage(childOffice, page, () => printed.push(page.body.textContent ?? ""));
  };
  const host = { goTo: async () => undefined } as unknown as WorkbookHost;
  const html = `<html><body>${"通知".repeat(40_000)}</body></html>`;
  await officeNoticeOutputs(host, excel.Office).print(html);
  await waitFor(() => printed.length === 1, 3_000).catch(() => undefined);
  const d = excel.dialogs.opened[0]!;
  expect(d.lost).toEqual([]);
  expect(printed).toEqual(["通知".repeat(40_000)]);
  excel.close();
});
