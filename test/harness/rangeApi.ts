/**
 * Excel.Range, RangeAreas and their format objects, answered from the workbook model. Values are
 * coerced as Excel coerces them; formats are kept per rectangle; reading more than Excel would send
 * back (over 5 MB) fails as it does.
 */
import { isEntireColumn, isEntireRow, MAX_COLS, MAX_ROWS, parseAreas, qualified, type Rect, rectCols, rectRows } from "./a1";
import { type ApiClass, type Handle, noteChanged, type ServerContext } from "./apiTypes";
import { coerce } from "./excelValues";
import { ExcelError, invalidArgument } from "./excelError";
import type { SheetModel } from "./sheetModel";
import { MAX_LINKS_PER_SHEET } from "./workbookModel";

/** Range.clear(applyTo) changes contents (and so raises onChanged) for "All" and "Contents". */
const clearsContents = (applyTo: unknown): boolean => ["All", "Contents", undefined].includes(applyTo as string | undefined);

type RangeH = Extract<Handle, { k: "Range" }>;
type AreasH = Extract<Handle, { k: "RangeAreas" | "RangeCollection" }>;
type FormatH = Extract<Handle, { k: "RangeFormat" | "RangeFont" | "RangeFill" | "RangeBorders" | "DataValidation" }>;
type BorderH = Extract<Handle, { k: "RangeBorder" }>;

export const RESPONSE_LIMIT = 5 * 1024 * 1024;

const rect = (r0: number, c0: number, rows: number, cols: number): Rect => {
  if (rows < 1 || cols < 1 || r0 < 0 || c0 < 0 || r0 + rows > MAX_ROWS || c0 + cols > MAX_COLS) throw invalidArgument("range");
  return { r0, c0, r1: r0 + rows - 1, c1: c0 + cols - 1 };
};

export const rangeOf = (s: SheetModel, r: Rect): RangeH => ({ k: "Range", s, r });

/** `sheet.getRange("A1:C3")`: an address on this sheet (a qualified one must name this sheet). */
export function rangeAt(s: SheetModel, address: string | undefined, ctx: ServerContext): RangeH {
  // worksheet.getRange() without an address is the whole sheet.
  if (address === undefined || address === null || address === "") return rangeOf(s, { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 });
  const areas = parseAreas(address);
  if (areas.length !== 1) throw invalidArgument(address ?? "");
  const a = areas[0]!;
  const sheet = a.sheet ? ctx.book.sheet(a.sheet) : s;
  if (!sheet) throw new ExcelError("InvalidReference", "This reference isn't valid.");
  return rangeOf(sheet, a.rect);
}

/** Reads a property cell by cell; refuses what would not fit in a response. */
function grid<T>(h: RangeH, cell: (row: number, col: number) => T): T[][] {
  const cells = rectRows(h.r) * rectCols(h.r);
  if (cells * 3 > RESPONSE_LIMIT)
    throw new ExcelError(
      "ResponsePayloadSizeLimitExceeded",
      "The response payload size has exceeded the limit. Please refer to the documentation.",
    );
  const out: T[][] = [];
  for (let r = h.r.r0; r <= h.r.r1; r++) {
    const row: T[] = [];
    for (let c = h.r.c0; c <= h.r.c1; c++) row.push(cell(r, c));
    out.push(row);
  }
  return out;
}

/** A 2-D array the size of the range, or one value for every cell. */
function eachCell(h: RangeH, value: unknown, set: (row: number, col: number, v: unknown) => void): void {
  if (Array.isArray(value)) {
    if (value.length !== rectRows(h.r) || value.some((row) => !Array.isArray(row) || row.length !== rectCols(h.r)))
      throw invalidArgument(`expected ${rectRows(h.r)}×${rectCols(h.r)} values`);
    value.forEach((row: unknown[], i) => row.forEach((v, j) => set(h.r.r0 + i, h.r.c0 + j, v)));
  } else for (let r = h.r.r0; r <= h.r.r1; r++) for (let c = h.r.c0; c <= h.r.c1; c++) set(r, c, value);
}

