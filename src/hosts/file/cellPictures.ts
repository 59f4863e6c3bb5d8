import type { SheetGrid } from "../../core/model/grid";
import type { Picture } from "../../core/photos/picture";
import { attr, cellOf, child, children, elements, mimeOf, readRels, readXml, type PackageSource, type Relationship } from "./packageParts";

/**
 * Pictures placed in cells. Newer Excel ("Place in Cell") stores such a cell as an error cell with a
 * value-metadata index (vm): xl/metadata.xml maps it to a rich value, xl/richData/rdrichvalue.xml gives
 * that value's _rvRel:LocalImageIdentifier, and xl/richData/richValueRel.xml (with its .rels) the image.
 * WPS ("嵌入单元格图片") writes =DISPIMG("ID_…",1) in the cell and lists the pictures by name in
 * xl/cellimages.xml.
 */

function byType(rels: Map<string, Relationship>, suffix: RegExp): string | null {
  for (const r of rels.values()) if (!r.external && suffix.test(r.type)) return r.target;
  return null;
}

/** For each value-metadata index (as cells number it), the image part it shows; null when none. */
export function richValueImages(pkg: PackageSource, workbookRels: Map<string, Relationship>): ((vm: number) => string | null) | null {
  const metadataPath = byType(workbookRels, /\/sheetMetadata$/) ?? "xl/metadata.xml";
  const metadata = readXml(pkg, metadataPath);
  if (!metadata) return null;
  const valuePath = byType(workbookRels, /\/rdRichValue$/) ?? "xl/richData/rdrichvalue.xml";
  const structurePath = byType(workbookRels, /\/rdRichValueStructure$/) ?? "xl/richData/rdrichvaluestructure.xml";
  const relPath = byType(workbookRels, /\/richValueRel$/) ?? "xl/richData/richValueRel.xml";
  const values = readXml(pkg, valuePath);
  const structures = readXml(pkg, structurePath);
  const relList = readXml(pkg, relPath);
  if (!values || !structures || !relList) return null;
  const relTargets = readRels(pkg, relPath);

  const typeNames = elements(metadata, "metadataType").map((t) => attr(t, "name"));
  const future = elements(metadata, "futureMetadata").find((f) => attr(f, "name") === "XLRICHVALUE");
  const futureValues = future ? children(future, "bk").map((bk) => Number(attr(elements(bk, "rvb")[0] ?? bk, "i") ?? NaN)) : [];
  const valueBlocks = elements(metadata, "valueMetadata").flatMap((v) => children(v, "bk"));
  const imageKey = children(structures.documentElement, "s").map((s) =>
    children(s, "k").findIndex((k) => attr(k, "n") === "_rvRel:LocalImageIdentifier"),
  );
  const richValues = children(values.documentElement, "rv");
  const rels = children(relList.documentElement, "rel").map((r) => relTargets.get(attr(r, "id") ?? "")?.target ?? null);

  const imageOfBlock = (bk: Element | undefined): string | null => {
    const rc = bk ? child(bk, "rc") : null;
    if (!rc) return null;
    // rc t is a 1-based index into metadataTypes; v indexes futureMetadata's blocks.
    if (typeNames[Number(attr(rc, "t")) - 1] !== "XLRICHVALUE") return null;
    const rv = richValues[futureValues[Number(attr(rc, "v"))] ?? NaN];
    if (!rv) return null;
    const key = imageKey[Number(attr(rv, "s"))] ?? -1;
    const v = key >= 0 ? children(rv, "v")[key] : undefined;
    const index = v?.textContent ? Number(v.textContent.trim()) : NaN;
    return rels[index] ?? null;
  };
  // vm is 1-based in Excel's files; a file that uses 0 for the first block is read 0-based.
  return (vm) => imageOfBlock(valueBlocks[vm - 1]);
}

/** In-cell pictures of one sheet: cells with a value-metadata index that leads to an image. */
export async function richValuePictures(pkg: PackageSource, sheetPath: string, imageOf: (vm: number) => string | null): Promise<Picture[]> {
  const text = pkg.text(sheetPath);
  // Most sheets have no such cell; only those are parsed as XML.
  if (!text || !/<(?:\w+:)?c\b[^>]*\svm="/.test(text)) return [];
  const doc = readXml(pkg, sheetPath);
  if (!doc) return [];
  const cells = elements(doc, "c").filter((c) => attr(c, "vm") !== null);
  const zeroBased = cells.some((c) => attr(c, "vm") === "0");
  const out: Picture[] = [];
  for (const c of cells) {
    const at = cellOf(attr(c, "r") ?? "");
    const path = imageOf(Number(attr(c, "vm")) + (zeroBased ? 1 : 0));
    if (!at || !path) continue;
    const data = await pkg.bytes(path);
    if (data) out.push({ ...at, toRow: null, toCol: null, placement: "inCell", mime: mimeOf(path), data, name: null });
  }
  return out;
}

/** WPS's cell pictures by their ID_… name, with the image part each shows. */
export function wpsCellImages(
  pkg: PackageSource,
  workbookRels: Map<string, Relationship>,
): Map<string, { path: string; name: string | null }> {
  const path = byType(workbookRels, /cellImage/i) ?? (pkg.text("xl/cellimages.xml") !== null ? "xl/cellimages.xml" : "xl/cellImages.xml");
  const doc = readXml(pkg, path);
  const out = new Map<string, { path: string; name: string | null }>();
  if (!doc) return out;
  const rels = readRels(pkg, path);
  for (const pic of elements(doc, "pic")) {
    const props = elements(pic, "cNvPr")[0];
    const blip = elements(pic, "blip")[0];
    const id = props ? attr(props, "name") : null;
    const target = blip ? rels.get(attr(blip, "embed") ?? "") : undefined;
    if (id && target && !target.external) out.set(id, { path: target.target, name: attr(props!, "descr") || null });
  }
  return out;
}

const DISPIMG = /DISPIMG\(\s*"([^"]+)"/i;

/** WPS in-cell pictures of one sheet, found by the DISPIMG formulas the grid already holds. */
export async function wpsPictures(
  grid: SheetGrid,
  images: Map<string, { path: string; name: string | null }>,
  pkg: PackageSource,
): Promise<Picture[]> {
  const out: Picture[] = [];
  const formulas = grid.formulas ?? [];
  for (let row = 0; row < formulas.length; row++) {
    const line = formulas[row];
    if (!line) continue;
    for (let col = 0; col < line.length; col++) {
      const f = line[col];
      const id = f ? DISPIMG.exec(f)?.[1] : undefined;
      const image = id ? images.get(id) : undefined;
      if (!image) continue;
      const data = await pkg.bytes(image.path);
      if (data) out.push({ row, col, toRow: null, toCol: null, placement: "inCell", mime: mimeOf(image.path), data, name: image.name });
    }
  }
  return out;
}
