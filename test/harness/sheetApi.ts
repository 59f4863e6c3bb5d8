/**
 * Excel.Workbook, the worksheet collection, Worksheet, tables, panes, page layout and page breaks,
 * answered from the workbook model.
 */
import { overlaps, parseAreas, type Rect } from "./a1";
import { type ApiClass, type Handle, noteChanged, type ServerContext } from "./apiTypes";
import { ExcelError, invalidArgument, itemNotFound } from "./excelError";
import { coerce } from "./excelValues";
import { rangeAt, rangeOf, usedRange } from "./rangeApi";
import type { SheetModel } from "./sheetModel";
import { MAX_PAGE_BREAKS, WORKSHEET_CHANGED, type TableModel } from "./workbookModel";

type H<K extends Handle["k"]> = Extract<Handle, { k: K }>;

function sheetByKey(key: unknown, ctx: ServerContext): SheetModel | undefined {
  const k = String(key);
  return ctx.book.sheetById(k) ?? ctx.book.sheet(k);
}

export const WorkbookApi: ApiClass<H<"Workbook">> = {
  nav: {
    Worksheets: () => ({ k: "Worksheets" }),
    Tables: () => ({ k: "Tables", s: null }),
    Application: () => ({ k: "Application" }),
  },
  methods: {
    GetSelectedRange: (_h, _a, ctx) => {
      const sel = ctx.book.selection;
      if (!sel) throw new ExcelError("InvalidSelection", "The current selection is invalid for this operation.");
      if (sel.areas.length > 1) throw new ExcelError("InvalidSelection", "The current selection is invalid for this operation.");
      return rangeOf(sel.sheet, sel.areas[0]!);
    },
    GetSelectedRanges: (_h, _a, ctx) => {
      const sel = ctx.book.selection;
      if (!sel) throw new ExcelError("InvalidSelection", "The current selection is invalid for this operation.");
      return { k: "RangeAreas", s: sel.sheet, areas: sel.areas };
    },
    _RemoveReference: () => null,
    _KeepReference: () => null,
  },
  get: { name: () => "Book1.xlsx" },
};

export const ApplicationApi: ApiClass<H<"Application">> = {
  methods: { SuspendApiCalculationUntilNextSync: () => null, SuspendScreenUpdatingUntilNextSync: () => null },
  set: { Calculation: () => undefined },
  get: { calculationMode: () => "Automatic" },
};

export const WorksheetsApi: ApiClass<H<"Worksheets">> = {
  index: (_h, [key], ctx) => {
    const s = sheetByKey(key, ctx);
    if (!s) throw itemNotFound(`worksheet ${String(key)}`);
    return { k: "Worksheet", s };
  },
  methods: {
    GetItemOrNullObject: (_h, [key], ctx) => {
      const s = sheetByKey(key, ctx);
      return s ? { k: "Worksheet", s } : { k: "Null" };
    },
    Add: (_h, [name], ctx) => {
      const n = typeof name === "string" && name ? name : `Sheet${ctx.book.sheets.length + 1}`;
      if (/[\\/?*[\]:]/.test(n) || n.length > 31) throw invalidArgument(`sheet name ${n}`);
      return { k: "Worksheet", s: ctx.book.addSheet(n) };
    },
    GetActiveWorksheet: (_h, _a, ctx) => ({ k: "Worksheet", s: ctx.book.activeSheet ?? ctx.book.sheets[0]! }),
    GetCount: (_h, _a, ctx) => ctx.book.sheets.length,
  },
  items: (_h, ctx) => ctx.book.sheets.map((s) => ({ k: "Worksheet", s })),
  get: { count: (_h, ctx) => ctx.book.sheets.length },
};

const rangeByIndexes = (s: SheetModel, r: number, c: number, rows: number, cols: number): Handle => {
  if (rows < 1 || cols < 1) throw invalidArgument("getRangeByIndexes");
  return rangeOf(s, { r0: r, c0: c, r1: r + rows - 1, c1: c + cols - 1 });
};

