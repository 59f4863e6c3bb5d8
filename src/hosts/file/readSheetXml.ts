import type { CellRange, CellValue } from "../../core/model/grid";
import type { RawSheet } from "./rawSheet";
import { CellCounts } from "./sheetExtent";
import { unescapeXmlText } from "./unescapeXmlText";
import { xmlAttributes } from "./xmlAttributes";

/**
 * A package the hand readers leave to SheetJS, which then reads it as before: see readOoxmlSheets
 * for the whole list (LEFT_TO_SHEETJS for what is found inside a worksheet).
 */
export class SheetNeedsFullReader extends Error {}

/**
 * Looked for in one pass over a worksheet: shared and array formulas (SheetJS shifts them cell by
 * cell), typed dates, and markup the scan does not take apart (comments, CDATA, DTDs).
 */
const LEFT_TO_SHEETJS = /\bt\s*=\s*["'](?:shared|array|d)["']|<!--|<!\[CDATA\[|<!DOCTYPE/;
const MERGE = /<(?:\w+:)?mergeCell ref=["']([A-Z0-9:]+)['"]\s*[/]?>/g;
const EXCEL_MAX_ROW = 1_048_575;
const EXCEL_MAX_COL = 16_383;

/** "AB12" → [row, col], 0-based; null unless it is letters then digits within Excel's grid. */
function decodeRef(ref: string): [number, number] | null {
  let col = 0;
  let i = 0;
  let c = ref.charCodeAt(0);
  while (c >= 65 && c <= 90) {
    col = col * 26 + c - 64;
    c = ref.charCodeAt(++i);
  }
  if (i === 0 || i === ref.length) return null;
  let row = 0;
  for (; i < ref.length; i++) {
    c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + c - 48;
  }
  return row >= 1 && row - 1 <= EXCEL_MAX_ROW && col - 1 <= EXCEL_MAX_COL ? [row - 1, col - 1] : null;
}

/** A merge's "A1:B2" (or a lone "A1"), read as SheetJS reads it. */
function decodeMerge(ref: string): CellRange | null {
  const [a, b = a] = ref.split(":");
  const s = decodeRef(a!);
  const e = decodeRef(b!);
  return s && e ? { startRow: s[0], startCol: s[1], endRow: e[0], endCol: e[1] } : null;
}

/** The text of the first <tag>…</tag> inside a cell, or undefined. */
function element(inner: string, tag: string): string | undefined {
  const open = inner.indexOf(`<${tag}`);
  if (open < 0) return undefined;
  const next = inner.charCodeAt(open + tag.length + 1);
  if (next !== 62 && next !== 32) return undefined;
  const gt = inner.indexOf(">", open);
  if (inner.charCodeAt(gt - 1) === 47) return undefined;
  const close = inner.indexOf(`</${tag}>`, gt);
  return close < 0 ? undefined : inner.slice(gt + 1, close);
}

export interface SheetStyles {
  sharedStrings: readonly string[];
  /** Per cell style index, its number format (undefined for General); null when the workbook has none. */
  formats: ReadonlyArray<string | undefined> | null;
  inlineText: (xml: string) => string;
}

/** A cell's value as Excel's API reports it (errors as their text; a formula without a cached value is blank). */
function cellValue(type: string | undefined, v: string | undefined, inner: string, styles: SheetStyles): CellValue {
  switch (type ?? "n") {
    case "n":
      return v === undefined ? null : parseFloat(v);
    case "s": {
      if (v === undefined) return null;
      const text = styles.sharedStrings[parseInt(v, 10)];
      // An index past the table: SheetJS fails on the sheet, and so the file reads as damaged.
      if (text === undefined) throw new SheetNeedsFullReader();
      return text === "" ? null : text;
    }
    case "str": {
      const text = v === undefined ? "" : unescapeXmlText(v, true);
      return text === "" ? null : text;
    }
    case "inlineStr": {
      const is = element(inner, "is");
      const text = is === undefined ? "" : styles.inlineText(is);
      return text === "" ? null : text;
    }
    case "b":
      return v === "1" || v === "true";
    case "e":
      return v ?? "#N/A";
    default:
      return null;
  }
}

/**
 * One worksheet part's cells, read straight from its XML: a hand scan over <row> and <c> (the parts
 * are machine-written and their shape fixed by the standard), with the same meaning for every cell
 * as SheetJS gives it, at a fraction of the cost. Cells outside Excel's grid, and what
 * LEFT_TO_SHEETJS finds, send the whole file to SheetJS instead.
 */
export function readSheetXml(name: string, xml: string, styles: SheetStyles, sheetRows?: number): RawSheet {
  if (LEFT_TO_SHEETJS.test(xml) || !/^(?:<\?[^>]*\?>\s*)?<worksheet\b/.test(xml.trimStart())) throw new SheetNeedsFullReader();
  const raw: RawSheet = { name, values: [], formats: [], formulas: [], merges: [], counts: new CellCounts() };
  const open = /<sheetData\b[^<>]*>/.exec(xml);
  const close = open ? xml.indexOf("</sheetData>", open.index) : -1;
  const after = close >= 0 ? close : 0;
  if (open && close >= 0) readCells(xml, open.index + open[0].length, close, styles, raw, sheetRows);
  for (const m of xml.slice(after).matchAll(MERGE)) {
    const range = decodeMerge(m[1]!);
    if (range) raw.merges.push(range);
  }
  return raw;
}

/** A cell's start tag read in place (no attribute object or name strings per cell): its r, s and t. */
interface CellTag {
  /** Where its r attribute's value starts and ends in the XML (-1 when it has none). */
  refFrom: number;
  refTo: number;
  style: number;
  type: string | undefined;
}

function readCellTag(xml: string, from: number, to: number, tag: CellTag): void {
  tag.refFrom = tag.refTo = tag.style = -1;
  tag.type = undefined;
  let i = from;
  while (i < to) {
    let c = xml.charCodeAt(i);
    if (c <= 32) {
      i++;
      continue;
    }
    const nameFrom = i;
    while (i < to && (c = xml.charCodeAt(i)) !== 61 && c > 32) i++;
    const one = i - nameFrom === 1 ? xml.charCodeAt(nameFrom) : 0;
    while (i < to && xml.charCodeAt(i) !== 61) i++;
    i++;
    while (i < to && xml.charCodeAt(i) <= 32) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== 34 && quote !== 39) throw new SheetNeedsFullReader();
    const end = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (end < 0 || end > to) throw new SheetNeedsFullReader();
    if (one === 114) [tag.refFrom, tag.refTo] = [i + 1, end];
    else if (one === 115) tag.style = parseInt(xml.slice(i + 1, end), 10);
    else if (one === 116) tag.type = xml.slice(i + 1, end);
    i = end + 1;
  }
}

