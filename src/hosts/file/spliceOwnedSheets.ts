import JSZip from "jszip";
import type { SheetPlan } from "../../core/output/sheetPlan";
import { escapeMarkup } from "../../core/output/escapeMarkup";
import { writeWorkbookXlsx } from "./writeWorkbookXlsx";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";

const text = (zip: JSZip, path: string): Promise<string> => zip.file(path)!.async("string");
const unescapeAttr = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The child elements of a container (<fonts>…</fonts>), each as its XML text. */
function children(xml: string, container: string, child: string): { list: string[]; start: number; end: number } | null {
  const open = new RegExp(`<${container}(\\s[^>]*)?(/>|>)`).exec(xml);
  if (!open) return null;
  if (open[2] === "/>") return { list: [], start: open.index, end: open.index + open[0].length };
  const close = xml.indexOf(`</${container}>`, open.index);
  const body = xml.slice(open.index + open[0].length, close);
  const list = body.match(new RegExp(`<${child}(?:\\s[^>]*?)?(?:/>|>[\\s\\S]*?</${child}>)`, "g")) ?? [];
  return { list, start: open.index, end: close + container.length + 3 };
}

function withChildren(xml: string, container: string, list: readonly string[], before: string): string {
  const found = children(xml, container, "x");
  const block = `<${container} count="${list.length}">${list.join("")}</${container}>`;
  if (found) return xml.slice(0, found.start) + block + xml.slice(found.end);
  const at = xml.indexOf(`<${before}`);
  return xml.slice(0, at) + block + xml.slice(at);
}

/** Relationship targets of a part, by id. */
function relsOf(xml: string): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  for (const m of xml.matchAll(/<Relationship\s[^>]*>/g)) {
    const attr = (n: string) => new RegExp(`\\s${n}="([^"]*)"`).exec(m[0])?.[1] ?? "";
    out.set(attr("Id"), { type: attr("Type"), target: attr("Target") });
  }
  return out;
}

const resolvePart = (base: string, target: string): string => {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const p of target.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== ".") parts.push(p);
  }
  return parts.join("/");
};
const relsPath = (part: string): string => part.replace(/([^/]+)$/, "_rels/$1.rels");

function unusedName(zip: JSZip, folder: string, prefix: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const p = `${folder}/${prefix}${n}.xml`;
    if (!zip.file(p) && !taken.has(p)) {
      taken.add(p);
      return p;
    }
  }
}

