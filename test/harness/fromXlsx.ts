import ExcelJS from "exceljs";
import { parseArea } from "./a1";
import { WorkbookModel } from "./workbookModel";

/**
 * An .xlsx as Excel holds it once opened: dates as serial numbers with their number format,
 * formulas with their cached value, errors as "#N/A" text, text of a merged area in its top-left
 * cell only, merges listed apart.
 */
export async function workbookFromXlsx(bytes: Uint8Array): Promise<WorkbookModel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const book = new WorkbookModel();
  wb.eachSheet((ws) => {
    const sheet = book.addSheet(ws.name);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        const v = cell.value;
        const numberFormat = cell.numFmt || "General";
        const at = (patch: { value: string | number | boolean; formula?: string | null }) =>
          sheet.setCell(r - 1, c - 1, { formula: null, numberFormat, ...patch });
        if (v instanceof Date) at({ value: Date.UTC(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate()) / 86_400_000 + 25_569 });
        else if (v && typeof v === "object" && "formula" in v) {
          const result = (v as { result?: unknown }).result;
          at({
            value: typeof result === "number" || typeof result === "string" ? result : "",
            formula: `=${(v as { formula: string }).formula}`,
          });
        } else if (v && typeof v === "object" && "error" in v) at({ value: String((v as { error: string }).error) });
        else if (v && typeof v === "object" && "richText" in v)
          at({ value: (v as { richText: Array<{ text: string }> }).richText.map((t) => t.text).join("") });
        else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") at({ value: v });
      });
    });
    for (const m of (ws.model as unknown as { merges?: string[] }).merges ?? []) sheet.merges.push(parseArea(m));
  });
  return book;
}
