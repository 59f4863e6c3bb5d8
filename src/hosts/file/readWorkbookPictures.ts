import type { WorkbookGrid } from "../../core/model/grid";
import type { Picture } from "../../core/photos/picture";
import { richValueImages, richValuePictures, wpsCellImages, wpsPictures } from "./cellPictures";
import { drawingPictures } from "./drawingPictures";
import { attr, elements, readRels, readXml, type PackageSource } from "./packageParts";

/**
 * The pictures of an .xlsx package, by sheet name: floating pictures from the drawing parts and
 * pictures placed in cells (Excel's rich values, WPS's DISPIMG). SheetJS reads no pictures; the parts
 * that hold them are read here from the package the file host has already opened.
 */
export async function readWorkbookPictures(pkg: PackageSource, workbook: WorkbookGrid): Promise<Map<string, Picture[]>> {
  const out = new Map<string, Picture[]>();
  const workbookPath = "xl/workbook.xml";
  const book = readXml(pkg, workbookPath);
  if (!book) return out;
  const rels = readRels(pkg, workbookPath);
  const imageOf = richValueImages(pkg, rels);
  const wpsImages = wpsCellImages(pkg, rels);
  for (const sheet of elements(book, "sheet")) {
    const name = attr(sheet, "name");
    const rel = rels.get(attr(sheet, "id") ?? "");
    if (!name || !rel || rel.external) continue;
    const pictures = await drawingPictures(pkg, rel.target);
    // Appended in loops: a sheet can have a picture in every one of 300k rows, and push(...) of that many
    // arguments overflows the stack.
    if (imageOf) for (const p of await richValuePictures(pkg, rel.target, imageOf)) pictures.push(p);
    const grid = workbook.sheets.find((s) => s.name === name && !s.isCsv);
    if (grid && wpsImages.size > 0) for (const p of await wpsPictures(grid, wpsImages, pkg)) pictures.push(p);
    if (pictures.length > 0) out.set(name, pictures);
  }
  return out;
}
