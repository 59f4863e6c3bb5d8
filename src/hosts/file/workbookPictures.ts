import type { WorkbookGrid } from "../../core/model/grid";
import { packageSource } from "./packageSource";
import type { InflateRaw } from "./unzipParts";

/**
 * The grids with their sheets' pictures (整改前/整改后照片) added, for .xlsx packages that hold media
 * parts; `parts` are the XML parts the file host has inflated already. The picture reader (with its XML
 * parser) loads only for such files.
 */
export async function withPictures(
  workbook: WorkbookGrid,
  bytes: Uint8Array,
  parts: ReadonlyMap<string, Uint8Array>,
  inflate: InflateRaw,
): Promise<WorkbookGrid> {
  const pkg = packageSource(bytes, workbook.fileName, parts, inflate);
  if (!pkg.names().some((n) => n.startsWith("xl/media/"))) return workbook;
  const { readWorkbookPictures } = await import("./readWorkbookPictures");
  const pictures = await readWorkbookPictures(pkg, workbook);
  if (pictures.size === 0) return workbook;
  return {
    ...workbook,
    sheets: workbook.sheets.map((s) => (!s.isCsv && pictures.has(s.name) ? { ...s, pictures: pictures.get(s.name)! } : s)),
  };
}
