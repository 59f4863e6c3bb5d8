/**
 * The Excel end of `context.sync()`: takes the request body Office.js built (ObjectPaths and
 * Actions), runs its actions in order against the workbook model and answers as Excel does — a
 * result per action, an `Id` for worksheets, tables and charts, a `_ReferenceId` for ranges, null
 * for a null object, and on failure the results so far with the failing action's index (actions
 * before it stay done, as in Excel). Requests and responses over 5 MB are refused whole, and so is
 * every batch while the user is editing a cell unless it was run with delayForCellEdit.
 */
import { rectAddress } from "./a1";
import type { ApiClass, Handle, Kind, ServerContext } from "./apiTypes";
import { ShapeApi, ShapesApi } from "./shapeApi";
import {
  ChartApi,
  ChartAxesApi,
  ChartAxisApi,
  ChartAxisTitleApi,
  ChartLegendApi,
  ChartsApi,
  ChartSeriesApi,
  ChartSeriesCollectionApi,
  ChartTitleApi,
} from "./chartApi";
import { ExcelError } from "./excelError";
import {
  DataValidationApi,
  RangeApi,
  RangeAreasApi,
  RangeBorderApi,
  RangeCollectionApi,
  RangeBordersApi,
  RangeFillApi,
  RangeFontApi,
  RangeFormatApi,
  RESPONSE_LIMIT,
} from "./rangeApi";
import {
  ApplicationApi,
  FreezePanesApi,
  PageBreakApi,
  PageBreaksApi,
  PageLayoutApi,
  TableApi,
  TableRowApi,
  TableRowsApi,
  TablesApi,
  WorkbookApi,
  WorksheetApi,
  WorksheetsApi,
} from "./sheetApi";
import type { WorkbookModel, Connection } from "./workbookModel";

export const REQUEST_LIMIT = 5 * 1024 * 1024;
/** The request flag Excel.run sets for `delayForCellEdit: true`. */
export const DELAY_FOR_CELL_EDIT = 64;

const CLASSES: Record<Kind, ApiClass | null> = {
  Workbook: WorkbookApi,
  Application: ApplicationApi,
  Worksheets: WorksheetsApi,
  Worksheet: WorksheetApi,
  Range: RangeApi,
  RangeAreas: RangeAreasApi,
  RangeCollection: RangeCollectionApi,
  RangeFormat: RangeFormatApi,
  RangeFont: RangeFontApi,
  RangeFill: RangeFillApi,
  RangeBorders: RangeBordersApi,
  RangeBorder: RangeBorderApi,
  DataValidation: DataValidationApi,
  Tables: TablesApi,
  Table: TableApi,
  TableRows: TableRowsApi,
  TableRow: TableRowApi,
  FreezePanes: FreezePanesApi,
  PageLayout: PageLayoutApi,
  PageBreaks: PageBreaksApi,
  PageBreak: PageBreakApi,
  Charts: ChartsApi,
  Chart: ChartApi,
  ChartTitle: ChartTitleApi,
  ChartLegend: ChartLegendApi,
  ChartSeriesCollection: ChartSeriesCollectionApi,
  ChartSeries: ChartSeriesApi,
  ChartAxes: ChartAxesApi,
  ChartAxis: ChartAxisApi,
  ChartAxisTitle: ChartAxisTitleApi,
  Shapes: ShapesApi,
  Shape: ShapeApi,
  Null: null,
} as unknown as Record<Kind, ApiClass | null>;

/** One `context.sync()` as Excel saw it. */
export interface SyncRecord {
  /** Bytes of the request body as JSON: what travels to Excel. */
  requestBytes: number;
  responseBytes: number;
  actions: number;
  flags: number;
  /** The error code Excel answered with, if any. */
  error: string | null;
}

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}
interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: unknown[];
}
interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}
export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}
export interface ExecutorResponse {
  ErrorCode?: string;
  ErrorMessage?: string;
  HttpStatusCode?: number;
  Body?: unknown;
  Headers?: Record<string, string>;
}

