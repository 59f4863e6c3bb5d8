/**
 * What an object in a request resolves to on the Excel side, and how each Excel class answers the
 * four things a request can do with it (navigate, call, set a property, be queried).
 */
import type { Rect } from "./a1";
import type { ChartModel, ShapeModel, SheetModel } from "./sheetModel";
import type { Connection, TableModel, WorkbookModel } from "./workbookModel";

export type Handle =
  | { k: "Workbook" }
  | { k: "Application" }
  | { k: "Worksheets" }
  | { k: "Worksheet"; s: SheetModel }
  | { k: "Range"; s: SheetModel; r: Rect }
  | { k: "RangeAreas"; s: SheetModel; areas: Rect[] }
  | { k: "RangeCollection"; s: SheetModel; areas: Rect[] }
  | { k: "RangeFormat"; s: SheetModel; areas: Rect[] }
  | { k: "RangeFont"; s: SheetModel; areas: Rect[] }
  | { k: "RangeFill"; s: SheetModel; areas: Rect[] }
  | { k: "RangeBorders"; s: SheetModel; areas: Rect[] }
  | { k: "DataValidation"; s: SheetModel; areas: Rect[] }
  | { k: "RangeBorder"; s: SheetModel; areas: Rect[]; edge: string }
  | { k: "Tables"; s: SheetModel | null }
  | { k: "Table"; t: TableModel }
  | { k: "TableRows"; t: TableModel }
  | { k: "TableRow"; t: TableModel; row: number }
  | { k: "FreezePanes"; s: SheetModel }
  | { k: "PageLayout"; s: SheetModel }
  | { k: "Charts"; s: SheetModel }
  | { k: "PageBreaks"; s: SheetModel }
  | { k: "PageBreak"; s: SheetModel; row: number }
  | { k: "Chart"; s: SheetModel; c: ChartModel }
  | { k: "ChartTitle"; s: SheetModel; c: ChartModel }
  | { k: "ChartLegend"; s: SheetModel; c: ChartModel }
  | { k: "ChartSeriesCollection"; s: SheetModel; c: ChartModel }
  | { k: "ChartSeries"; s: SheetModel; c: ChartModel; i: number }
  | { k: "ChartAxes"; s: SheetModel; c: ChartModel }
  | { k: "ChartAxis"; s: SheetModel; c: ChartModel; axis: string }
  | { k: "ChartAxisTitle"; s: SheetModel; c: ChartModel; axis: string }
  | { k: "Shapes"; s: SheetModel }
  | { k: "Shape"; s: SheetModel; sh: ShapeModel }
  | { k: "Null" };

export type Kind = Handle["k"];

export interface ServerContext {
  book: WorkbookModel;
  connection: Connection;
  /** Cells whose contents this request changed, by sheet: Excel raises onChanged for them afterwards. */
  changed: Map<SheetModel, Rect[]>;
}

/** Notes that a request changed the contents of `rect` (values, formulas, a clear of contents). */
export function noteChanged(ctx: ServerContext, s: SheetModel, rect: Rect): void {
  const list = ctx.changed.get(s) ?? [];
  list.push(rect);
  ctx.changed.set(s, list);
}

export interface ApiClass<H extends Handle = Handle> {
  /** Properties that hold objects: `range.format`, `worksheet.tables`. */
  nav?: Record<string, (h: H, ctx: ServerContext) => Handle>;
  /** Methods that return objects (a path) or values (an action), by PascalCase name. */
  methods?: Record<string, (h: H, args: unknown[], ctx: ServerContext) => unknown>;
  /** `collection.getItem(key)` written as an indexer. */
  index?: (h: H, args: unknown[], ctx: ServerContext) => Handle;
  /** Writable scalar properties, by PascalCase name. */
  set?: Record<string, (h: H, value: unknown, ctx: ServerContext) => void>;
  /** Readable scalar properties, by camelCase name (as loads name them). */
  get: Record<string, (h: H, ctx: ServerContext) => unknown>;
  /** What `load()` with no names returns. */
  defaultLoad?: string[];
  /** The items of a collection. */
  items?: (h: H, ctx: ServerContext) => Handle[];
  /** What Excel hands back when the object is first used: its id, or a reference id for ranges. */
  identity?: (h: H, ctx: ServerContext) => Record<string, unknown>;
}
