/**
 * @jest-environment jsdom
 */
import { act } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { OfficeHost } from "../../src/hosts/office/officeHost";
import { ValidatePanel } from "../../src/taskpane/panels/validate/ValidatePanel";
import { openExcel } from "../harness/excelHarness";
import { WorkbookModel } from "../harness/workbookModel";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function workbook(): WorkbookModel {
  const book = new WorkbookModel();
  book.addSheet("6月", [
    ["检查日期", "责任单位", "问题描述", "整改期限", "整改情况", "完成日期"],
    [45_450, "南湖街道", "垃圾", 45_440, "整改中", null],
    [45_451, "南湖街道", "污水", 45_460, "已整改", 45_455],
  ]);
  return book;
}

const waitFor = async (check: () => boolean, ms = 3_000): Promise<void> => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error("timed out");
    await act(async () => new Promise((r) => setTimeout(r, 25)));
  }
};

test("the 校验 panel validates the open workbook, groups problems by rule, and checks edits live", async () => {
  const book = workbook();
  const excel = openExcel(book, { documentUrl: "https://x/台账.xlsx" });
  const host = new OfficeHost(excel.api);
  const container = document.createElement("div");
  document.body.appendChild(container);
  const root = createRoot(container);
  await act(async () =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <ValidatePanel host={host} />
      </FluentProvider>,
    ),
  );
  const button = [...container.querySelectorAll("button")].find((b) => b.textContent === "校验台账")!;
  await act(async () => button.click());
  await waitFor(() => container.textContent!.includes("整改时限早于检查日期"));
  expect(container.querySelector('[aria-label="问题统计"]')!.textContent).toContain("错误 1");
  expect(container.textContent).toContain("未找到单位名录，未检查责任单位");

  // The user clears 完成时间 of the second finding in 标准台账: it is checked without a new run.
  await act(async () => book.edit("标准台账", "J3", [[""]]));
  await waitFor(() => container.querySelector('[aria-label="实时校验"]')!.textContent!.includes("已整改或已销号，但没有填写完成时间"));
  expect(container.querySelector('[aria-label="实时校验"]')!.textContent).toContain("标准台账!J3");
  await act(async () => root.unmount());
  excel.close();
});