export const WorksheetApi: ApiClass<H<"Worksheet">> = {
  nav: {
    Tables: (h) => ({ k: "Tables", s: h.s }),
    FreezePanes: (h) => ({ k: "FreezePanes", s: h.s }),
    PageLayout: (h) => ({ k: "PageLayout", s: h.s }),
    HorizontalPageBreaks: (h) => ({ k: "PageBreaks", s: h.s }),
    Charts: (h) => ({ k: "Charts", s: h.s }),
    Shapes: (h) => ({ k: "Shapes", s: h.s }),
  },
  methods: {
    GetRange: (h, [address], ctx) => rangeAt(h.s, address as string | undefined, ctx),
    GetRanges: (h, [address]) => ({ k: "RangeAreas", s: h.s, areas: parseAreas(String(address)).map((a) => a.rect) }),
    GetRangeByIndexes: (h, [r, c, rows, cols]) => rangeByIndexes(h.s, Number(r), Number(c), Number(rows), Number(cols)),
    GetCell: (h, [r, c]) => rangeByIndexes(h.s, Number(r), Number(c), 1, 1),
    GetUsedRange: (h, [valuesOnly]) => usedRange(h.s, Boolean(valuesOnly), false),
    GetUsedRangeOrNullObject: (h, [valuesOnly]) => usedRange(h.s, Boolean(valuesOnly), true),
    Delete: (h, _a, ctx) => {
      ctx.book.deleteSheet(h.s);
      return null;
    },
    Activate: (h, _a, ctx) => {
      ctx.book.activeSheet = h.s;
      return null;
    },
    _RegisterDataChangedEvent: (h, _a, ctx) => {
      ctx.connection.registrations.add(`${WORKSHEET_CHANGED}:${h.s.id}`);
      return null;
    },
    _UnregisterDataChangedEvent: (h, _a, ctx) => {
      ctx.connection.registrations.delete(`${WORKSHEET_CHANGED}:${h.s.id}`);
      return null;
    },
  },
  set: {
    Name: (h, v, ctx) => {
      const other = ctx.book.sheet(String(v));
      if (other && other !== h.s) throw new ExcelError("ItemAlreadyExists", "A sheet with this name already exists.");
      h.s.name = String(v);
    },
    Position: (h, v, ctx) => {
      const list = ctx.book.sheets;
      list.splice(list.indexOf(h.s), 1);
      list.splice(Math.min(Number(v), list.length), 0, h.s);
    },
    // Office.js sends worksheet.showGridlines as "Gridlines".
    Gridlines: (h, v) => {
      h.s.showGridlines = Boolean(v);
    },
    Visibility: (h, v) => {
      h.s.visibility = String(v);
    },
    TabColor: (h, v) => {
      h.s.tabColor = String(v);
    },
  },
  get: {
    name: (h) => h.s.name,
    id: (h) => h.s.id,
    position: (h, ctx) => ctx.book.sheets.indexOf(h.s),
    visibility: (h) => h.s.visibility,
    showGridlines: (h) => h.s.showGridlines,
  },
  defaultLoad: ["name", "id", "position", "visibility"],
  identity: (h) => ({ Id: h.s.id }),
};

function tableRect(sheet: SheetModel | null, address: unknown, ctx: ServerContext): { s: SheetModel; r: Rect } {
  const [a] = parseAreas(String(address));
  const s = a?.sheet ? ctx.book.sheet(a.sheet) : sheet;
  if (!a || !s) throw invalidArgument(`table address ${String(address)}`);
  return { s, r: a.rect };
}

const validTableName = (name: string) =>
  /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]$/.test(name);

export const TablesApi: ApiClass<H<"Tables">> = {
  index: (h, [key], ctx) => {
    const t = ctx.book.tables.find(
      (x) => (x.name.toLowerCase() === String(key).toLowerCase() || x.id === String(key)) && (!h.s || x.sheet === h.s),
    );
    if (!t) throw itemNotFound(`table ${String(key)}`);
    return { k: "Table", t };
  },
  methods: {
    Add: (h, [address, hasHeaders], ctx) => {
      const { s, r } = tableRect(h.s, address, ctx);
      if (ctx.book.tables.some((t) => t.sheet === s && overlaps(t.rect, r)))
        throw new ExcelError("InvalidOperation", "A table can't overlap another table.");
      const n = ctx.book.tables.length + 1;
      const t: TableModel = {
        id: String(n),
        name: `表${n}`,
        sheet: s,
        rect: r,
        style: "TableStyleMedium2",
        showHeaders: hasHeaders !== false,
      };
      while (ctx.book.tableNamed(t.name)) t.name += "_";
      ctx.book.tables.push(t);
      return { k: "Table", t };
    },
    GetItemOrNullObject: (h, [key], ctx) => {
      const t = ctx.book.tables.find((x) => x.name.toLowerCase() === String(key).toLowerCase() && (!h.s || x.sheet === h.s));
      return t ? { k: "Table", t } : { k: "Null" };
    },
    GetCount: (h, _a, ctx) => ctx.book.tables.filter((t) => !h.s || t.sheet === h.s).length,
  },
  items: (h, ctx) => ctx.book.tables.filter((t) => !h.s || t.sheet === h.s).map((t) => ({ k: "Table", t })),
  get: { count: (h, ctx) => ctx.book.tables.filter((t) => !h.s || t.sheet === h.s).length },
};

