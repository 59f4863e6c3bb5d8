import JSZip from "jszip";
import type { WorkbookGrid } from "../../core/model/grid";
import type { Picture } from "../../core/photos/picture";
import { richValueImages, richValuePictures, wpsCellImages, wpsPictures } from "./cellPictures";
import { drawingPictures } from "./drawingPictures";
import { attr, elements, readRels, readXml } from "./packageParts";

/**
 * The pictures of an .xlsx package, by sheet name: floating pictures from the drawing parts and
 * pictures placed in cells (Excel's rich values, WPS's DISPIMG). SheetJS reads no pictures, so the
 * package is opened again here, reading only the parts that hold them.
 */
export async function readWorkbookPictures(bytes: Uint8Array, workbook: WorkbookGrid): Promise<Map<string, Picture[]>> {
  const out = new Map<string, Picture[]>();
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return out;
  }
  const workbookPath = "xl/workbook.xml";
  const book = await readXml(zip, workbookPath);
  if (!book) return out;
  const rels = await readRels(zip, workbookPath);
  const media = new Map<string, Promise<Uint8Array | null>>();
  const imageOf = await richValueImages(zip, rels);
  const wpsImages = await wpsCellImages(zip, rels);
  for (const sheet of elements(book, "sheet")) {
    const name = attr(sheet, "name");
    const rel = rels.get(attr(sheet, "id") ?? "");
    if (!name || !rel || rel.external) continue;
    const pictures = await drawingPictures(zip, rel.target, media);
    if (imageOf) pictures.push(...(await richValuePictures(zip, rel.target, imageOf, media)));
    const grid = workbook.sheets.find((s) => s.name === name && !s.isCsv);
    if (grid && wpsImages.size > 0) pictures.push(...(await wpsPictures(grid, wpsImages, zip, media)));
    if (pictures.length > 0) out.set(name, pictures);
  }
  return out;
}
