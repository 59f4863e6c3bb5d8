import { attr, rootPrefix, withPrefix } from "./opc";
import { xmlText } from "./xmlText";

/** How a cell of an owned sheet looks: its number format and the few marks a plan asks for. */
export interface CellStyle {
  numFmt?: string | null;
  bold?: boolean;
  /** Solid fill, ARGB. */
  fill?: string | null;
  link?: boolean;
  /** Wrapped text, top-aligned: a line break typed in a cell shows only in a wrapped cell. */
  wrap?: boolean;
}

/**
 * One cell format (an <xf>) as written into styles.xml. Fonts are made from the workbook's own default
 * font (so a bold header in a 宋体 workbook is bold 宋体); imported formats carry their own font.
 */
export interface XfEntry {
  font: { base: "default"; bold?: boolean; link?: boolean } | { xml: string };
  fill: string | null;
  border: string | null;
  numFmt: string | null;
  alignment: string | null;
}

const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "# ?/?": 12,
  "# ??/??": 13,
  "d-mmm-yy": 15,
  "d-mmm": 16,
  "mmm-yy": 17,
  "h:mm AM/PM": 18,
  "h:mm:ss AM/PM": 19,
  "h:mm": 20,
  "h:mm:ss": 21,
  "mm:ss": 45,
  "[h]:mm:ss": 46,
  "mmss.0": 47,
  "##0.0E+0": 48,
  "@": 49,
};

const DEFAULT_FONT = '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';

/** An empty styles part, for a workbook made from nothing. */
export const EMPTY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** The children of a list element of styles.xml (<fonts>, <cellXfs> …), each as its XML. */
function listItems(xml: string, list: string, item: string): string[] {
  const m = new RegExp(`<(\\w+:)?${list}\\b[^>]*?(/>|>([\\s\\S]*?)</(\\w+:)?${list}>)`).exec(xml);
  if (!m || m[2] === "/>") return [];
  return [...(m[3] ?? "").matchAll(new RegExp(`<(?:\\w+:)?${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${item}>)`, "g"))].map((x) => x[0]);
}

/** styles.xml with `items` appended to a list (created when absent, before `before`), its count updated. */
function appendToList(xml: string, list: string, item: string, items: readonly string[], before: readonly string[]): string {
  if (items.length === 0) return xml;
  const prefix = rootPrefix(xml, "styleSheet");
  const body = withPrefix(items.join(""), prefix);
  const existing = new RegExp(`<(\\w+:)?${list}\\b([^>]*?)(/>|>([\\s\\S]*?)</(\\w+:)?${list}>)`).exec(xml);
  if (existing) {
    const count = listItems(existing[0], list, item).length;
    const open = `<${existing[1] ?? ""}${list}${existing[2]!.replace(/\scount="\d*"/, "")} count="${count + items.length}">`;
    const inner = existing[3] === "/>" ? "" : (existing[4] ?? "");
    return xml.replace(existing[0], `${open}${inner}${body}</${existing[1] ?? ""}${list}>`);
  }
  const el = withPrefix(`<${list} count="${items.length}">`, prefix) + body + withPrefix(`</${list}>`, prefix);
  for (const b of before) {
    const at = new RegExp(`<(\\w+:)?${b}\\b`).exec(xml);
    if (at) return xml.slice(0, at.index) + el + xml.slice(at.index);
  }
  return xml.replace(/<\/(\w+:)?styleSheet>/, (end) => el + end);
}