export const TableApi: ApiClass<H<"Table">> = {
  nav: { Worksheet: (h) => ({ k: "Worksheet", s: h.t.sheet }), Rows: (h) => ({ k: "TableRows", t: h.t }) },
  methods: {
    GetRange: (h) => rangeOf(h.t.sheet, h.t.rect),
    GetHeaderRowRange: (h) => rangeOf(h.t.sheet, { ...h.t.rect, r1: h.t.rect.r0 }),
    GetDataBodyRange: (h) => rangeOf(h.t.sheet, { ...h.t.rect, r0: h.t.rect.r0 + 1 }),
    Resize: (h, [address], ctx) => {
      const { s, r } = tableRect(h.t.sheet, address, ctx);
      // Excel: the header row must stay where it is, and the table must keep at least one data row.
      if (s !== h.t.sheet || r.r0 !== h.t.rect.r0 || r.c0 !== h.t.rect.c0 || r.r1 <= r.r0)
        throw invalidArgument(`resize to ${String(address)}`);
      if (ctx.book.tables.some((t) => t !== h.t && t.sheet === s && overlaps(t.rect, r)))
        throw new ExcelError("InvalidOperation", "A table can't overlap another table.");
      h.t.rect = r;
      return null;
    },
    Delete: (h, _a, ctx) => {
      ctx.book.tables.splice(ctx.book.tables.indexOf(h.t), 1);
      h.t.sheet.clear(h.t.rect, "All");
      return null;
    },
    ConvertToRange: (h, _a, ctx) => {
      ctx.book.tables.splice(ctx.book.tables.indexOf(h.t), 1);
      return rangeOf(h.t.sheet, h.t.rect);
    },
  },
  set: {
    Name: (h, v, ctx) => {
      const name = String(v);
      if (!validTableName(name)) throw invalidArgument(`table name ${name}`);
      const other = ctx.book.tableNamed(name);
      if (other && other !== h.t) throw new ExcelError("ItemAlreadyExists", "A table with this name already exists.");
      h.t.name = name;
    },
    Style: (h, v) => {
      h.t.style = String(v);
    },
    ShowHeaders: (h, v) => {
      h.t.showHeaders = Boolean(v);
    },
    ShowTotals: () => undefined,
    ShowBandedRows: () => undefined,
    ShowFilterButton: () => undefined,
  },
  get: {
    name: (h) => h.t.name,
    id: (h) => h.t.id,
    style: (h) => h.t.style,
    showHeaders: (h) => h.t.showHeaders,
  },
  identity: (h) => ({ Id: h.t.id }),
};

/**
 * table.rows.add appends below the table as it stands when the request runs (so two co-authors'
 * rows both land); new rows take the number formats of the row above, as Excel extends a table.
 */
