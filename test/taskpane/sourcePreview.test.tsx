/**
 * @jest-environment jsdom
 */
import { act } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { SheetGrid } from "../../src/core/model/grid";
import { SourcePreview } from "../../src/taskpane/shell/SourcePreview";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const grid: SheetGrid = {
  name: "5月",
  isCsv: false,
  values: [
    ["检查日期", "责任单位", "整改时限"],
    [45_797, "北山街道", 45_804],
    [45_798, "南湖街道", "立行立改"],
  ],
  numberFormats: [
    [null, null, null],
    ["yyyy-mm-dd", null, 'yyyy"年"m"月"d"日"'],
    ["yyyy-mm-dd", null, null],
  ],
  merges: [],
};

test("the preview's effect returns nothing, even where scrollIntoView returns a Promise (current Chromium)", async () => {
  const errors: string[] = [];
  const spy = jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(" ")));
  const scrolls: unknown[] = [];
  Element.prototype.scrollIntoView = function (this: Element, arg?: boolean | ScrollIntoViewOptions) {
    scrolls.push(arg);
    return Promise.resolve() as unknown as void;
  };
  const root = createRoot(document.body.appendChild(document.createElement("div")));
  await act(async () =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <SourcePreview grid={grid} row={1} col={2} />
      </FluentProvider>,
    ),
  );
  // Moving to another cell runs the effect's cleanup: a Promise returned from it would be called.
  await act(async () =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <SourcePreview grid={grid} row={2} col={0} />
      </FluentProvider>,
    ),
  );
  await act(async () => root.unmount());
  spy.mockRestore();
  expect(errors.filter((e) => /effect|destroy|Promise/i.test(e))).toEqual([]);
  expect(scrolls).toContainEqual({ block: "nearest", inline: "center" });
});

test("dates in the source show as dates, in the format's own terms where they are text", async () => {
  const host = document.body.appendChild(document.createElement("div"));
  const root = createRoot(host);
  Element.prototype.scrollIntoView = () => undefined;
  await act(async () =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <SourcePreview grid={grid} row={1} col={2} />
      </FluentProvider>,
    ),
  );
  const cells = [...host.querySelectorAll('tr[data-row="2"] td')].map((td) => td.textContent);
  expect(cells).toEqual(["2", "2025-05-20", "北山街道", "2025-05-27"]);
  expect(host.querySelector("td[aria-current]")!.textContent).toBe("2025-05-27");
  await act(async () => root.unmount());
});

test("a title merged across the sheet is one cell spanning it, not a wide first column", async () => {
  const host = document.body.appendChild(document.createElement("div"));
  const root = createRoot(host);
  Element.prototype.scrollIntoView = () => undefined;
  const titled: SheetGrid = {
    ...grid,
    values: [["某区2025年5月创卫督查问题整改台账", null, null], ...grid.values],
    numberFormats: [[null, null, null], ...grid.numberFormats!],
    merges: [{ startRow: 0, startCol: 0, endRow: 0, endCol: 2 }],
  };
  await act(async () =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <SourcePreview grid={titled} row={2} col={1} />
      </FluentProvider>,
    ),
  );
  const title = host.querySelector('tr[data-row="1"] td:nth-child(2)') as HTMLTableCellElement;
  expect(title.colSpan).toBe(3);
  expect(host.querySelectorAll('tr[data-row="1"] td')).toHaveLength(2);
  expect(host.querySelector("td[aria-current]")!.textContent).toBe("北山街道");
  await act(async () => root.unmount());
});