// Order of the lists in a styleSheet, to insert a missing one before what must follow it.
const AFTER = {
  numFmts: ["fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
  fonts: ["fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
  fills: ["borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
  borders: ["cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
  cellXfs: ["cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
};

function boldFont(base: string): string {
  return base.replace(/<((?:\w+:)?)font\b([^>]*)>/, "<$1font$2><b/>").replace(/<(\w+:)?b\/><(\w+:)?b\/>/, "<b/>");
}

function linkFont(base: string): string {
  return base
    .replace(/<(\w+:)?(u|color)\b[^>]*?\/>/g, "")
    .replace(/<(\w+:)?(u|color)\b[^>]*?>[\s\S]*?<\/(\w+:)?\2>/g, "")
    .replace(/<((?:\w+:)?)font\b([^>]*)>/, '<$1font$2><u/><color rgb="FF0563C1"/>');
}

/**
 * The cell formats of the sheets being written, collected while their XML is made and appended to
 * the package's styles.xml at the end. Formats are appended after the workbook's own, so an index
 * handed out while writing (`offset` + position) stays right; one <xf> per distinct format.
 */
export class StyleBook {
  private readonly entries: XfEntry[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly byStyle = new Map<string, number>();

  /** `offset`: how many cell formats the target styles.xml holds already. */
  constructor(readonly offset: number) {}

  /** The index of a cell format given whole (print sheets: their own fonts, borders and alignment). */
  add(entry: XfEntry): number {
    const key = JSON.stringify(entry);
    let i = this.byKey.get(key);
    if (i === undefined) {
      i = this.entries.length;
      this.entries.push(entry);
      this.byKey.set(key, i);
    }
    return this.offset + i;
  }

  /** The index of a cell format (plain cells with no format keep index 0, the workbook's default). */
  index(style: CellStyle): number {
    const numFmt = style.numFmt && style.numFmt !== "General" ? style.numFmt : null;
    if (!numFmt && !style.bold && !style.fill && !style.link && !style.wrap) return 0;
    // Asked once per cell: a cheap key first, the whole format only for a style not seen yet.
    const key = `${numFmt}\u0000${style.bold ? 1 : 0}${style.link ? 1 : 0}${style.wrap ? 1 : 0}\u0000${style.fill ?? ""}`;
    const known = this.byStyle.get(key);
    if (known !== undefined) return known;
    const index = this.add({
      font: { base: "default", ...(style.bold ? { bold: true } : {}), ...(style.link ? { link: true } : {}) },
      fill: style.fill
        ? `<fill><patternFill patternType="solid"><fgColor rgb="${xmlText(style.fill)}"/><bgColor indexed="64"/></patternFill></fill>`
        : null,
      border: null,
      numFmt,
      alignment: style.wrap ? '<alignment vertical="top" wrapText="1"/>' : null,
    });
    this.byStyle.set(key, index);
    return index;
  }

  /** The target styles.xml with every format handed out appended (fonts, fills, borders, number formats, cell formats). */
  appendTo(styles: string): string {
    if (this.entries.length === 0) return styles;
    const fonts = listItems(styles, "fonts", "font");
    const baseFont = fonts[0] ?? DEFAULT_FONT;
    const fills = listItems(styles, "fills", "fill");
    const borders = listItems(styles, "borders", "border");
    const formats = listItems(styles, "numFmts", "numFmt").map((n) => ({
      id: Number(attr(n, "numFmtId")),
      code: attr(n, "formatCode") ?? "",
    }));
    const newFonts: string[] = [];
    const newFills: string[] = [];
    const newBorders: string[] = [];
    const newFormats: string[] = [];
    const place = (list: string[], added: string[], xml: string): number => {
      const at = added.indexOf(xml);
      if (at >= 0) return list.length + at;
      added.push(xml);
      return list.length + added.length - 1;
    };
    let nextFormat = Math.max(163, ...formats.map((f) => f.id)) + 1;
    const formatId = (code: string | null): number => {
      if (code === null) return 0;
      if (BUILTIN_FORMATS[code] !== undefined) return BUILTIN_FORMATS[code]!;
      const known = formats.find((f) => f.code === code);
      if (known) return known.id;
      formats.push({ id: nextFormat, code });
      newFormats.push(`<numFmt numFmtId="${nextFormat}" formatCode="${xmlText(code)}"/>`);
      return nextFormat++;
    };
    const xfs = this.entries.map((e) => {
      let fontXml: string | null = null;
      if ("xml" in e.font) fontXml = e.font.xml;
      else if (e.font.bold || e.font.link)
        fontXml = e.font.link ? linkFont(e.font.bold ? boldFont(baseFont) : baseFont) : boldFont(baseFont);
      const fontId = fontXml === null ? 0 : place(fonts, newFonts, fontXml);
      const fillId = e.fill === null ? 0 : place(fills, newFills, e.fill);
      const borderId = e.border === null ? 0 : place(borders, newBorders, e.border);
      const numFmtId = formatId(e.numFmt);
      const applies = [
        numFmtId ? ' applyNumberFormat="1"' : "",
        fontId ? ' applyFont="1"' : "",
        fillId ? ' applyFill="1"' : "",
        borderId ? ' applyBorder="1"' : "",
        e.alignment ? ' applyAlignment="1"' : "",
      ].join("");
      const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
      return e.alignment ? `${open}>${e.alignment.replace(/<\w+:/, "<")}</xf>` : `${open}/>`;
    });
    let out = appendToList(styles, "numFmts", "numFmt", newFormats, AFTER.numFmts);
    out = appendToList(out, "fonts", "font", newFonts, AFTER.fonts);
    out = appendToList(out, "fills", "fill", newFills, AFTER.fills);
    out = appendToList(out, "borders", "border", newBorders, AFTER.borders);
    return appendToList(out, "cellXfs", "xf", xfs, AFTER.cellXfs);
  }
}

/** How many cell formats a styles.xml holds. */
export function cellXfCount(styles: string): number {
  return listItems(styles, "cellXfs", "xf").length;
}
