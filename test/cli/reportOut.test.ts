import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbookBytes";
import { generatedLedgerXlsx } from "../helpers/generatedLedger";
import { cli } from "../helpers/cli";
import { malformedParts } from "../helpers/xmlParts";
import { zipParts } from "../helpers/zipFile";

// A 1×1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

/** The office's own report workbook: a registry, a sheet of notes with a formula, a picture, a named range. */
async function officeWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const reg = wb.addWorksheet("单位名录");
  reg.addRows([
    ["单位名称", "类型"],
    ["区城市管理局", "局"],
    ["北山街道", "街道"],
  ]);
  const notes = wb.addWorksheet("说明");
  notes.getCell("A1").value = "单位数";
  notes.getCell("B1").value = { formula: "COUNTA(单位名录!A:A)-1", result: 2 };
  notes.addImage(wb.addImage({ buffer: PNG as never, extension: "png" }), "D2:E4");
  wb.definedNames.add("单位名录!$A$2:$A$3", "单位列表");
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Parts a writer must update to add a sheet; every other part must come out byte for byte. */
const BOOKKEEPING = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"];

test("report --out onto an existing workbook writes only its 月报 sheet and keeps every other part (13)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "report-out-"));
  const ledger = join(dir, "台账.xlsx");
  writeFileSync(ledger, generatedLedgerXlsx(200));
  const target = join(dir, "月报汇总.xlsx");
  const original = await officeWorkbook();
  writeFileSync(target, original);

  expect(cli(["report", ledger, "--month", "2024-06", "--out", target]).status).toBe(0);
  expect(cli(["report", ledger, "--month", "2024-07", "--out", target]).status).toBe(0);
  const once = new Uint8Array(readFileSync(target));
  expect(readWorkbookBytes(once, "x.xlsx").sheets.map((s) => s.name)).toEqual(["单位名录", "说明", "月报-2024-06", "月报-2024-07"]);

  const before = await zipParts(original);
  const after = await zipParts(once);
  for (const [name, bytes] of before) {
    if (BOOKKEEPING.includes(name)) continue;
    expect({ name, same: Buffer.from(after.get(name) ?? []).equals(Buffer.from(bytes)) }).toEqual({ name, same: true });
  }
  expect(await malformedParts(once)).toEqual([]);

  // Rerunning a month replaces that month's sheet in place, charts included: nothing accumulates.
  expect(cli(["report", ledger, "--month", "2024-07", "--out", target]).status).toBe(0);
  const twice = await zipParts(new Uint8Array(readFileSync(target)));
  expect([...twice.keys()].sort()).toEqual([...after.keys()].sort());
});
