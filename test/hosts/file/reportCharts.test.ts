import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseStrictly } from "../../helpers/xmlParts";
import type { Finding } from "../../../src/core/model/finding";
import { FileHost } from "../../../src/hosts/file/fileHost";
import { readWorkbookBytes } from "../../../src/hosts/file/readWorkbookBytes";
import { runReport } from "../../../src/workflows/reportWorkflow";
import { messyLedgerXlsx } from "../../helpers/messyLedger";

const f = (i: number, unit: string, status: Finding["status"]): Finding => ({
  id: `CW-${i}`,
  source: { file: "a", sheet: "s", row: i + 2 },
  inspectedOn: `2025-05-${String(1 + i).padStart(2, "0")}`,
  unit,
  category: "控烟",
  description: `问题${i}`,
  location: null,
  measure: null,
  deadline: "2025-05-28",
  status,
  rectifiedOn: status === "rectified" ? "2025-05-20" : null,
  owner: null,
  phone: null,
  noticeNo: null,
  remark: null,
});

test("the file host writes the 月报 charts as real chart parts, in a package Excel and SheetJS read", async () => {
  // Into a workbook that already has sheets, tables and hyperlinks of its own.
  const host = new FileHost(await messyLedgerXlsx(), "台账.xlsx");
  await runReport([f(1, "甲", "rectified"), f(2, "乙", "pending"), f(3, "甲", "inProgress")], "2025-05", { target: host });
  const bytes = await host.toXlsx();
  const zip = await JSZip.loadAsync(bytes);
  const charts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
  expect(charts).toHaveLength(2);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  for (const c of charts) expect(types).toContain(`PartName="/${c}"`);
  const chart = await zip.file(charts[0]!)!.async("string");
  expect(chart).toContain("<c:barChart>");
  expect(chart).toContain("<c:lineChart>");
  expect(chart).toMatch(/<c:f>'月报-2025-05'!\$I\$\d+:\$I\$\d+<\/c:f>/);
  expect(chart).toContain('<c:crosses val="max"/>'); // the rate's own axis on the right
  // Every series says its colour (a new workbook has no theme; LibreOffice and WPS drew them blank).
  const series = [...chart.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((m) => m[0]);
  expect(series.length).toBeGreaterThanOrEqual(3);
  for (const s of series) expect(s).toMatch(/<\/c:tx><c:spPr>(<a:ln[^>]*>)?<a:solidFill><a:srgbClr val="[0-9A-F]{6}"\/>/);
  parseStrictly(chart);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["2024年12月", "统计", "月报-2025-05"]);
  expect(readWorkbookBytes(bytes, "月报.xlsx").sheets[2]!.values[0]![0]).toBe("2025年5月创卫问题整改情况月报");
});

test("rerunning a month replaces that month's sheet and charts only", async () => {
  const host = new FileHost(null, "月报.xlsx");
  await runReport([f(1, "甲", "rectified")], "2025-04", { target: host });
  await runReport([f(1, "甲", "rectified")], "2025-05", { target: host });
  await runReport([f(1, "甲", "rectified"), f(2, "乙", "pending")], "2025-05", { target: host });
  const zip = await JSZip.loadAsync(await host.toXlsx());
  // April has nothing by unit (the finding was inspected in May), so only its trend chart: 1 + 2.
  expect(Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(3);
  expect(readWorkbookBytes(await host.toXlsx(), "x.xlsx").sheets.map((s) => s.name)).toEqual(["月报-2025-04", "月报-2025-05"]);
});
