import { reportFindings } from "./fixtures";
import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { runReport } from "../../../src/workflows/reportWorkflow";
import { openExcel, type ExcelInstance } from "../../harness/excelHarness";
import { WorkbookModel } from "../../harness/workbookModel";

describe("the 月报 in Excel (harness)", () => {
  let open: ExcelInstance[] = [];
  const excel = () => {
    const book = new WorkbookModel();
    book.addSheet("台账");
    const e = openExcel(book);
    open.push(e);
    return { book, e };
  };
  afterEach(() => {
    for (const e of open) e.close();
    open = [];
  });

  test("a combo chart per unit (columns 发现/已整改, 整改率 line on the secondary axis) and a trend chart over the sheet's numbers", async () => {
    const { book, e } = excel();
    const run = await runReport(reportFindings(3), "2025-05", { target: new OfficeHost(e.api) });
    const sheet = book.sheet("月报-2025-05")!;
    expect(sheet.charts).toHaveLength(2);
    const [units, trend] = sheet.charts;
    const { firstRow, lastRow } = run.layout.byUnit;
    const q = (c: string) => `'月报-2025-05'!${c}${firstRow + 1}:${c}${lastRow + 1}`;
    expect(units).toMatchObject({ type: "ColumnClustered", source: q("B"), title: "各单位发现与整改情况" });
    expect(units!.series.map((s) => [s.name, s.values, s.chartType ?? "ColumnClustered", s.axisGroup ?? "Primary"])).toEqual([
      ["发现", q("B"), "ColumnClustered", "Primary"],
      ["已整改", q("C"), "ColumnClustered", "Primary"],
      ["整改率", q("I"), "Line", "Secondary"],
    ]);
    expect(units!.series.every((s) => s.xValues === q("A"))).toBe(true);
    expect(sheet.cell(firstRow, 8)).toMatchObject({ numberFormat: "0.0%" });
    expect(typeof sheet.cell(firstRow, 1).value).toBe("number");
    expect(trend!.series.map((s) => s.name)).toEqual(["发现", "已整改", "整改率"]);
    // Each chart fills its slot of blank rows inside the print area (columns A–J).
    const [slot] = run.layout.chartSlots;
    expect(units!.position).toEqual({ from: `'月报-2025-05'!A${slot!.row + 1}`, to: `'月报-2025-05'!J${slot!.row + slot!.rows}` });
    // Axis names and a whole-number step from 0 on the counts, the rate named on the secondary axis.
    expect(units!.axes).toEqual({
      "Value/Primary": { minimum: 0, majorUnit: 1, title: "问题数（个）" },
      "Value/Secondary": { title: "整改率" },
    });
    expect(e.syncs.every((x) => x.error === null)).toBe(true);
  });

  test("charts and tables cost the same number of syncs for 3 units as for 40", async () => {
    const small = excel();
    await runReport(reportFindings(3), "2025-05", { target: new OfficeHost(small.e.api) });
    const large = excel();
    await runReport(reportFindings(40), "2025-05", { target: new OfficeHost(large.e.api) });
    expect(large.e.syncs.length).toBe(small.e.syncs.length);
  });
});