export const TableRowsApi: ApiClass<H<"TableRows">> = {
  methods: {
    Add: (h, [index, values], ctx) => {
      if (index !== null && index !== undefined) throw invalidArgument("the harness appends table rows only at the end");
      const rows = values as unknown[][];
      if (!Array.isArray(rows) || rows.some((r) => !Array.isArray(r) || r.length !== h.t.rect.c1 - h.t.rect.c0 + 1))
        throw invalidArgument("table row values");
      const s = h.t.sheet;
      const first = h.t.rect.r1 + 1;
      rows.forEach((row, i) =>
        row.forEach((v, j) => {
          const c = h.t.rect.c0 + j;
          const nf = s.cell(first - 1, c).numberFormat;
          const st = coerce(v, nf);
          s.setCell(first + i, c, { value: st.value, formula: st.formula, numberFormat: st.autoFormat ?? nf });
        }),
      );
      h.t.rect = { ...h.t.rect, r1: h.t.rect.r1 + rows.length };
      noteChanged(ctx, s, { r0: first, r1: first + rows.length - 1, c0: h.t.rect.c0, c1: h.t.rect.c1 });
      return { k: "TableRow", t: h.t, row: first };
    },
  },
  get: { count: (h) => h.t.rect.r1 - h.t.rect.r0 },
};

export const TableRowApi: ApiClass<H<"TableRow">> = { get: { index: (h) => h.row - h.t.rect.r0 - 1 } };

export const FreezePanesApi: ApiClass<H<"FreezePanes">> = {
  methods: {
    FreezeRows: (h, [n]) => {
      h.s.frozenRows = Number(n ?? 1);
      return null;
    },
    FreezeColumns: (h, [n]) => {
      h.s.frozenColumns = Number(n ?? 1);
      return null;
    },
    Unfreeze: (h) => {
      h.s.frozenRows = 0;
      h.s.frozenColumns = 0;
      return null;
    },
  },
  get: {},
};

const LAYOUT = [
  "Orientation",
  "PaperSize",
  "TopMargin",
  "BottomMargin",
  "LeftMargin",
  "RightMargin",
  "HeaderMargin",
  "FooterMargin",
  "CenterHorizontally",
  "CenterVertically",
  "Zoom",
  "PrintGridlines",
  "PrintHeadings",
  "PrintOrder",
  "BlackAndWhite",
  "Draft",
  "FirstPageNumber",
  "PrintComments",
  "PrintErrors",
];
const camel = (p: string) => `${p[0]!.toLowerCase()}${p.slice(1)}`;

export const PageLayoutApi: ApiClass<H<"PageLayout">> = {
  methods: {
    SetPrintArea: (h, [address]) => {
      h.s.printArea = String(address);
      return null;
    },
    SetPrintTitleRows: (h, [address]) => {
      h.s.printTitleRows = String(address);
      return null;
    },
    SetPrintTitleColumns: () => null,
  },
  set: Object.fromEntries(
    LAYOUT.map((p) => [
      p,
      (h: H<"PageLayout">, v: unknown) => {
        if (p === "Zoom") {
          const z = v as { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
          if (z.scale !== undefined && (z.scale < 10 || z.scale > 400)) throw invalidArgument("zoom.scale");
        }
        h.s.pageLayout[camel(p)] = v;
      },
    ]),
  ),
  get: Object.fromEntries(LAYOUT.map((p) => [camel(p), (h: H<"PageLayout">) => h.s.pageLayout[camel(p)] ?? null])),
};

export const PageBreaksApi: ApiClass<H<"PageBreaks">> = {
  methods: {
    Add: (h, [address]) => {
      const [a] = parseAreas(String(address));
      if (!a) throw invalidArgument(String(address));
      if (!h.s.horizontalBreaks.includes(a.rect.r0)) {
        if (h.s.horizontalBreaks.length >= MAX_PAGE_BREAKS)
          throw new ExcelError("InvalidOperation", `A worksheet can hold at most ${MAX_PAGE_BREAKS} manual page breaks.`);
        h.s.horizontalBreaks.push(a.rect.r0);
      }
      return { k: "PageBreak", s: h.s, row: a.rect.r0 };
    },
    RemovePageBreaks: (h) => {
      h.s.horizontalBreaks = [];
      return null;
    },
    GetCount: (h) => h.s.horizontalBreaks.length,
  },
  items: (h) => h.s.horizontalBreaks.map((row) => ({ k: "PageBreak", s: h.s, row })),
  get: { count: (h) => h.s.horizontalBreaks.length },
};

export const PageBreakApi: ApiClass<H<"PageBreak">> = {
  methods: {
    Delete: (h) => {
      h.s.horizontalBreaks = h.s.horizontalBreaks.filter((r) => r !== h.row);
      return null;
    },
  },
  get: { rowIndex: (h) => h.row, columnIndex: () => 0 },
};
