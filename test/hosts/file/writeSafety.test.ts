import * as XLSX from "@e965/xlsx";
import type { Finding } from "../../../src/core/model/finding";
import { FileHost } from "../../../src/hosts/file/fileHost";
import { readWorkbookBytes } from "../../../src/hosts/file/readWorkbookBytes";
import { runStructure } from "../../../src/workflows/structureWorkflow";
import { runReport } from "../../../src/workflows/reportWorkflow";
import { generatedLedgerRows } from "../../helpers/generatedLedger";
import { malformedParts } from "../../helpers/xmlParts";
import { partText, zipParts } from "../../helpers/zipFile";

const finding = (i: number, unit: string): Finding => ({
  id: `CW-${i}`,
  source: { file: "a", sheet: "s", row: i + 2 },
  inspectedOn: `2025-05-${String(1 + i).padStart(2, "0")}`,
  unit,
  category: "控烟",
  description: `问题${i}\u0007`,
  location: null,
  measure: null,
  deadline: "2025-05-28",
  status: i % 2 ? "rectified" : "pending",
  rectifiedOn: i % 2 ? "2025-05-20" : null,
  owner: null,
  phone: null,
  noticeNo: null,
  remark: null,
});

test("control characters in unit names never make a part malformed, the 月报 charts included (7)", async () => {
  const host = new FileHost(null, "月报.xlsx");
  const units = ["区城\u0001市管理局", "北山\u001f街道", "南湖街道\u0000", "桂花社区\ufffe"];
  await runReport(
    units.map((u, i) => finding(i, u)),
    "2025-05",
    { target: host },
  );
  const bytes = await host.toXlsx();
  expect((await zipParts(bytes)).has("xl/charts/chart1.xml")).toBe(true);
  expect(await malformedParts(bytes)).toEqual([]);
});

test("a date-formatted 99999999999 in a source sheet is copied as it is, never as NaN (8)", async () => {
  const ws = XLSX.utils.aoa_to_sheet(generatedLedgerRows(4));
  ws["B4"] = { t: "n", v: 99999999999, z: "yyyy-mm-dd" };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "台账");
  const source = new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
  const host = new FileHost(source, "台账.xlsx");
  await runStructure(host);
  const out = await host.toXlsx();
  const parts = await zipParts(out);
  for (const [name] of parts) if (name.startsWith("xl/worksheets/")) expect(partText(parts, name)).not.toContain("NaN");
  expect(readWorkbookBytes(out, "结果.xlsx").sheets[0]!.values[3]![1]).toBe(99999999999);
  // SheetJS declares the relationships namespace on each <sheet>, not on the root: a sheet added must still bind it.
  expect(await malformedParts(out)).toEqual([]);
});

test("an owned sheet is replaced where it stands (position, sheetId, what refers to it), its old table gone", async () => {
  const ws = XLSX.utils.aoa_to_sheet(generatedLedgerRows(6));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "台账");
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["旧的"]]), "标准台账");
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([[{ t: "n", f: "COUNTA('标准台账'!A:A)", v: 1 }]]), "汇总");
  const first = new FileHost(new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer), "台账.xlsx");
  await runStructure(first);
  const once = await first.toXlsx();
  const second = new FileHost(once, "结果.xlsx");
  await runStructure(second);
  const twice = await second.toXlsx();
  const sheetTags = async (b: Uint8Array) => partText(await zipParts(b), "xl/workbook.xml").match(/<sheet [^>]*>/g);
  expect(await sheetTags(twice)).toEqual(await sheetTags(once));
  const grids = readWorkbookBytes(twice, "x.xlsx").sheets;
  expect(grids.map((s) => s.name)).toEqual(["台账", "标准台账", "汇总"]);
  expect(grids[1]!.values).toHaveLength(7);
  expect(grids[2]!.formulas![0]![0]).toBe("=COUNTA('标准台账'!A:A)");
  const parts = await zipParts(twice);
  expect([...parts.keys()].filter((p) => p.startsWith("xl/tables/"))).toHaveLength(1);
  expect(await malformedParts(twice)).toEqual([]);
});
