import {
  attr,
  CONTENT_TYPES,
  freePartName,
  freeRelId,
  parseRels,
  REL,
  REL_TYPES,
  relativeTarget,
  relsPathOf,
  relsXml,
  resolveTarget,
  rootPrefix,
  withDefault,
  withOverride,
  withoutOverride,
  withPrefix,
  SPREADSHEET_MAIN,
  type Relationship,
} from "./opc";
import type { WorkbookPackage } from "./workbookPackage";
import { xmlText } from "./xmlText";

/** An owned sheet ready to be placed: its XML uses the target's cell formats and refers to its parts as rId1 (table) and rId2 (drawing). */
export interface OwnedSheet {
  name: string;
  xml: string;
  table: { name: string; xml: (id: number, name: string) => string } | null;
  /** Names scoped to the sheet (print area, print titles); values are XML text, already escaped. */
  definedNames: Array<{ name: string; value: string }>;
  /** Charts drawn on the sheet: the drawing part given its chart parts' targets, and the chart parts. */
  drawing?: { xml: string; charts: string[]; images?: Array<{ data: Uint8Array; extension: string; mime: string }> };
}

export const TABLE_REL_ID = "rId1";
export const DRAWING_REL_ID = "rId2";

// Elements that come after <drawing> in a worksheet (ECMA-376 order).
const AFTER_DRAWING =
  /<(?:legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

const WORKBOOK_SKELETON = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${SPREADSHEET_MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets></sheets></workbook>`;

/** Parts a new, empty package needs around its sheets: content types, package and workbook relationships, the workbook. */
export function startPackage(pkg: WorkbookPackage, stylesXml: string): void {
  pkg.set(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPES.workbook}"/><Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPES.styles}"/></Types>`,
  );
  pkg.set("_rels/.rels", relsXml([{ id: "rId1", type: REL_TYPES.officeDocument, target: "xl/workbook.xml", external: false }]));
  pkg.set("xl/workbook.xml", WORKBOOK_SKELETON);
  pkg.set("xl/_rels/workbook.xml.rels", relsXml([{ id: "rId1", type: REL_TYPES.styles, target: "styles.xml", external: false }]));
  pkg.set("xl/styles.xml", stylesXml);
}

/** Where the workbook part is (xl/workbook.xml almost always; the package's relationships say). */
export async function workbookPartOf(pkg: WorkbookPackage): Promise<string> {
  const rel = parseRels(await pkg.text("_rels/.rels")).find((r) => r.type === REL_TYPES.officeDocument);
  return rel ? resolveTarget("", rel.target) : "xl/workbook.xml";
}

/** Where styles.xml is, adding the relationship (and content type) when the workbook has none. */
export async function stylesPartOf(pkg: WorkbookPackage, workbookPart: string): Promise<string> {
  const relsPath = relsPathOf(workbookPart);
  const rels = parseRels(await pkg.text(relsPath));
  const rel = rels.find((r) => r.type === REL_TYPES.styles);
  if (rel) return resolveTarget(workbookPart, rel.target);
  const path = resolveTarget(workbookPart, "styles.xml");
  pkg.set(
    relsPath,
    relsXml([...rels, { id: freeRelId(rels), type: REL_TYPES.styles, target: relativeTarget(workbookPart, path), external: false }]),
  );
  const types = (await pkg.text("[Content_Types].xml")) ?? "";
  pkg.set("[Content_Types].xml", withOverride(types, path, CONTENT_TYPES.styles));
  return path;
}

interface SheetEntry {
  tag: string;
  name: string;
  relId: string;
}

const sheetEntries = (workbook: string): SheetEntry[] =>
  [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*?\/?>/g)]
    .filter((m) => !/^<(?:\w+:)?sheets\b/.test(m[0]))
    .map((m) => ({ tag: m[0], name: attr(m[0], "name") ?? "", relId: attr(m[0], "id", true) ?? "" }));

/** The parts a replaced sheet owned (tables, drawings with their charts, comments …), removed with their content types. */
async function removeSheetParts(pkg: WorkbookPackage, sheetPath: string, types: { xml: string }): Promise<void> {
  const relsPath = relsPathOf(sheetPath);
  const owned = ["table", "drawing", "chart", "image", "comments", "vmlDrawing", "printerSettings", "threadedComment"];
  for (const r of parseRels(await pkg.text(relsPath))) {
    if (r.external || !owned.some((t) => r.type.endsWith(`/${t}`))) continue;
    const path = resolveTarget(sheetPath, r.target);
    if (r.type.endsWith("/drawing")) await removeSheetParts(pkg, path, types);
    pkg.delete(path);
    types.xml = withoutOverride(types.xml, path);
  }
  pkg.delete(relsPath);
}