function readCells(xml: string, from: number, to: number, styles: SheetStyles, raw: RawSheet, sheetRows?: number): void {
  const tag: CellTag = { refFrom: -1, refTo: -1, style: -1, type: undefined };
  let pos = from;
  let rowNumber = 0; // 1-based, as <row r> counts
  let col = -1;
  let skipRow = false;
  while (pos < to) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0 || lt >= to) break;
    const gt = xml.indexOf(">", lt);
    if (gt < 0) throw new SheetNeedsFullReader();
    const c1 = xml.charCodeAt(lt + 1);
    const c2 = xml.charCodeAt(lt + 2);
    if (c1 === 114 && c2 === 111 && xml.startsWith("row", lt + 1) && xml.charCodeAt(lt + 4) <= 62) {
      const r = xmlAttributes(xml.slice(lt + 4, gt)).r;
      rowNumber = r !== undefined ? parseInt(r, 10) : rowNumber + 1;
      col = -1;
      skipRow = sheetRows !== undefined && sheetRows < rowNumber;
      pos = gt + 1;
      continue;
    }
    if (c1 !== 99 || (c2 > 32 && c2 !== 62 && c2 !== 47)) {
      pos = gt + 1; // </row>, </c> left over, or an element the grid does not need
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    readCellTag(xml, lt + 2, selfClosing ? gt - 1 : gt, tag);
    let inner = "";
    let v: string | undefined;
    if (selfClosing) pos = gt + 1;
    else if (xml.startsWith("<v>", gt + 1)) {
      // The common cell, <c …><v>…</v></c>, read without cutting out its inside first.
      const vEnd = xml.indexOf("<", gt + 4);
      if (vEnd > 0 && xml.startsWith("</v></c>", vEnd)) {
        v = xml.slice(gt + 4, vEnd);
        pos = vEnd + 8;
      } else pos = -1;
    } else pos = -1;
    if (pos < 0) {
      const end = xml.indexOf("</c>", gt);
      if (end < 0 || end > to) throw new SheetNeedsFullReader();
      inner = xml.slice(gt + 1, end);
      pos = end + 4;
    }
    let row: number;
    if (tag.refFrom >= 0) {
      const at = decodeRef(xml.slice(tag.refFrom, tag.refTo));
      if (!at) throw new SheetNeedsFullReader();
      [row, col] = at;
    } else {
      col += 1;
      row = rowNumber - 1;
      if (row < 0 || col > EXCEL_MAX_COL) throw new SheetNeedsFullReader();
    }
    if (skipRow) continue;
    readCell(tag, v, inner, row, col, styles, raw);
  }
}

function readCell(
  tag: CellTag,
  given: string | undefined,
  inner: string,
  row: number,
  col: number,
  styles: SheetStyles,
  raw: RawSheet,
): void {
  let v = given;
  let f: string | undefined;
  if (inner !== "") {
    v = element(inner, "v");
    const formula = element(inner, "f");
    if (formula) f = unescapeXmlText(formula, true).replace(/_xlfn\./g, "");
  }
  if (v === "") v = undefined;
  else if (v !== undefined && tag.type !== "str" && v.includes("&")) v = unescapeXmlText(v);
  const value = cellValue(tag.type, v, inner, styles);
  const cells = (raw.values[row] ??= []);
  // The same cell written twice: SheetJS keeps the last; the counts here would not agree with it.
  if (cells[col] !== undefined) throw new SheetNeedsFullReader();
  cells[col] = value;
  if (f !== undefined) (raw.formulas[row] ??= [])[col] = `=${f}`;
  if (styles.formats && tag.style >= 0) {
    const format = styles.formats[tag.style];
    if (format !== undefined) (raw.formats[row] ??= [])[col] = format;
  }
  if (value !== null || f !== undefined) raw.counts.add(row, col);
}
