import { XMLSerializer, type Node as XmlNode } from "@xmldom/xmldom";
import JSZip from "jszip";
import { attr, elements, readRels, readXml } from "./packageParts";

const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

/** Parts that carry pictures placed in cells, which exceljs does not know and drops on saving. */
function isCellPicturePart(path: string): boolean {
  return path === "xl/metadata.xml" || path.startsWith("xl/richData/") || /^xl\/cellimages\.xml$/i.test(path);
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A path relative to the folder of `from` ("xl/richData/x.xml" → "../media/a.png"). */
function relativeTo(from: string, to: string): string {
  const base = from.split("/").slice(0, -1);
  const target = to.split("/");
  let i = 0;
  while (i < base.length && base[i] === target[i]) i++;
  return [...base.slice(i).map(() => ".."), ...target.slice(i)].join("/");
}

async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const book = await readXml(zip, "xl/workbook.xml");
  const rels = await readRels(zip, "xl/workbook.xml");
  const out = new Map<string, string>();
  for (const s of book ? elements(book, "sheet") : []) {
    const rel = rels.get(attr(s, "id") ?? "");
    const name = attr(s, "name");
    if (name && rel && !rel.external) out.set(name, rel.target);
  }
  return out;
}

const serialize = (doc: Document): string => new XMLSerializer().serializeToString(doc as unknown as XmlNode);

/**
 * Puts back, into a workbook saved through exceljs, the source's pictures placed in cells: the
 * metadata, rich-value and cellimages parts with their images (under new names, so nothing of the
 * saved workbook is overwritten), their workbook relationships and content types, and each picture
 * cell's value-metadata index. Floating pictures survive exceljs by themselves.
 */
export async function keepCellPictures(source: Uint8Array, saved: Uint8Array): Promise<Uint8Array> {
  const src = await JSZip.loadAsync(source);
  const bookRels = await readRels(src, "xl/workbook.xml");
  const kept = [...bookRels.entries()].filter(([, r]) => !r.external && isCellPicturePart(r.target) && src.file(r.target));
  if (kept.length === 0) return saved;
  const dst = await JSZip.loadAsync(saved);
  const srcTypes = await readXml(src, "[Content_Types].xml");
  const overrides = new Map(
    (srcTypes ? elements(srcTypes, "Override") : []).map((o) => [attr(o, "PartName") ?? "", attr(o, "ContentType") ?? ""]),
  );
  const mediaTypes = new Map<string, string>();
  let counter = 0;

  for (const [, rel] of kept) {
    if (dst.file(rel.target)) continue;
    dst.file(rel.target, await src.file(rel.target)!.async("uint8array"));
    const relsPath = relsPathOf(rel.target);
    const relsDoc = await readXml(src, relsPath);
    if (!relsDoc) continue;
    const partRels = await readRels(src, rel.target);
    for (const r of elements(relsDoc, "Relationship")) {
      const target = attr(r, "Target");
      if (!target || attr(r, "TargetMode") === "External") continue;
      const resolved = partRels.get(attr(r, "Id") ?? "")?.target;
      const file = resolved ? src.file(resolved) : null;
      if (!resolved || !file) continue;
      const ext = /\.([^./]+)$/.exec(resolved)?.[1] ?? "bin";
      const fresh = `xl/media/cellpicture${++counter}.${ext}`;
      dst.file(fresh, await file.async("uint8array"));
      r.setAttribute("Target", relativeTo(rel.target, fresh));
      mediaTypes.set(ext.toLowerCase(), "");
    }
    dst.file(relsPath, serialize(relsDoc));
  }

  // Workbook relationships and content types for the parts put back.
  const dstRels = await readXml(dst, "xl/_rels/workbook.xml.rels");
  const types = await readXml(dst, "[Content_Types].xml");
  if (!dstRels || !types) return saved;
  const relRoot = dstRels.documentElement!;
  const typeRoot = types.documentElement!;
  kept.forEach(([, rel], i) => {
    const r = dstRels.createElementNS(REL_NS, "Relationship");
    r.setAttribute("Id", `rIdCellPicture${i + 1}`);
    r.setAttribute("Type", rel.type);
    r.setAttribute("Target", relativeTo("xl/workbook.xml", rel.target));
    relRoot.appendChild(r);
    const contentType = overrides.get(`/${rel.target}`);
    if (contentType && !elements(types, "Override").some((o) => attr(o, "PartName") === `/${rel.target}`)) {
      const o = types.createElementNS(TYPES_NS, "Override");
      o.setAttribute("PartName", `/${rel.target}`);
      o.setAttribute("ContentType", contentType);
      typeRoot.appendChild(o);
    }
  });
  const defaults = new Set(elements(types, "Default").map((d) => (attr(d, "Extension") ?? "").toLowerCase()));
  for (const ext of mediaTypes.keys()) {
    if (defaults.has(ext)) continue;
    const d = types.createElementNS(TYPES_NS, "Default");
    d.setAttribute("Extension", ext);
    d.setAttribute("ContentType", ext === "jpg" || ext === "jpeg" ? "image/jpeg" : `image/${ext}`);
    typeRoot.insertBefore(d, typeRoot.firstChild);
  }
  dst.file("xl/_rels/workbook.xml.rels", serialize(dstRels));
  dst.file("[Content_Types].xml", serialize(types));

  // Each picture cell's value-metadata index, on the saved sheet of the same name.
  const srcSheets = await sheetPaths(src);
  const dstSheets = await sheetPaths(dst);
  for (const [name, path] of srcSheets) {
    const text = await src.file(path)?.async("string");
    const target = dstSheets.get(name);
    if (!text || !target || !/\svm="/.test(text)) continue;
    const srcDoc = await readXml(src, path);
    const vm = new Map(
      (srcDoc ? elements(srcDoc, "c") : []).flatMap((c) => (attr(c, "vm") !== null ? [[attr(c, "r") ?? "", attr(c, "vm")!] as const] : [])),
    );
    const dstDoc = await readXml(dst, target);
    if (!dstDoc || vm.size === 0) continue;
    for (const c of elements(dstDoc, "c")) {
      const v = vm.get(attr(c, "r") ?? "");
      if (v !== undefined) c.setAttribute("vm", v);
    }
    dst.file(target, serialize(dstDoc));
  }
  return new Uint8Array(await dst.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}