/** Ids and names of the tables the package holds (ids and names must be unique in a workbook). */
async function tablesIn(pkg: WorkbookPackage): Promise<{ ids: Set<number>; names: Set<string> }> {
  const ids = new Set<number>();
  const names = new Set<string>();
  for (const p of pkg.names().filter((n) => /^xl\/tables\/[^/]+\.xml$/i.test(n))) {
    const head = /<(?:\w+:)?table\b[^>]*>/.exec((await pkg.text(p)) ?? "")?.[0] ?? "";
    ids.add(Number(attr(head, "id")));
    names.add((attr(head, "name") ?? "").toLowerCase());
  }
  return { ids, names };
}

/**
 * Writes owned sheets into a package: a sheet of the same name is replaced in place (same position,
 * same sheetId and relationship, so references to it survive) with the parts it owned; a new one is
 * appended. Tables get workbook-unique ids and names, print names their sheet's index; the calculation
 * chain goes when a sheet is replaced (Excel rebuilds it). Every other part is left as it was.
 */
export async function placeSheets(pkg: WorkbookPackage, sheets: readonly OwnedSheet[]): Promise<void> {
  if (sheets.length === 0) return;
  const wbPart = await workbookPartOf(pkg);
  const wbRelsPath = relsPathOf(wbPart);
  let workbook = (await pkg.text(wbPart)) ?? WORKBOOK_SKELETON;
  const wbRels: Relationship[] = parseRels(await pkg.text(wbRelsPath));
  const types = { xml: (await pkg.text("[Content_Types].xml")) ?? "" };
  types.xml = withDefault(
    withDefault(types.xml, "rels", "application/vnd.openxmlformats-package.relationships+xml"),
    "xml",
    "application/xml",
  );
  const prefix = rootPrefix(workbook, "workbook");
  // Replaced sheets' tables go away first, so their names and ids are free again.
  const entries = sheetEntries(workbook);
  let replaced = false;
  for (const s of sheets) {
    const old = entries.find((e) => e.name === s.name);
    const rel = old && wbRels.find((r) => r.id === old.relId);
    if (rel) {
      await removeSheetParts(pkg, resolveTarget(wbPart, rel.target), types);
      replaced = true;
    }
  }
  const tables = await tablesIn(pkg);
  let nextTableId = Math.max(0, ...tables.ids) + 1;
  const pending: string[] = [];
  const freePart = (folder: string, stem: string) => {
    const name = freePartName([...pkg.names(), ...pending], folder, stem);
    pending.push(name);
    return name;
  };
  let nextSheetId = Math.max(0, ...entries.map((e) => Number(attr(e.tag, "sheetId")) || 0)) + 1;

  for (const s of sheets) {
    const old = sheetEntries(workbook).find((e) => e.name === s.name);
    const oldRel = old && wbRels.find((r) => r.id === old.relId);
    let path: string;
    if (oldRel) path = resolveTarget(wbPart, oldRel.target);
    else {
      path = freePart("xl/worksheets", "sheet");
      const id = freeRelId(wbRels);
      wbRels.push({ id, type: REL_TYPES.worksheet, target: relativeTarget(wbPart, path), external: false });
      // The relationships namespace is declared on the element itself: some writers declare it only on
      // their own <sheet> elements, not on the root.
      const tag = withPrefix(`<sheet name="${xmlText(s.name)}" sheetId="${nextSheetId++}"`, prefix) + ` xmlns:r="${REL}" r:id="${id}"/>`;
      workbook = /<(\w+:)?sheets\s*\/>/.test(workbook)
        ? workbook.replace(/<(\w+:)?sheets\s*\/>/, (_, p: string | undefined) => `<${p ?? ""}sheets>${tag}</${p ?? ""}sheets>`)
        : workbook.replace(/<\/(\w+:)?sheets>/, (end) => `${tag}${end}`);
      types.xml = withOverride(types.xml, path, CONTENT_TYPES.worksheet);
    }
    const rels: Relationship[] = [];
    let xml = s.xml;
    if (s.table) {
      const tablePath = freePart("xl/tables", "table");
      let name = s.table.name;
      for (let n = 2; tables.names.has(name.toLowerCase()); n++) name = `${s.table.name}${n}`;
      tables.names.add(name.toLowerCase());
      pkg.set(tablePath, s.table.xml(nextTableId++, name));
      types.xml = withOverride(types.xml, tablePath, CONTENT_TYPES.table);
      rels.push({ id: TABLE_REL_ID, type: REL_TYPES.table, target: relativeTarget(path, tablePath), external: false });
    }
    if (s.drawing) {
      const drawingPath = freePart("xl/drawings", "drawing");
      const chartPaths = s.drawing.charts.map(() => freePart("xl/charts", "chart"));
      s.drawing.charts.forEach((c, i) => {
        pkg.set(chartPaths[i]!, c);
        types.xml = withOverride(types.xml, chartPaths[i]!, CONTENT_TYPES.chart);
      });
      // Pictures (rId after the charts'): media parts under fresh names, never another part's.
      const imagePaths = (s.drawing.images ?? []).map((img) => {
        const path = freePart("xl/media", "image").replace(/\.xml$/, `.${img.extension}`);
        pkg.set(path, img.data);
        types.xml = withDefault(types.xml, img.extension, img.mime);
        return path;
      });
      pkg.set(drawingPath, s.drawing.xml);
      pkg.set(
        relsPathOf(drawingPath),
        relsXml([
          ...chartPaths.map((p, i) => ({
            id: `rId${i + 1}`,
            type: REL_TYPES.chart,
            target: relativeTarget(drawingPath, p),
            external: false,
          })),
          ...imagePaths.map((p, i) => ({
            id: `rId${chartPaths.length + i + 1}`,
            type: REL_TYPES.image,
            target: relativeTarget(drawingPath, p),
            external: false,
          })),
        ]),
      );
      types.xml = withOverride(types.xml, drawingPath, CONTENT_TYPES.drawing);
      rels.push({ id: DRAWING_REL_ID, type: REL_TYPES.drawing, target: relativeTarget(path, drawingPath), external: false });
      const at = AFTER_DRAWING.exec(xml)?.index ?? xml.length;
      xml = `${xml.slice(0, at)}<drawing r:id="${DRAWING_REL_ID}"/>${xml.slice(at)}`;
    }
    pkg.set(path, xml);
    if (rels.length > 0) pkg.set(relsPathOf(path), relsXml(rels));
    else pkg.delete(relsPathOf(path));
  }

  workbook = withDefinedNames(workbook, sheets, prefix);
  if (replaced) {
    // The calculation chain lists formula cells by sheet; stale entries make Excel "repair" the file.
    const chain = wbRels.find((r) => r.type === REL_TYPES.calcChain);
    if (chain) {
      const path = resolveTarget(wbPart, chain.target);
      pkg.delete(path);
      types.xml = withoutOverride(types.xml, path);
      wbRels.splice(wbRels.indexOf(chain), 1);
    }
  }
  pkg.set(wbPart, workbook);
  pkg.set(wbRelsPath, relsXml(wbRels));
  pkg.set("[Content_Types].xml", types.xml);
}