const cls = (h: Handle): ApiClass => {
  const c = CLASSES[h.k];
  if (!c) throw new ExcelError("GeneralException", `null object`);
  return c;
};
const notImplemented = (what: string) =>
  new ExcelError("NotImplemented", `The harness does not implement ${what}; add it to test/harness.`);
const pascal = (p: string) => `${p[0]!.toUpperCase()}${p.slice(1)}`;
const isHandle = (v: unknown): v is Handle => typeof v === "object" && v !== null && typeof (v as { k?: unknown }).k === "string";

export class RequestServer {
  private readonly refs = new Map<string, Handle>();
  private nextRef = 1;
  private readonly ctx: ServerContext;

  constructor(
    readonly book: WorkbookModel,
    connection: Connection,
    readonly log: SyncRecord[],
  ) {
    this.ctx = { book, connection, changed: new Map() };
  }

  async execute(flags: number, body: RequestBody): Promise<ExecutorResponse> {
    const requestBytes = Buffer.byteLength(JSON.stringify(body));
    const record: SyncRecord = { requestBytes, responseBytes: 0, actions: body.Actions.length, flags, error: null };
    this.log.push(record);
    const fail = (code: string, status: number, message: string): ExecutorResponse => {
      record.error = code;
      return { ErrorCode: code, HttpStatusCode: status, ErrorMessage: message };
    };
    if (requestBytes > REQUEST_LIMIT)
      return fail("RequestPayloadSizeLimitExceeded", 413, "The request payload size has exceeded the limit.");
    const index = this.book.requestCount++;
    for (const fault of this.book.faults) {
      const code = fault({ actions: body.Actions.length, bytes: requestBytes, index });
      if (code) return fail(code, 500, `injected: ${code}`);
    }
    if (this.book.cellEditMode) {
      if ((flags & DELAY_FOR_CELL_EDIT) === 0)
        return fail("InvalidOperationInCellEditMode", 400, "Excel is in cell-editing mode. Please exit the edit mode and try again.");
      await this.book.whenNotEditing();
    }
    const resolved = new Map<number, Handle>();
    const results: Array<{ ActionId: number; Value: unknown }> = [];
    for (let i = 0; i < body.Actions.length; i++) {
      const a = body.Actions[i]!;
      try {
        const value = this.run(a, body, resolved);
        results.push({ ActionId: a.Id, Value: value });
      } catch (e) {
        const code = e instanceof ExcelError ? e.code : /^[A-Z]\w+$/.test((e as Error).message) ? (e as Error).message : "GeneralException";
        record.error = code;
        this.ctx.changed.clear();
        return {
          Body: {
            Error: { Code: code, Message: (e as Error).message, HttpStatusCode: 400, ActionIndex: i, Location: a.Name },
            Results: results,
          },
        };
      }
    }
    const responseBytes = Buffer.byteLength(JSON.stringify(results));
    record.responseBytes = responseBytes;
    // The add-in's own writes raise onChanged too, as in Excel (this pane sees triggerSource
    // "ThisLocalAddin"); they count even when the response is refused, since the cells did change.
    for (const [sheet, rects] of this.ctx.changed)
      if (this.book.sheets.includes(sheet))
        this.book.raiseChanged(sheet, rects.map(rectAddress).join(","), "RangeEdited", "None", this.ctx.connection);
    this.ctx.changed.clear();
    if (responseBytes > RESPONSE_LIMIT)
      return fail("ResponsePayloadSizeLimitExceeded", 413, "The response payload size has exceeded the limit.");
    return { Body: { Results: results }, Headers: {} };
  }

  private run(a: ActionInfo, body: RequestBody, resolved: Map<number, Handle>): unknown {
    if (a.ActionType === 5) return null; // Trace
    const h = this.resolve(a.ObjectPathId, body, resolved);
    switch (a.ActionType) {
      case 1:
        return this.identity(h);
      case 2:
        return h.k === "Null" ? null : this.query(h, a.QueryInfo?.Select);
      case 3: {
        if (h.k === "Null") return null;
        const fn = cls(h).methods?.[a.Name];
        if (!fn) throw notImplemented(`${h.k}.${a.Name}()`);
        const v = fn(h, this.args(a.ArgumentInfo, body, resolved), this.ctx);
        return isHandle(v) ? null : v;
      }
      case 4: {
        if (h.k === "Null") return null;
        const fn = cls(h).set?.[a.Name];
        if (!fn) throw notImplemented(`${h.k}.${a.Name} =`);
        fn(h, this.args(a.ArgumentInfo, body, resolved)[0], this.ctx);
        return null;
      }
      default:
        throw notImplemented(`action type ${a.ActionType}`);
    }
  }

