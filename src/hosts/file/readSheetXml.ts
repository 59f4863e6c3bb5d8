import type { CellRange, CellValue } from "../../core/model/grid";
import type { RawSheet } from "./rawSheet";
import { CellCounts } from "./sheetExtent";
import { unescapeXmlText } from "./unescapeXmlText";
import { xmlAttributes } from "./xmlAttributes";

/** What this reader leaves to SheetJS: shared and array formulas (SheetJS shifts them cell by cell), typed dates. */
export class SheetNeedsFullReader extends Error {}

const DEFERRED = /\bt\s*=\s*["'](?:shared|array|d)["']/;
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
 * as SheetJS gives it, at a fraction of the cost. Cells outside Excel's grid, and the constructs in
 * DEFERRED, send the whole file to SheetJS instead.
 */
export function readSheetXml(name: string, xml: string, styles: SheetStyles, sheetRows?: number): RawSheet {
  if (DEFERRED.test(xml) || !/^(?:<\?[^>]*\?>\s*)?<worksheet\b/.test(xml.trimStart())) throw new SheetNeedsFullReader();
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

function readCells(xml: string, from: number, to: number, styles: SheetStyles, raw: RawSheet, sheetRows?: number): void {
  const { values, formats, formulas, counts } = raw;
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
    const attrs = xmlAttributes(xml.slice(lt + 2, selfClosing ? gt - 1 : gt));
    let inner = "";
    if (selfClosing) pos = gt + 1;
    else {
      const end = xml.indexOf("</c>", gt);
      if (end < 0 || end > to) throw new SheetNeedsFullReader();
      inner = xml.slice(gt + 1, end);
      pos = end + 4;
    }
    let row: number;
    if (attrs.r !== undefined) {
      const at = decodeRef(attrs.r);
      if (!at) throw new SheetNeedsFullReader();
      [row, col] = at;
    } else {
      col += 1;
      row = rowNumber - 1;
      if (row < 0 || col > EXCEL_MAX_COL) throw new SheetNeedsFullReader();
    }
    if (skipRow) continue;
    readCell(attrs, inner, row, col, styles, values, formats, formulas, counts);
  }
}

function readCell(
  attrs: Record<string, string>,
  inner: string,
  row: number,
  col: number,
  styles: SheetStyles,
  values: RawSheet["values"],
  formats: RawSheet["formats"],
  formulas: RawSheet["formulas"],
  counts: CellCounts,
): void {
  let v: string | undefined;
  let f: string | undefined;
  if (inner.startsWith("<v>") && inner.endsWith("</v>") && inner.indexOf("<", 3) === inner.length - 4) v = inner.slice(3, -4);
  else if (inner !== "") {
    v = element(inner, "v");
    const formula = element(inner, "f");
    if (formula) f = unescapeXmlText(formula, true).replace(/_xlfn\./g, "");
  }
  if (v === "") v = undefined;
  else if (v !== undefined && v.includes("&") && attrs.t !== "str") v = unescapeXmlText(v);
  const value = cellValue(attrs.t, v, inner, styles);
  const cells = (values[row] ??= []);
  // The same cell written twice: SheetJS keeps the last; the counts here would not agree with it.
  if (cells[col] !== undefined) throw new SheetNeedsFullReader();
  cells[col] = value;
  if (f !== undefined) (formulas[row] ??= [])[col] = `=${f}`;
  if (styles.formats && attrs.s !== undefined) {
    const format = styles.formats[parseInt(attrs.s, 10)];
    if (format !== undefined) (formats[row] ??= [])[col] = format;
  }
  if (value !== null || f !== undefined) counts.add(row, col);
}