/** The workbook's defined names with the owned sheets' print names replaced (scoped by sheet index). */
function withDefinedNames(workbook: string, sheets: readonly OwnedSheet[], prefix: string): string {
  const order = sheetEntries(workbook).map((e) => e.name);
  const ownedIndexes = new Set(sheets.map((s) => order.indexOf(s.name)));
  let out = workbook.replace(/<(?:\w+:)?definedName\b([^>]*)>[\s\S]*?<\/(?:\w+:)?definedName>/g, (el, attrs: string) => {
    const scope = attr(attrs, "localSheetId");
    return scope !== null && ownedIndexes.has(Number(scope)) && (attr(attrs, "name") ?? "").startsWith("_xlnm.") ? "" : el;
  });
  const added = sheets
    .flatMap((s) =>
      s.definedNames.map((n) => `<definedName name="${xmlText(n.name)}" localSheetId="${order.indexOf(s.name)}">${n.value}</definedName>`),
    )
    .join("");
  if (!added) return out.replace(/<(\w+:)?definedNames>\s*<\/(\w+:)?definedNames>/, "");
  const body = withPrefix(added, prefix);
  if (/<(\w+:)?definedNames\b[^>]*\/>/.test(out))
    out = out.replace(/<(\w+:)?definedNames\b[^>]*\/>/, withPrefix("<definedNames></definedNames>", prefix));
  if (/<\/(\w+:)?definedNames>/.test(out)) return out.replace(/<\/(\w+:)?definedNames>/, (end) => `${body}${end}`);
  // A new <definedNames> goes after <sheets> (and after <functionGroups>/<externalReferences> when present).
  const anchor =
    /<\/(\w+:)?externalReferences>|<(\w+:)?externalReferences\b[^>]*\/>|<\/(\w+:)?functionGroups>|<(\w+:)?functionGroups\b[^>]*\/>|<\/(\w+:)?sheets>/g;
  let last: RegExpExecArray | null = null;
  for (let m = anchor.exec(out); m; m = anchor.exec(out)) last = m;
  const at = last ? last.index + last[0].length : out.length;
  return `${out.slice(0, at)}${withPrefix(`<definedNames>${added}</definedNames>`, prefix)}${out.slice(at)}`;
}
