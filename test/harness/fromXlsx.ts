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
    // Pictures over the cells, placed where their anchors put them (offsets in EMU, 12,700 to the point).
    for (const img of ws.getImages()) {
      const media = wb.getImage(Number(img.imageId)) as unknown as { buffer?: Uint8Array; extension: string };
      const tl = img.range.tl as unknown as { nativeCol: number; nativeColOff: number; nativeRow: number; nativeRowOff: number };
      const br = img.range.br as unknown as typeof tl | undefined;
      const ext = (img.range as unknown as { ext?: { width: number; height: number } }).ext;
      const top = sheet.rowTop(tl.nativeRow) + tl.nativeRowOff / 12_700;
      const left = sheet.colLeft(tl.nativeCol) + tl.nativeColOff / 12_700;
      sheet.shapes.push({
        id: book.newId("shape"),
        name: `图片 ${sheet.shapes.length + 1}`,
        type: "Image",
        top,
        left,
        width: br ? sheet.colLeft(br.nativeCol) + br.nativeColOff / 12_700 - left : (ext?.width ?? 20) * 0.75,
        height: br ? sheet.rowTop(br.nativeRow) + br.nativeRowOff / 12_700 - top : (ext?.height ?? 20) * 0.75,
        altTextDescription: "",
        image: Buffer.from(media.buffer ?? new Uint8Array()).toString("base64"),
      });
    }
  });
  return book;
}
