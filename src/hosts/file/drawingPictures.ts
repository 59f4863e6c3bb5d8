import type { Picture } from "../../core/photos/picture";
import { attr, child, elements, inFallback, intOf, mimeOf, readRels, readXml, type PackageSource } from "./packageParts";

/**
 * Pictures floating over a sheet's cells: the sheet's drawing part holds one anchor per picture (or
 * group of pictures) — xdr:twoCellAnchor (from and to cells) or xdr:oneCellAnchor (from cell and a
 * size) — and each picture's a:blip names its image through the drawing's relationships. Absolute
 * anchors (no cell) are left out: they belong to no row.
 */
export async function drawingPictures(pkg: PackageSource, sheetPath: string): Promise<Picture[]> {
  const sheetRels = readRels(pkg, sheetPath);
  const out: Picture[] = [];
  for (const rel of sheetRels.values()) {
    if (rel.external || !rel.type.endsWith("/drawing")) continue;
    const doc = readXml(pkg, rel.target);
    if (!doc) continue;
    const drawingRels = readRels(pkg, rel.target);
    const anchors = [...elements(doc, "twoCellAnchor"), ...elements(doc, "oneCellAnchor")];
    for (const anchor of anchors) {
      const from = child(anchor, "from");
      const to = child(anchor, "to");
      const row = intOf(from && child(from, "row"));
      const col = intOf(from && child(from, "col"));
      if (row === null || col === null || row < 0 || col < 0) continue;
      for (const pic of elements(anchor, "pic")) {
        if (inFallback(pic)) continue;
        const blip = elements(pic, "blip")[0];
        const embed = blip ? attr(blip, "embed") : null;
        const target = embed ? drawingRels.get(embed) : undefined;
        if (!target || target.external) continue;
        const data = await pkg.bytes(target.target);
        if (!data) continue;
        const props = elements(pic, "cNvPr")[0];
        out.push({
          row,
          col,
          toRow: to ? intOf(child(to, "row")) : null,
          toCol: to ? intOf(child(to, "col")) : null,
          placement: "anchored",
          mime: mimeOf(target.target),
          data,
          name: props ? attr(props, "descr") || attr(props, "name") : null,
        });
      }
    }
  }
  return out;
}
