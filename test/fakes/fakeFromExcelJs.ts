import ExcelJS from "exceljs";
import { FakeWorkbook } from "./fakeExcel";

/**
 * Loads an .xlsx into the fake the way Excel would hold it: dates as serial numbers with their
 * number format, formulas with their cached value, errors as "#N/A" text, merges listed apart.
 */
export async function fakeFromXlsx(bytes: Uint8Array): Promise<FakeWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const fake = new FakeWorkbook();
  wb.eachSheet((ws) => {
    const sheet = fake.addSheet(ws.name);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // Excel reports a merged area's text in its top-left cell only; exceljs repeats it.
        if (cell.isMerged && cell.master !== cell) return;
        const v = cell.value;
        const format = cell.numFmt || "General";
        if (v instanceof Date)
          sheet.set(r - 1, c - 1, { value: Date.UTC(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate()) / 86_400_000 + 25_569, format });
        else if (v && typeof v === "object" && "formula" in v) {
          const result = (v as { result?: unknown }).result;
          sheet.set(r - 1, c - 1, {
            value: typeof result === "number" || typeof result === "string" ? result : "",
            format,
            formula: `=${(v as { formula: string }).formula}`,
          });
        } else if (v && typeof v === "object" && "error" in v)
          sheet.set(r - 1, c - 1, { value: String((v as { error: string }).error), format });
        else if (v && typeof v === "object" && "richText" in v)
          sheet.set(r - 1, c - 1, { value: (v as { richText: Array<{ text: string }> }).richText.map((t) => t.text).join(""), format });
        else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") sheet.set(r - 1, c - 1, { value: v, format });
      });
    });
    const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
    for (const m of merges) {
      const [a, b] = m.split(":");
      const decode = (ref: string): [number, number] => {
        const mm = /^([A-Z]+)(\d+)$/.exec(ref)!;
        let col = 0;
        for (const ch of mm[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
        return [Number(mm[2]) - 1, col - 1];
      };
      const [sr, sc] = decode(a!);
      const [er, ec] = decode(b ?? a!);
      sheet.merges.push({ startRow: sr, startCol: sc, endRow: er, endCol: ec });
    }
  });
  return fake;
}