function writeValue(s: SheetModel, row: number, col: number, v: unknown): void {
  const nf = s.cell(row, col).numberFormat;
  const st = coerce(v, nf);
  s.setCell(row, col, { value: st.value, formula: st.formula, numberFormat: st.autoFormat ?? nf });
}

const areasOf = (h: Handle): { s: SheetModel; areas: Rect[] } => (h.k === "Range" ? { s: h.s, areas: [h.r] } : (h as AreasH | FormatH));

/** The used range of a sheet, or of a range within it (what of it is used). */
export function usedRange(s: SheetModel, valuesOnly: boolean, orNull: boolean, within?: Rect): Handle {
  const all = s.usedRect(valuesOnly);
  const used =
    all && within
      ? {
          r0: Math.max(all.r0, within.r0),
          c0: Math.max(all.c0, within.c0),
          r1: Math.min(all.r1, within.r1),
          c1: Math.min(all.c1, within.c1),
        }
      : all;
  if (used && used.r0 <= used.r1 && used.c0 <= used.c1) return rangeOf(s, used);
  return orNull ? { k: "Null" } : rangeOf(s, { r0: 0, c0: 0, r1: 0, c1: 0 });
}

function mergedAreas(s: SheetModel, areas: Rect[], orNull: boolean): Handle {
  const hit = s.merges.filter((m) => areas.some((a) => m.r0 >= a.r0 && m.r1 <= a.r1 && m.c0 >= a.c0 && m.c1 <= a.c1));
  if (hit.length === 0) {
    if (orNull) return { k: "Null" };
    throw new ExcelError("ItemNotFound", "No merged areas.");
  }
  return { k: "RangeAreas", s, areas: hit };
}

const sub = (h: RangeH, r0: number, c0: number, rows: number, cols: number): RangeH =>
  rangeOf(h.s, rect(h.r.r0 + r0, h.r.c0 + c0, rows, cols));

