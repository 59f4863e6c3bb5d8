/**
 * A recording fake of the part of the Excel JavaScript API the Office host uses. Faithful where it
 * matters for the host's correctness: properties must be loaded and synced before they are read,
 * values are 2-D arrays that must match the range, blanks read as "", merged areas are separate,
 * text set into a non-text cell that starts with "=" becomes a formula, and a sync whose request or
 * response is over 5 MB fails as Excel's does.
 */
import { cellAddress, columnLetter, parseRangeAddress } from "../../src/core/model/address";

export const REQUEST_LIMIT = 5 * 1024 * 1024;
type Scalar = string | number | boolean;

export interface FakeCell {
  value: Scalar;
  format: string;
  formula: string | null;
}
export interface FakeMerge {
  startRow: number;
  startCol: number;
  endRow: number;
  endCol: number;
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  merges: FakeMerge[] = [];
  tables: Array<{ name: string; address: string; style: string }> = [];
  fills = new Map<string, string>();
  links = new Map<string, string>();
  validations: Array<{ address: string; rule: unknown }> = [];
  rowHeights = new Map<number, number>();
  borders = new Map<string, { style?: string; color?: string; weight?: string }>();
  pageBreaks: string[] = [];
  printArea: string | null = null;
  pageLayout: Record<string, unknown> = {};
  charts: FakeChart[] = [];
  frozenRows = 0;
  columnWidths = new Map<number, number>();
  constructor(public name: string) {}
  get(r: number, c: number): FakeCell {
    return this.cells.get(`${r},${c}`) ?? { value: "", format: "General", formula: null };
  }
  set(r: number, c: number, patch: Partial<FakeCell>): void {
    this.cells.set(`${r},${c}`, { ...this.get(r, c), ...patch });
  }
  usedBounds(): { top: number; left: number; bottom: number; right: number } | null {
    let b: { top: number; left: number; bottom: number; right: number } | null = null;
    for (const [k, cell] of this.cells) {
      if (cell.value === "" && cell.formula === null) continue;
      const [r, c] = k.split(",").map(Number) as [number, number];
      b = b
        ? { top: Math.min(b.top, r), left: Math.min(b.left, c), bottom: Math.max(b.bottom, r), right: Math.max(b.right, c) }
        : { top: r, left: c, bottom: r, right: c };
    }
    return b;
  }
}

export interface FakeSeries {
  name: string;
  values: string | null;
  xValues: string | null;
  chartType?: string;
  axisGroup?: string;
  setValues(r: { address: string }): void;
  setXAxisValues(r: { address: string }): void;
}
export interface FakeChart {
  type: string;
  source: string;
  title: { text: string };
  legend: { position?: string };
  seriesList: FakeSeries[];
  position: string | null;
  width?: number;
  height?: number;
}

function fakeSeries(name: string, values: string | null): FakeSeries {
  const s: FakeSeries = {
    name,
    values,
    xValues: null,
    setValues: (r) => {
      s.values = (r as unknown as FakeRange).where;
    },
    setXAxisValues: (r) => {
      s.xValues = (r as unknown as FakeRange).where;
    },
  };
  return s;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  writes: Array<{ sheet: string; address: string; property: string; rows: number; cols: number }>;
}

type ChangeHandler = (event: { address: string; worksheetId: string; changeType: string }) => Promise<unknown>;

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  handlers: Array<{ sheet: string; handler: ChangeHandler; removed: boolean }> = [];
  syncs: SyncRecord[] = [];
  selected: { sheet: string; address: string } | null = null;
  active: string | null = null;
  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name);
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  /** A user typing into cells: sets them and raises onChanged for the sheet, as Excel does. */
  async edit(sheet: string, row: number, col: number, values: Scalar[][]): Promise<void> {
    const s = this.sheet(sheet)!;
    values.forEach((r, i) => r.forEach((v, j) => s.set(row + i, col + j, { value: v })));
    const address = `${cellAddress(row, col)}:${cellAddress(row + values.length - 1, col + (values[0]?.length ?? 1) - 1)}`;
    for (const h of this.handlers.filter((x) => x.sheet === sheet && !x.removed))
      await h.handler({ address, worksheetId: sheet, changeType: "RangeEdited" });
  }
}