  private identity(h: Handle): unknown {
    if (h.k === "Null") return null;
    if (h.k === "Range" || h.k === "RangeAreas") {
      const id = `ref${this.nextRef++}`;
      this.refs.set(id, h);
      return { _ReferenceId: id };
    }
    return cls(h).identity?.(h, this.ctx) ?? {};
  }

  private query(h: Handle, select: string[] | undefined): unknown {
    const c = cls(h);
    const fields = (x: Handle): Record<string, unknown> => {
      const xc = cls(x);
      const names = select ?? xc.defaultLoad ?? Object.keys(xc.get);
      const out: Record<string, unknown> = { ...(xc.identity?.(x, this.ctx) ?? {}) };
      for (const n of names) {
        if (n === "isNullObject") continue;
        const path = n.split("/");
        let target: Handle = x;
        for (const nav of path.slice(0, -1)) {
          const f = cls(target).nav?.[pascal(nav)];
          if (!f) throw notImplemented(`load("${n}") on ${x.k}`);
          target = f(target, this.ctx);
        }
        const leaf = path[path.length - 1]!;
        const get = cls(target).get[leaf];
        if (!get) throw notImplemented(`load("${n}") on ${x.k}`);
        let slot = out;
        for (const nav of path.slice(0, -1)) slot = (slot[pascal(nav)] ??= {}) as Record<string, unknown>;
        slot[pascal(leaf)] = get(target, this.ctx);
      }
      return out;
    };
    if (c.items) return { _Items: c.items(h, this.ctx).map(fields) };
    return fields(h);
  }

  private args(info: ArgumentInfo | undefined, body: RequestBody, resolved: Map<number, Handle>): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    info?.ReferencedObjectPathIds?.forEach((id, i) => {
      if (typeof id === "number" && id !== 0) args[i] = this.resolve(id, body, resolved);
    });
    return args;
  }

  private resolve(id: number, body: RequestBody, resolved: Map<number, Handle>): Handle {
    const known = resolved.get(id);
    if (known) return known;
    const p = body.ObjectPaths[String(id)];
    if (!p) throw new ExcelError("InvalidObjectPath", `object path ${id} is not in the request`);
    let h: Handle;
    if (p.ObjectPathType === 1) h = { k: "Workbook" };
    else if (p.ObjectPathType === 6) {
      const r = this.refs.get(p.Name);
      if (!r || (r.k !== "Null" && "s" in r && r.s && !this.book.sheets.includes(r.s)))
        throw new ExcelError("InvalidReference", "This reference isn't valid for the current operation.");
      h = r;
    } else if (p.ObjectPathType === 7) h = { k: "Null" };
    else {
      const parent = this.resolve(p.ParentObjectPathId!, body, resolved);
      if (parent.k === "Null") h = parent;
      else {
        const c = cls(parent);
        const args = this.args(p.ArgumentInfo, body, resolved);
        if (p.ObjectPathType === 4) {
          const f = c.nav?.[p.Name];
          if (!f) throw notImplemented(`${parent.k}.${p.Name}`);
          h = f(parent, this.ctx);
        } else if (p.ObjectPathType === 5) {
          if (!c.index) throw notImplemented(`${parent.k}[…]`);
          h = c.index(parent, args, this.ctx);
        } else if (p.ObjectPathType === 3) {
          const f = c.methods?.[p.Name];
          if (!f) throw notImplemented(`${parent.k}.${p.Name}()`);
          const v = f(parent, args, this.ctx);
          if (!isHandle(v)) throw notImplemented(`${parent.k}.${p.Name}() as an object`);
          h = v;
        } else throw notImplemented(`object path type ${p.ObjectPathType}`);
      }
    }
    resolved.set(id, h);
    return h;
  }
}