export const RangeApi: ApiClass<RangeH> = {
  nav: {
    Format: (h) => ({ k: "RangeFormat", s: h.s, areas: [h.r] }),
    Worksheet: (h) => ({ k: "Worksheet", s: h.s }),
    DataValidation: (h) => ({ k: "DataValidation", s: h.s, areas: [h.r] }),
  },
  methods: {
    GetCell: (h, [r, c]) => sub(h, Number(r), Number(c), 1, 1),
    GetRow: (h, [r]) => sub(h, Number(r), 0, 1, rectCols(h.r)),
    GetColumn: (h, [c]) => sub(h, 0, Number(c), rectRows(h.r), 1),
    GetLastRow: (h) => sub(h, rectRows(h.r) - 1, 0, 1, rectCols(h.r)),
    GetResizedRange: (h, [dr, dc]) => rangeOf(h.s, rect(h.r.r0, h.r.c0, rectRows(h.r) + Number(dr), rectCols(h.r) + Number(dc))),
    GetOffsetRange: (h, [dr, dc]) => rangeOf(h.s, rect(h.r.r0 + Number(dr), h.r.c0 + Number(dc), rectRows(h.r), rectCols(h.r))),
    GetBoundingRect: (h, [other]) => {
      const o = other as RangeH;
      return rangeOf(h.s, {
        r0: Math.min(h.r.r0, o.r.r0),
        c0: Math.min(h.r.c0, o.r.c0),
        r1: Math.max(h.r.r1, o.r.r1),
        c1: Math.max(h.r.c1, o.r.c1),
      });
    },
    GetEntireRow: (h) => rangeOf(h.s, { r0: h.r.r0, r1: h.r.r1, c0: 0, c1: MAX_COLS - 1 }),
    GetEntireColumn: (h) => rangeOf(h.s, { r0: 0, r1: MAX_ROWS - 1, c0: h.r.c0, c1: h.r.c1 }),
    GetUsedRange: (h, [valuesOnly]) => usedRange(h.s, Boolean(valuesOnly), false, h.r),
    GetUsedRangeOrNullObject: (h, [valuesOnly]) => usedRange(h.s, Boolean(valuesOnly), true, h.r),
    GetMergedAreas: (h) => mergedAreas(h.s, [h.r], false),
    GetMergedAreasOrNullObject: (h) => mergedAreas(h.s, [h.r], true),
    Merge: (h, [across]) => {
      if (across) for (let r = h.r.r0; r <= h.r.r1; r++) h.s.merge({ ...h.r, r0: r, r1: r });
      else h.s.merge(h.r);
      return null;
    },
    Unmerge: (h) => {
      h.s.merges = h.s.merges.filter((m) => !(m.r0 >= h.r.r0 && m.r1 <= h.r.r1 && m.c0 >= h.r.c0 && m.c1 <= h.r.c1));
      return null;
    },
    Clear: (h, [applyTo], ctx) => {
      h.s.clear(h.r, String(applyTo ?? "All"));
      if (clearsContents(applyTo)) noteChanged(ctx, h.s, h.r);
      return null;
    },
    Select: (h, _a, ctx) => {
      ctx.book.selection = { sheet: h.s, areas: [h.r] };
      ctx.book.activeSheet = h.s;
      return null;
    },
    _KeepReference: () => null,
    /** Office.js sends this before splitting a large array into pieces of 1,500 cells. */
    _ValidateArraySize: (h, [rows, cols]) => {
      if (Number(rows) !== rectRows(h.r) || Number(cols) !== rectCols(h.r))
        throw invalidArgument(`expected ${rectRows(h.r)}×${rectCols(h.r)} values`);
      return null;
    },
  },
  set: {
    // Hides every column the range touches (Excel ignores the rows).
    ColumnHidden: (h, v) => {
      for (let c = h.r.c0; c <= Math.min(h.r.c1, MAX_COLS - 1); c++) {
        if (v) h.s.hiddenColumns.add(c);
        else h.s.hiddenColumns.delete(c);
      }
    },
    Values: (h, v, ctx) => {
      eachCell(h, v, (r, c, x) => writeValue(h.s, r, c, x));
      noteChanged(ctx, h.s, h.r);
    },
    Formulas: (h, v, ctx) => {
      eachCell(h, v, (r, c, x) => writeValue(h.s, r, c, x));
      noteChanged(ctx, h.s, h.r);
    },
    NumberFormat: (h, v) =>
      eachCell(h, v, (r, c, x) => {
        if (typeof x !== "string") throw invalidArgument("numberFormat");
        h.s.setCell(r, c, { numberFormat: x });
      }),
    Hyperlink: (h, v) => {
      const link = v as { textToDisplay?: string };
      eachCell(h, null, (r, c) => {
        h.s.links.set(`${r},${c}`, link);
        if (h.s.links.size > MAX_LINKS_PER_SHEET)
          throw new ExcelError("GeneralException", `A worksheet can hold at most ${MAX_LINKS_PER_SHEET} hyperlinks.`);
        if (link.textToDisplay !== undefined) writeValue(h.s, r, c, link.textToDisplay);
      });
    },
  },
  get: {
    values: (h) => grid(h, (r, c) => h.s.cell(r, c).value),
    text: (h) => grid(h, (r, c) => String(h.s.cell(r, c).value)),
    formulas: (h) => grid(h, (r, c) => h.s.cell(r, c).formula ?? h.s.cell(r, c).value),
    numberFormat: (h) => grid(h, (r, c) => h.s.cell(r, c).numberFormat),
    address: (h) => qualified(h.s.name, h.r),
    addressLocal: (h) => qualified(h.s.name, h.r),
    rowIndex: (h) => h.r.r0,
    columnIndex: (h) => h.r.c0,
    rowCount: (h) => rectRows(h.r),
    columnCount: (h) => rectCols(h.r),
    cellCount: (h) => rectRows(h.r) * rectCols(h.r),
    isEntireRow: (h) => isEntireRow(h.r),
    isEntireColumn: (h) => isEntireColumn(h.r),
    hyperlink: (h) => h.s.links.get(`${h.r.r0},${h.r.c0}`) ?? null,
    top: (h) => h.s.rowTop(h.r.r0),
    left: (h) => h.s.colLeft(h.r.c0),
    height: (h) => h.s.rowTop(h.r.r1 + 1) - h.s.rowTop(h.r.r0),
    width: (h) => h.s.colLeft(h.r.c1 + 1) - h.s.colLeft(h.r.c0),
    columnHidden: (h) => h.s.hiddenColumns.has(h.r.c0),
  },
  defaultLoad: ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "numberFormat", "formulas"],
  identity: () => ({}),
};

