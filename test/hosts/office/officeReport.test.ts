import type { Finding } from "../../../src/core/model/finding";
import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { runReport } from "../../../src/workflows/reportWorkflow";
import { fakeOfficeApi, FakeWorkbook } from "../../fakes/fakeExcel";

const f = (i: number, unit: string, month: string, status: Finding["status"]): Finding => ({
  id: `CW-${unit}-${i}`,
  source: { file: "a", sheet: "s", row: i + 2 },
  inspectedOn: `${month}-${String(1 + (i % 27)).padStart(2, "0")}`,
  unit,
  category: "市容环境卫生",
  description: `问题${i}`,
  location: null,
  measure: null,
  deadline: `${month}-28`,
  status,
  rectifiedOn: status === "rectified" ? `${month}-27` : null,
  owner: null,
  phone: null,
  noticeNo: null,
  remark: null,
});

function findings(units: number): Finding[] {
  const out: Finding[] = [];
  for (let u = 0; u < units; u++)
    for (let i = 0; i < 6; i++) out.push(f(i, `单位${u + 1}`, i % 2 ? "2025-05" : "2025-04", i % 3 ? "rectified" : "pending"));
  return out;
}

describe("the 月报 in Excel", () => {
  test("a combo chart per unit (columns 发现/已整改, 整改率 line on the secondary axis) and a trend chart over the sheet's numbers", async () => {
    const fake = new FakeWorkbook();
    fake.addSheet("台账");
    const host = new OfficeHost(fakeOfficeApi(fake));
    const run = await runReport(findings(3), "2025-05", { target: host });
    const sheet = fake.sheet("月报-2025-05")!;
    expect(sheet.charts).toHaveLength(2);
    const [units, trend] = sheet.charts;
    const { firstRow, lastRow } = run.layout.byUnit;
    expect(units).toMatchObject({
      type: "ColumnClustered",
      source: `B${firstRow + 1}:B${lastRow + 1}`,
      title: { text: "各单位发现与整改情况" },
    });
    expect(units!.seriesList.map((s) => [s.name, s.values, s.chartType ?? "ColumnClustered", s.axisGroup ?? "Primary"])).toEqual([
      ["发现", `B${firstRow + 1}:B${lastRow + 1}`, "ColumnClustered", "Primary"],
      ["已整改", `C${firstRow + 1}:C${lastRow + 1}`, "ColumnClustered", "Primary"],
      ["整改率", `I${firstRow + 1}:I${lastRow + 1}`, "Line", "Secondary"],
    ]);
    expect(units!.seriesList.every((s) => s.xValues === `A${firstRow + 1}:A${lastRow + 1}`)).toBe(true);
    expect(sheet.get(firstRow, 8)).toMatchObject({ format: "0.0%" });
    expect(typeof sheet.get(firstRow, 1).value).toBe("number");
    expect(trend!.seriesList.map((s) => s.name)).toEqual(["发现", "已整改", "整改率"]);
    // Each chart fills its slot of blank rows inside the print area (columns A–J).
    const [slot] = run.layout.chartSlots;
    expect(units!.position).toBe(`A${slot!.row + 1}:J${slot!.row + slot!.rows}`);
  });

  test("charts and tables cost the same number of syncs for 3 units as for 40", async () => {
    const small = new FakeWorkbook();
    small.addSheet("台账");
    await runReport(findings(3), "2025-05", { target: new OfficeHost(fakeOfficeApi(small)) });
    const large = new FakeWorkbook();
    large.addSheet("台账");
    await runReport(findings(40), "2025-05", { target: new OfficeHost(fakeOfficeApi(large)) });
    expect(large.syncs.length).toBe(small.syncs.length);
  });
});
