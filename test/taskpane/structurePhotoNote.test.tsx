/**
 * @jest-environment jsdom
 */
import { act } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { OfficeHost } from "../../src/hosts/office/officeHost";
import { StructurePanel } from "../../src/taskpane/panels/structure/StructurePanel";
import { openExcel } from "../harness/excelHarness";
import { workbookFromXlsx } from "../harness/fromXlsx";
import { anchoredPhotoLedger, inCellPhotoLedger } from "../helpers/photoWorkbook";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom lays nothing out and has no ResizeObserver; Fluent's table only needs it to exist.
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const waitFor = async (check: () => boolean, ms = 5_000): Promise<void> => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error("timed out");
    await act(async () => new Promise((r) => setTimeout(r, 25)));
  }
};

/** In Excel the pane says how many pictures it read, and plainly when pictures placed in cells cannot be read. */
test.each([
  ["floating pictures", anchoredPhotoLedger, "已读取照片：整改前 3 张，整改后 2 张", "置于单元格中"],
  ["pictures placed in cells", inCellPhotoLedger, "有“置于单元格中”的照片没有读到", "已读取照片"],
])("the 结构化 panel in Excel with %s", async (_, build, shown, absent) => {
  const excel = openExcel(await workbookFromXlsx(await build()), { documentUrl: "https://x/台账.xlsx" });
  const container = document.createElement("div");
  document.body.appendChild(container);
  const root = createRoot(container);
  await act(async () =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <StructurePanel host={new OfficeHost(excel.api)} />
      </FluentProvider>,
    ),
  );
  const button = [...container.querySelectorAll("button")].find((b) => b.textContent === "结构化为标准台账")!;
  await act(async () => button.click());
  await waitFor(() => container.textContent!.includes("结构化记录"));
  expect(container.textContent).toContain(shown);
  expect(container.textContent).not.toContain(absent);
  await act(async () => root.unmount());
  excel.close();
});