export const RangeAreasApi: ApiClass<AreasH> = {
  nav: {
    Areas: (h) => ({ k: "RangeCollection", s: h.s, areas: h.areas }),
    Worksheet: (h) => ({ k: "Worksheet", s: h.s }),
    Format: (h) => ({ k: "RangeFormat", s: h.s, areas: h.areas }),
    DataValidation: (h) => ({ k: "DataValidation", s: h.s, areas: h.areas }),
  },
  methods: {
    Clear: (h, [applyTo], ctx) => {
      for (const a of h.areas) {
        h.s.clear(a, String(applyTo ?? "All"));
        if (clearsContents(applyTo)) noteChanged(ctx, h.s, a);
      }
      return null;
    },
    _KeepReference: () => null,
  },
  get: {
    address: (h) => h.areas.map((a) => qualified(h.s.name, a)).join(","),
    areaCount: (h) => h.areas.length,
    count: (h) => h.areas.length,
    cellCount: (h) => h.areas.reduce((n, a) => n + rectRows(a) * rectCols(a), 0),
  },
  defaultLoad: ["address", "areaCount"],
};

/** `rangeAreas.areas`: one Range per area. */
export const RangeCollectionApi: ApiClass<AreasH> = {
  items: (h) => h.areas.map((a) => rangeOf(h.s, a)),
  get: { count: (h) => h.areas.length },
};

/** A format property set on every area of a range, as one rectangle each. */
const layer =
  (key: string) =>
  (h: FormatH, v: unknown): void => {
    for (const a of areasOf(h).areas) h.s.setFormat(a, key, v);
  };

export const RangeFormatApi: ApiClass<FormatH> = {
  nav: {
    Font: (h) => ({ ...h, k: "RangeFont" }),
    Fill: (h) => ({ ...h, k: "RangeFill" }),
    Borders: (h) => ({ ...h, k: "RangeBorders" }),
  },
  methods: {
    AutofitColumns: () => null,
    AutofitRows: () => null,
  },
  set: {
    ColumnWidth: (h, v) => {
      if (typeof v !== "number" || v < 0 || v > 1789.5) throw invalidArgument("columnWidth");
      for (const a of h.areas) for (let c = a.c0; c <= Math.min(a.c1, MAX_COLS - 1); c++) h.s.columnWidths.set(c, v);
    },
    RowHeight: (h, v) => {
      if (typeof v !== "number" || v < 0 || v > 409) throw invalidArgument("rowHeight");
      for (const a of h.areas) for (let r = a.r0; r <= a.r1; r++) h.s.rowHeights.set(r, v);
    },
    HorizontalAlignment: layer("horizontalAlignment"),
    VerticalAlignment: layer("verticalAlignment"),
    WrapText: layer("wrapText"),
    IndentLevel: layer("indentLevel"),
    ShrinkToFit: layer("shrinkToFit"),
    TextOrientation: layer("textOrientation"),
  },
  get: {
    columnWidth: (h) => h.s.columnWidths.get(h.areas[0]!.c0) ?? 48,
    rowHeight: (h) => h.s.rowHeights.get(h.areas[0]!.r0) ?? 14.25,
    horizontalAlignment: (h) => h.s.formatAt(h.areas[0]!.r0, h.areas[0]!.c0, "horizontalAlignment") ?? "General",
    wrapText: (h) => h.s.formatAt(h.areas[0]!.r0, h.areas[0]!.c0, "wrapText") ?? false,
  },
};