/** Carries cell formats from the fresh package's styles into the original's, returning the new xf index of each. */
function mergeStyles(original: string, fresh: string): { styles: string; xfMap: Map<number, number> } {
  const list = (xml: string, c: string, e: string) => children(xml, c, e)?.list ?? [];
  const numFmts = list(original, "numFmts", "numFmt");
  const fonts = list(original, "fonts", "font");
  const fills = list(original, "fills", "fill");
  const borders = list(original, "borders", "border");
  const xfs = list(original, "cellXfs", "xf");
  const freshFonts = list(fresh, "fonts", "font");
  const freshFills = list(fresh, "fills", "fill");
  const freshBorders = list(fresh, "borders", "border");
  const freshFmts = new Map(
    list(fresh, "numFmts", "numFmt").map((n) => [/numFmtId="(\d+)"/.exec(n)![1]!, unescapeAttr(/formatCode="([^"]*)"/.exec(n)![1]!)]),
  );
  let nextFmt = Math.max(163, ...numFmts.map((n) => Number(/numFmtId="(\d+)"/.exec(n)![1]))) + 1;
  const fmtId = (id: string): string => {
    const code = freshFmts.get(id);
    if (code === undefined) return id;
    const same = numFmts.find((n) => unescapeAttr(/formatCode="([^"]*)"/.exec(n)![1]!) === code);
    if (same) return /numFmtId="(\d+)"/.exec(same)![1]!;
    numFmts.push(`<numFmt numFmtId="${nextFmt}" formatCode="${escapeMarkup(code)}"/>`);
    return String(nextFmt++);
  };
  const appendOnce = (target: string[], item: string): number => {
    const i = target.indexOf(item);
    if (i >= 0) return i;
    target.push(item);
    return target.length - 1;
  };
  const xfMap = new Map<number, number>();
  list(fresh, "cellXfs", "xf").forEach((xf, i) => {
    const id = (n: string): string => new RegExp(`\\s${n}="(\\d+)"`).exec(xf)?.[1] ?? "0";
    const mapped = xf
      .replace(/\snumFmtId="(\d+)"/, () => ` numFmtId="${fmtId(id("numFmtId"))}"`)
      .replace(/\sfontId="(\d+)"/, () => ` fontId="${appendOnce(fonts, freshFonts[Number(id("fontId"))]!)}"`)
      .replace(/\sfillId="(\d+)"/, () => ` fillId="${appendOnce(fills, freshFills[Number(id("fillId"))]!)}"`)
      .replace(/\sborderId="(\d+)"/, () => ` borderId="${appendOnce(borders, freshBorders[Number(id("borderId"))]!)}"`)
      .replace(/\sxfId="\d+"/, ' xfId="0"');
    xfMap.set(i, appendOnce(xfs, mapped));
  });
  let styles = original;
  styles = withChildren(styles, "cellXfs", xfs, "cellStyles");
  styles = withChildren(styles, "borders", borders, "cellStyleXfs");
  styles = withChildren(styles, "fills", fills, "borders");
  styles = withChildren(styles, "fonts", fonts, "fills");
  if (numFmts.length > 0) styles = withChildren(styles, "numFmts", numFmts, "fonts");
  return { styles, xfMap };
}

/** A fresh sheet's XML made to stand in the original package: inline strings, remapped styles, not selected. */
function transplant(sheetXml: string, strings: readonly string[], xfMap: Map<number, number>): string {
  return sheetXml
    .replace(
      /<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
      (_, a: string, b: string, i: string) => `<c ${a}t="inlineStr"${b}><is>${strings[Number(i)] ?? ""}</is></c>`,
    )
    .replace(/(<c [^>]*?\s)s="(\d+)"/g, (_, a: string, s: string) => `${a}s="${xfMap.get(Number(s)) ?? 0}"`)
    .replace(/(<(?:col|row) [^>]*?\s)(style|s)="(\d+)"/g, (_, a: string, k: string, s: string) => `${a}${k}="${xfMap.get(Number(s)) ?? 0}"`)
    .replace(/\stabSelected="1"/g, "");
}

/**
 * Writes owned sheets into an existing .xlsx without re-saving the rest: every other sheet's part
 * (and every other part of the package) stays byte for byte as it was; only the workbook's sheet
 * list, relationships, content types and styles gain what the owned sheets need. An owned sheet
 * that exists keeps its place, name and id (references to it survive); a new one is added at the end.
 */
export async function spliceOwnedSheets(original: Uint8Array, plans: readonly SheetPlan[]): Promise<Uint8Array> {
  if (plans.length === 0) return original;
  const zip = await JSZip.loadAsync(original);
  const fresh = await JSZip.loadAsync(await writeWorkbookXlsx(plans));
  const freshSst = fresh.file("xl/sharedStrings.xml") ? await text(fresh, "xl/sharedStrings.xml") : "";
  const strings = (freshSst.match(/<si>[\s\S]*?<\/si>/g) ?? []).map((si) => si.slice(4, -5));
  const { styles, xfMap } = mergeStyles(await text(zip, "xl/styles.xml"), await text(fresh, "xl/styles.xml"));
  zip.file("xl/styles.xml", styles);

  let workbook = await text(zip, "xl/workbook.xml");
  let wbRels = await text(zip, "xl/_rels/workbook.xml.rels");
  let types = await text(zip, "[Content_Types].xml");
  const rels = relsOf(wbRels);
  const freshWorkbook = await text(fresh, "xl/workbook.xml");
  const freshRels = relsOf(await text(fresh, "xl/_rels/workbook.xml.rels"));
  const taken = new Set<string>();
  const tableIds: number[] = [];
  for (const f of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p)))
    tableIds.push(Number(/\sid="(\d+)"/.exec(await text(zip, f))?.[1] ?? 0));
  let nextTableId = Math.max(0, ...tableIds) + 1;
  const removeType = (part: string) => {
    types = types.replace(new RegExp(`<Override PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*/>`), "");
  };

  for (const plan of plans) {
    const name = escapeMarkup(plan.name);
    const freshRid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(freshWorkbook)![1]!;
    const freshPart = resolvePart("xl/workbook.xml", freshRels.get(freshRid)!.target);
    const existing = new RegExp(`<sheet [^>]*name="${name}"[^>]*/>`).exec(workbook);
    let part: string;
    if (existing) {
      part = resolvePart("xl/workbook.xml", rels.get(/r:id="([^"]+)"/.exec(existing[0])![1]!)!.target);
      // The old sheet's own parts (its tables) go with it.
      const oldRels = zip.file(relsPath(part)) ? relsOf(await text(zip, relsPath(part))) : new Map();
      for (const r of oldRels.values())
        if (r.type.endsWith("/table")) {
          const t = resolvePart(part, r.target);
          zip.remove(t);
          removeType(t);
        }
      zip.remove(relsPath(part));
    } else {
      part = unusedName(zip, "xl/worksheets", "sheet", taken);
      const ids = [...wbRels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
      const rid = `rId${Math.max(0, ...ids) + 1}`;
      wbRels = wbRels.replace(
        "</Relationships>",
        `<Relationship Id="${rid}" Type="${REL_NS}/worksheet" Target="${part.replace(/^xl\//, "")}"/></Relationships>`,
      );
      rels.set(rid, { type: `${REL_NS}/worksheet`, target: part.replace(/^xl\//, "") });
      const sheetIds = [...workbook.matchAll(/<sheet [^>]*sheetId="(\d+)"/g)].map((m) => Number(m[1]));
      workbook = workbook.replace("</sheets>", `<sheet name="${name}" sheetId="${Math.max(0, ...sheetIds) + 1}" r:id="${rid}"/></sheets>`);
      types = types.replace("</Types>", `<Override PartName="/${part}" ContentType="${SHEET_TYPE}"/></Types>`);
    }
    zip.file(part, transplant(await text(fresh, freshPart), strings, xfMap));
    const freshSheetRels = fresh.file(relsPath(freshPart)) ? relsOf(await text(fresh, relsPath(freshPart))) : new Map();
    const newRels: string[] = [];
    for (const [id, r] of freshSheetRels) {
      if (!r.type.endsWith("/table")) continue;
      const tablePart = unusedName(zip, "xl/tables", "table", taken);
      const xml = (await text(fresh, resolvePart(freshPart, r.target))).replace(/(<table [^>]*?\s)id="\d+"/, `$1id="${nextTableId++}"`);
      zip.file(tablePart, xml);
      types = types.replace("</Types>", `<Override PartName="/${tablePart}" ContentType="${TABLE_TYPE}"/></Types>`);
      newRels.push(`<Relationship Id="${id}" Type="${r.type}" Target="../tables/${tablePart.split("/").pop()}"/>`);
    }
    if (newRels.length > 0)
      zip.file(
        relsPath(part),
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${newRels.join("")}</Relationships>`,
      );
  }
  zip.file("xl/workbook.xml", workbook);
  zip.file("xl/_rels/workbook.xml.rels", wbRels);
  zip.file("[Content_Types].xml", types);
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}
