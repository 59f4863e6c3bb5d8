import { parseRels, REL_TYPES, resolveTarget } from "./opc";
import type { RawSheet } from "./rawSheet";
import { readCellFormats } from "./readCellFormats";
import { itemText, readSharedStrings } from "./readSharedStrings";
import { readSheetXml, SheetNeedsFullReader, type SheetStyles } from "./readSheetXml";
import { unescapeXmlText } from "./unescapeXmlText";
import { xmlAttributes } from "./xmlAttributes";

const WORKBOOK_TYPES = [
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
];
const SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
/** Markup the hand readers do not take apart: comments, CDATA, DTDs. */
const UNUSUAL_MARKUP = /<!--|<!\[CDATA\[|<!DOCTYPE/;

const decoder = new TextDecoder("utf-8");

function text(parts: ReadonlyMap<string, Uint8Array>, name: string): string {
  const bytes = parts.get(name);
  if (!bytes) throw new SheetNeedsFullReader();
  // UTF-16 parts (a byte-order mark) are rare enough to leave to SheetJS.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new SheetNeedsFullReader();
  return decoder.decode(bytes);
}

/** A small part's text, refused when it holds markup the readers do not take apart. */
function plainText(parts: ReadonlyMap<string, Uint8Array>, name: string): string {
  const xml = text(parts, name);
  if (UNUSUAL_MARKUP.test(xml)) throw new SheetNeedsFullReader();
  return xml;
}

/** The workbook, shared-strings and styles parts, as [Content_Types].xml names them (as SheetJS finds them). */
function packageParts(parts: ReadonlyMap<string, Uint8Array>): { workbook: string; sharedStrings?: string; styles?: string } {
  const types = plainText(parts, "[Content_Types].xml");
  const root = /<Types\b[^>]*>/.exec(types);
  if (!root || xmlAttributes(root[0].slice(6)).xmlns !== CONTENT_TYPES_NS) throw new SheetNeedsFullReader();
  const named = new Map<string, string[]>();
  for (const m of types.matchAll(/<Override\b[^>]*>/g)) {
    const a = xmlAttributes(m[0].slice(9));
    if (a.ContentType && a.PartName) named.set(a.ContentType, [...(named.get(a.ContentType) ?? []), a.PartName.replace(/^\//, "")]);
  }
  const workbooks = WORKBOOK_TYPES.flatMap((t) => named.get(t) ?? []);
  if (workbooks.length !== 1 || !workbooks[0]!.startsWith("xl/")) throw new SheetNeedsFullReader();
  return { workbook: workbooks[0]!, sharedStrings: named.get(SHARED_STRINGS_TYPE)?.[0], styles: named.get(STYLES_TYPE)?.[0] };
}

/**
 * The worksheets of an .xlsx/.xlsm package, in the workbook's order, read by the hand readers
 * (readSheetXml). Throws SheetNeedsFullReader for any package they do not read exactly as SheetJS
 * would — a sheet that is not a worksheet, a part missing or named another way, XML with prefixes,
 * comments or UTF-16 — and the caller reads that file with SheetJS instead, as before.
 */
export function readOoxmlSheets(parts: ReadonlyMap<string, Uint8Array>, sheetRows?: number): RawSheet[] {
  const named = packageParts(parts);
  const wbPart = named.workbook;
  const workbook = plainText(parts, wbPart);
  if (!/<workbook\b/.test(workbook)) throw new SheetNeedsFullReader();
  const relsPart = wbPart.replace(/[^/]*$/, (f) => `_rels/${f}.rels`);
  const rels = parseRels(plainText(parts, relsPart));
  const sharedStrings = named.sharedStrings ? readSharedStrings(plainText(parts, named.sharedStrings)) : [];
  const formats = named.styles ? readCellFormats(plainText(parts, named.styles)) : null;
  const styles: SheetStyles = { sharedStrings, formats, inlineText: itemText };
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => xmlAttributes(m[0].slice(6)));
  if (sheets.length === 0) throw new SheetNeedsFullReader();
  return sheets.map((s) => {
    const rel = rels.find((r) => r.id === s["r:id"]);
    if (!rel || rel.type !== REL_TYPES.worksheet || rel.external || s.name === undefined) throw new SheetNeedsFullReader();
    // (readSheetXml looks for the markup it leaves to SheetJS in the same pass as for the rest)
    return readSheetXml(unescapeXmlText(s.name), text(parts, resolveTarget(wbPart, rel.target)), styles, sheetRows);
  });
}