export const RangeFontApi: ApiClass<FormatH> = {
  set: Object.fromEntries(
    ["Name", "Size", "Bold", "Italic", "Color", "Underline", "Strikethrough"].map((p) => [
      p,
      layer(`font.${p[0]!.toLowerCase()}${p.slice(1)}`),
    ]),
  ),
  get: Object.fromEntries(
    ["name", "size", "bold", "italic", "color", "underline"].map((p) => [
      p,
      (h: FormatH) => h.s.formatAt(h.areas[0]!.r0, h.areas[0]!.c0, `font.${p}`) ?? null,
    ]),
  ),
};

export const RangeFillApi: ApiClass<FormatH> = {
  methods: {
    Clear: (h) => {
      for (const a of h.areas) h.s.clearFormatKey(a, "fill.color");
      return null;
    },
  },
  set: { Color: layer("fill.color") },
  get: { color: (h) => h.s.formatAt(h.areas[0]!.r0, h.areas[0]!.c0, "fill.color") ?? "#FFFFFF" },
};

const EDGES = new Set([
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
]);

export const RangeBordersApi: ApiClass<FormatH> = {
  index: (h, [edge]) => {
    if (!EDGES.has(String(edge))) throw invalidArgument(`border ${String(edge)}`);
    return { k: "RangeBorder", s: h.s, areas: h.areas, edge: String(edge) };
  },
  methods: { GetItem: (h, [edge]) => ({ k: "RangeBorder", s: h.s, areas: h.areas, edge: String(edge) }) },
  get: { count: () => 8 },
};

export const RangeBorderApi: ApiClass<BorderH> = {
  set: {
    Style: (h, v) => h.areas.forEach((a) => h.s.setFormat(a, `borders.${h.edge}.style`, v)),
    Color: (h, v) => h.areas.forEach((a) => h.s.setFormat(a, `borders.${h.edge}.color`, v)),
    Weight: (h, v) => h.areas.forEach((a) => h.s.setFormat(a, `borders.${h.edge}.weight`, v)),
  },
  get: { style: (h) => h.s.borderAt(h.areas[0]!.r0, h.areas[0]!.c0, h.edge === "EdgeTop" ? "top" : "bottom") ?? "None" },
};

/** Excel keeps a list's source as text of at most 255 characters. */
export const MAX_LIST_SOURCE = 255;

export const DataValidationApi: ApiClass<FormatH> = {
  methods: {
    Clear: (h) => {
      for (const a of h.areas) h.s.clearValidation(a);
      return null;
    },
  },
  set: {
    Rule: (h, v) => {
      const rule = v as Record<string, unknown>;
      const source = (rule.list as { source?: unknown } | undefined)?.source;
      if (typeof source === "string" && source.length > MAX_LIST_SOURCE)
        throw invalidArgument(`list source of ${source.length} characters (Excel allows ${MAX_LIST_SOURCE})`);
      for (const a of h.areas) {
        h.s.clearValidation(a);
        h.s.validations.push({ rect: a, rule });
      }
    },
    ErrorAlert: (h, v) => {
      for (const val of h.s.validations) if (h.areas.some((a) => a.r0 === val.rect.r0 && a.c0 === val.rect.c0)) val.errorAlert = v;
    },
    IgnoreBlanks: () => undefined,
    Prompt: () => undefined,
  },
  get: {
    rule: (h) => h.s.validations.find((v) => v.rect.r0 <= h.areas[0]!.r0 && v.rect.c0 === h.areas[0]!.c0)?.rule ?? {},
  },
};