class NotLoaded extends Error {
  constructor(prop: string) {
    super(
      `PropertyNotLoaded: The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
  }
}

/** Base for proxies: tracks which properties were loaded and whether a sync has delivered them. */
class Loadable {
  protected requested = new Set<string>();
  protected delivered = new Set<string>();
  constructor(protected ctx: FakeContext) {
    // As in Excel, isNullObject of an *OrNullObject result is readable after the next sync without a load.
    ctx.created.push(this);
  }
  markSynced(): void {
    this.delivered.add("isNullObject");
  }
  load(props: string): this {
    for (const p of props.split(",").map((s) => s.trim().replace(/^items\//, ""))) this.requested.add(p);
    this.ctx.pendingLoads.push(this);
    return this;
  }
  /** What the loaded properties will weigh in the response. */
  pendingBytes(): number {
    return this.responseBytes();
  }
  deliver(): void {
    for (const p of this.requested) this.delivered.add(p);
    this.requested.clear();
  }
  drop(): void {
    this.requested.clear();
  }
  protected responseBytes(): number {
    return 64;
  }
  protected need(prop: string): void {
    if (!this.delivered.has(prop)) throw new NotLoaded(prop);
  }
}

function dims(v: unknown[][]): [number, number] {
  return [v.length, v[0]?.length ?? 0];
}

export class FakeRange extends Loadable {
  format: {
    columnWidth: number;
    rowHeight: number;
    font: Record<string, unknown>;
    fill: { color: string; clear(): void };
    borders: { getItem(edge: string): Record<string, unknown> };
    [k: string]: unknown;
  };
  constructor(
    ctx: FakeContext,
    readonly sheet: FakeSheet,
    readonly top: number,
    readonly left: number,
    readonly rows: number,
    readonly cols: number,
    readonly nullObject = false,
  ) {
    super(ctx);
    const widths = sheet.columnWidths;
    const fills = sheet.fills;
    const record = (property: string, bytes: number) =>
      ctx.queueWrite(sheet.name, `${cellAddress(top, left)}:${cellAddress(top + rows - 1, left + cols - 1)}`, property, rows, cols, bytes);
    const heights = sheet.rowHeights;
    const borders = sheet.borders;
    this.format = {
      get columnWidth() {
        return 0;
      },
      set columnWidth(w: number) {
        for (let c = left; c < left + cols; c++) widths.set(c, w);
      },
      get rowHeight() {
        return 15;
      },
      set rowHeight(h: number) {
        record("rowHeight", 40);
        for (let r = top; r < top + rows; r++) heights.set(r, h);
      },
      font: { bold: false },
      borders: {
        getItem: (edge: string) => {
          const key = `${top},${left}:${top + rows - 1},${left + cols - 1}:${edge}`;
          const b = borders.get(key) ?? {};
          borders.set(key, b);
          record("border", 60);
          return b;
        },
      },
      fill: {
        get color() {
          return fills.get(`${top},${left}`) ?? "#FFFFFF";
        },
        set color(c: string) {
          record("fill", 80);
          for (let r = top; r < top + rows; r++) for (let k = left; k < left + cols; k++) fills.set(`${r},${k}`, c);
        },
        clear() {
          record("fillClear", 60);
          for (let r = top; r < top + rows; r++) for (let k = left; k < left + cols; k++) fills.delete(`${r},${k}`);
        },
      },
    };
  }
  get isNullObject(): boolean {
    this.need("isNullObject");
    return this.nullObject;
  }
  /** The fake's own view of where the range is (no load needed, unlike `address`). */
  get where(): string {
    return `${cellAddress(this.top, this.left)}:${cellAddress(this.top + this.rows - 1, this.left + this.cols - 1)}`;
  }
  get address(): string {
    this.need("address");
    return `${this.sheet.name}!${cellAddress(this.top, this.left)}:${cellAddress(this.top + this.rows - 1, this.left + this.cols - 1)}`;
  }
  get rowCount(): number {
    this.need("rowCount");
    return this.rows;
  }
  get columnCount(): number {
    this.need("columnCount");
    return this.cols;
  }
  get rowIndex(): number {
    this.need("rowIndex");
    return this.top;
  }
  get columnIndex(): number {
    this.need("columnIndex");
    return this.left;
  }
  private grid<T>(f: (c: FakeCell) => T): T[][] {
    return Array.from({ length: this.rows }, (_, i) =>
      Array.from({ length: this.cols }, (_, j) => f(this.sheet.get(this.top + i, this.left + j))),
    );
  }
  get values(): Scalar[][] {
    this.need("values");
    return this.grid((c) => c.value);
  }
  get numberFormat(): string[][] {
    this.need("numberFormat");
    return this.grid((c) => c.format);
  }
  get formulas(): Scalar[][] {
    this.need("formulas");
    return this.grid((c) => c.formula ?? c.value);
  }
  private write(property: string, v: unknown[][], apply: (r: number, c: number, x: Scalar) => void): void {
    const [r, c] = dims(v);
    if (r !== this.rows || c !== this.cols)
      throw new Error(`InvalidArgument: ${property} is ${r}×${c} but the range is ${this.rows}×${this.cols}`);
    this.ctx.queueWrite(
      this.sheet.name,
      `${cellAddress(this.top, this.left)}:${cellAddress(this.top + r - 1, this.left + c - 1)}`,
      property,
      r,
      c,
      JSON.stringify(v).length * 1.0 + byteExtra(v),
    );
    v.forEach((row, i) => row.forEach((x, j) => apply(this.top + i, this.left + j, x as Scalar)));
  }
  set values(v: Scalar[][]) {
    this.write("values", v, (r, c, x) => {
      const cell = this.sheet.get(r, c);
      if (typeof x === "string" && x.startsWith("=") && cell.format !== "@") this.sheet.set(r, c, { formula: x, value: 0 });
      else this.sheet.set(r, c, { value: x, formula: null });
    });
  }
  set numberFormat(v: string[][]) {
    this.write("numberFormat", v, (r, c, x) => this.sheet.set(r, c, { format: String(x) }));
  }
  set hyperlink(h: { documentReference: string; textToDisplay: string }) {
    this.ctx.queueWrite(this.sheet.name, cellAddress(this.top, this.left), "hyperlink", 1, 1, JSON.stringify(h).length + 40);
    this.sheet.links.set(cellAddress(this.top, this.left), h.documentReference);
  }
  get dataValidation() {
    const sheet = this.sheet;
    const address = `${cellAddress(this.top, this.left)}:${cellAddress(this.top + this.rows - 1, this.left + this.cols - 1)}`;
    const ctx = this.ctx;
    return {
      clear: () => {
        sheet.validations = sheet.validations.filter((v) => v.address !== address);
      },
      set rule(rule: unknown) {
        ctx.queueWrite(sheet.name, address, "dataValidation", 1, 1, JSON.stringify(rule).length + 40);
        sheet.validations.push({ address, rule });
      },
      set errorAlert(_a: unknown) {
        ctx.queueWrite(sheet.name, address, "errorAlert", 1, 1, 120);
      },
    };
  }
  merge(_across: boolean): void {
    this.ctx.queueWrite(this.sheet.name, cellAddress(this.top, this.left), "merge", this.rows, this.cols, 60);
    this.sheet.merges.push({
      startRow: this.top,
      startCol: this.left,
      endRow: this.top + this.rows - 1,
      endCol: this.left + this.cols - 1,
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    const inside = this.sheet.merges.filter(
      (m) => m.startRow >= this.top && m.endRow < this.top + this.rows && m.startCol >= this.left && m.endCol < this.left + this.cols,
    );
    return new FakeRangeAreas(this.ctx, this.sheet.name, inside);
  }
  select(): void {
    this.ctx.workbook.selected = { sheet: this.sheet.name, address: cellAddress(this.top, this.left) };
  }
  protected override responseBytes(): number {
    let n = 64;
    for (const p of this.requested)
      if (["values", "numberFormat", "formulas"].includes(p))
        n +=
          JSON.stringify(
            p === "values"
              ? this.grid((c) => c.value)
              : p === "numberFormat"
                ? this.grid((c) => c.format)
                : this.grid((c) => c.formula ?? c.value),
          ).length * 2;
    return n;
  }
}

/** JSON length counts a Chinese character once; on the wire it is 3 bytes. */
function byteExtra(v: unknown[][]): number {
  let extra = 0;
  for (const row of v)
    for (const x of row) if (typeof x === "string") for (let i = 0; i < x.length; i++) if (x.charCodeAt(i) >= 0x80) extra += 2;
  return extra;
}

export class FakeRangeAreas extends Loadable {
  constructor(
    ctx: FakeContext,
    private sheetName: string,
    private areas: FakeMerge[],
  ) {
    super(ctx);
  }
  get isNullObject(): boolean {
    this.need("isNullObject");
    return this.areas.length === 0;
  }
  get address(): string {
    this.need("address");
    return this.areas.map((m) => `${this.sheetName}!${cellAddress(m.startRow, m.startCol)}:${cellAddress(m.endRow, m.endCol)}`).join(", ");
  }
}

export class FakeWorksheet extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly model: FakeSheet | null,
  ) {
    super(ctx);
  }
  get name(): string {
    return this.model!.name;
  }
  get isNullObject(): boolean {
    this.need("isNullObject");
    return this.model === null;
  }
  get position(): number {
    this.need("position");
    return this.ctx.workbook.sheets.indexOf(this.model!);
  }
  set position(p: number) {
    const wb = this.ctx.workbook;
    wb.sheets.splice(wb.sheets.indexOf(this.model!), 1);
    wb.sheets.splice(p, 0, this.model!);
  }
  getUsedRangeOrNullObject(): FakeRange {
    const b = this.model!.usedBounds();
    return b
      ? new FakeRange(this.ctx, this.model!, b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1)
      : new FakeRange(this.ctx, this.model!, 0, 0, 1, 1, true);
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this.model!, r, c, rows, cols);
  }
  getCell(r: number, c: number): FakeRange {
    return new FakeRange(this.ctx, this.model!, r, c, 1, 1);
  }
  getRange(address: string): FakeRange {
    const p = parseRangeAddress(address);
    return new FakeRange(this.ctx, this.model!, p.startRow, p.startCol, p.endRow - p.startRow + 1, p.endCol - p.startCol + 1);
  }
  delete(): void {
    const wb = this.ctx.workbook;
    wb.sheets = wb.sheets.filter((s) => s !== this.model);
  }
  activate(): void {
    this.ctx.workbook.active = this.model!.name;
  }
  get onChanged() {
    const wb = this.ctx.workbook;
    const sheet = this.model!.name;
    return {
      add: (handler: ChangeHandler) => {
        const entry = { sheet, handler, removed: false };
        wb.handlers.push(entry);
        return {
          remove: () => {
            entry.removed = true;
          },
        };
      },
    };
  }
  get tables() {
    const model = this.model!;
    return {
      add: (address: string, _hasHeaders: boolean) => {
        const t = { name: `表${model.tables.length + 1}`, address, style: "TableStyleMedium2" };
        model.tables.push(t);
        return t;
      },
    };
  }
  showGridlines = true;
  get pageLayout() {
    const model = this.model!;
    const layout = model.pageLayout;
    return new Proxy(layout, {
      get: (t, k) =>
        k === "setPrintArea"
          ? (a: string) => {
              model.printArea = a;
            }
          : t[k as string],
      set: (t, k, v) => {
        t[k as string] = v;
        return true;
      },
    });
  }
  get horizontalPageBreaks() {
    const model = this.model!;
    return {
      add: (address: string) => {
        model.pageBreaks.push(address);
      },
    };
  }
  get charts() {
    const model = this.model!;
    const ctx = this.ctx;
    return {
      add: (type: string, range: FakeRange, _by: string) => {
        ctx.queueWrite(model.name, "chart", "chart", 1, 1, 200);
        const address = `${cellAddress(range.top, range.left)}:${cellAddress(range.top + range.rows - 1, range.left + range.cols - 1)}`;
        const chart: FakeChart = {
          type,
          source: address,
          title: { text: "" },
          legend: {},
          seriesList: [fakeSeries("", address)],
          position: null,
        };
        model.charts.push(chart);
        return {
          title: chart.title,
          legend: chart.legend,
          series: {
            getItemAt: (i: number) => chart.seriesList[i]!,
            add: (name: string) => {
              const s = fakeSeries(name, null);
              chart.seriesList.push(s);
              return s;
            },
          },
          setPosition: (start: FakeRange, end?: FakeRange) => {
            chart.position = end
              ? `${cellAddress(start.top, start.left)}:${cellAddress(end.top, end.left)}`
              : cellAddress(start.top, start.left);
          },
          set width(w: number) {
            chart.width = w;
          },
          set height(h: number) {
            chart.height = h;
          },
        };
      },
    };
  }
  get freezePanes() {
    return {
      freezeRows: (n: number) => {
        this.model!.frozenRows = n;
      },
    };
  }
}

/** context.workbook.worksheets: items readable only after load + sync. */
export class FakeWorksheetCollection {
  private loaded = false;
  constructor(private readonly ctx: FakeContext) {}
  load(): this {
    this.ctx.pendingLoads.push({
      pendingBytes: () => 64,
      deliver: () => {
        this.loaded = true;
      },
      drop: () => undefined,
      markSynced: () => undefined,
    } as unknown as Loadable);
    return this;
  }
  get items(): FakeWorksheet[] {
    if (!this.loaded) throw new NotLoaded("items");
    return this.ctx.workbook.sheets.map((s) => new FakeWorksheet(this.ctx, s));
  }
  getItem(name: string): FakeWorksheet {
    const s = this.ctx.workbook.sheet(name);
    if (!s) throw new Error(`ItemNotFound: ${name}`);
    return new FakeWorksheet(this.ctx, s);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.ctx.workbook.sheet(name) ?? null);
  }
  add(name: string): FakeWorksheet {
    if (this.ctx.workbook.sheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
    return new FakeWorksheet(this.ctx, this.ctx.workbook.addSheet(name));
  }
}

export class FakeContext {
  pendingLoads: Loadable[] = [];
  created: Loadable[] = [];
  private pendingWrites: SyncRecord["writes"] = [];
  private requestBytes = 0;
  constructor(readonly workbook: FakeWorkbook) {}
  queueWrite(sheet: string, address: string, property: string, rows: number, cols: number, bytes: number): void {
    this.pendingWrites.push({ sheet, address, property, rows, cols });
    this.requestBytes += bytes;
  }
  get worksheetsProxy(): FakeWorksheetCollection {
    return new FakeWorksheetCollection(this);
  }
  /** Like Excel: an over-limit request or response fails the whole batch and loads nothing. */
  async sync(): Promise<void> {
    const response = this.pendingLoads.reduce((n, l) => n + l.pendingBytes(), 0);
    const record: SyncRecord = { requestBytes: this.requestBytes, responseBytes: response, writes: this.pendingWrites };
    this.workbook.syncs.push(record);
    const loads = this.pendingLoads;
    this.pendingLoads = [];
    this.pendingWrites = [];
    this.requestBytes = 0;
    const fail = (code: string): never => {
      for (const l of loads) l.drop();
      throw Object.assign(new Error(`${code}: the payload is over 5 MB`), { code });
    };
    if (record.requestBytes > REQUEST_LIMIT) fail("RequestPayloadSizeLimitExceeded");
    if (record.responseBytes > REQUEST_LIMIT) fail("ResponsePayloadSizeLimitExceeded");
    for (const l of loads) l.deliver();
    for (const c of this.created) c.markSynced();
    this.created = [];
  }
}

/** An OfficeApi over the fake, for OfficeHost. */
export function fakeOfficeApi(workbook: FakeWorkbook, documentName = "台账.xlsx", supported = true) {
  return {
    run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      const ctx = new FakeContext(workbook);
      const context = {
        workbook: {
          worksheets: ctx.worksheetsProxy,
          getSelectedRange: () => {
            const sel = workbook.selected ?? { sheet: workbook.sheets[0]!.name, address: "A1" };
            const range = ctx.worksheetsProxy.getItem(sel.sheet).getRange(sel.address);
            return Object.assign(range, { worksheet: { name: sel.sheet, load: () => undefined } });
          },
        },
        sync: () => ctx.sync(),
      };
      return batch(context as unknown as Excel.RequestContext);
    },
    runIn: async <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(context),
    isSetSupported: () => supported,
    documentName: () => documentName,
  };
}

export { columnLetter };
