/**
 * The workbook an Excel instance holds, shared by every task pane connected to it (co-authors).
 * Tests build it with `addSheet`, act as the user with `edit`, `paste`, `insertRows`, `select`,
 * `beginCellEdit`, and inspect it after a host ran. What Excel enforces on it lives here and in
 * requestServer.ts: deleting a sheet takes its tables and event handlers with it and turns
 * references to it into #REF!, a sheet may hold 65,530 hyperlinks and 1,026 manual page breaks.
 */
import { parseAreas, qualified, quoteSheet, type Rect, rectAddress } from "./a1";
import { coerce, type Scalar } from "./excelValues";
import { ExcelError } from "./excelError";
import { SheetModel } from "./sheetModel";

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  rect: Rect;
  style: string;
  showHeaders: boolean;
}

/** A task pane's end of the wire: the model calls it to raise events it registered for. */
export interface Connection {
  registrations: Set<string>;
  raise(entry: { messageType: number; targetId: string; message: string }): void;
}

export const WORKSHEET_CHANGED = 10;
export const MAX_LINKS_PER_SHEET = 65_530;
export const MAX_PAGE_BREAKS = 1_026;

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly connections = new Set<Connection>();
  selection: { sheet: SheetModel; areas: Rect[] } | null = null;
  activeSheet: SheetModel | null = null;
  cellEditMode = false;
  /**
   * Faults a test injects: each request is offered to them in turn, and the first to return an error
   * code fails that request before it runs (as Excel refuses a whole batch).
   */
  faults: Array<(request: { actions: number; bytes: number; index: number }) => string | null> = [];
  requestCount = 0;
  private readonly editModeWaiters: Array<() => void> = [];
  private nextId = 1;

  newId(prefix = ""): string {
    const n = this.nextId++;
    return `{${prefix}${String(n).padStart(8, "0")}-0001-0000-0000-000000000000}`;
  }

  /** Adds a sheet with rows of values (row 0 is row 1), as a user typed them: coerced like typing. */
  addSheet(name: string, rows: ReadonlyArray<ReadonlyArray<Scalar | null>> = [], at?: number): SheetModel {
    if (this.sheet(name)) throw new ExcelError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
    const s = new SheetModel(this.newId(), name);
    if (at === undefined) this.sheets.push(s);
    else this.sheets.splice(at, 0, s);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const st = coerce(v, "General");
        s.setCell(r, c, { value: st.value, formula: st.formula, numberFormat: st.autoFormat ?? "General" });
      }),
    );
    this.activeSheet ??= s;
    return s;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  get sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  tableNamed(name: string): TableModel | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /**
   * Deletes a sheet as Excel does: its tables, charts and event registrations go with it; every
   * formula, list source and chart series elsewhere that referred to it now says #REF!.
   */
  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.length === 1) throw new ExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i]!.sheet === sheet) this.tables.splice(i, 1);
    for (const c of this.connections) for (const key of [...c.registrations]) if (key.endsWith(`:${sheet.id}`)) c.registrations.delete(key);
    const ref = new RegExp(
      `(?:'${sheet.name.replace(/'/g, "''").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}'|${sheet.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})!\\$?[A-Z]*\\$?\\d*(?::\\$?[A-Z]*\\$?\\d*)?`,
      "g",
    );
    for (const s of this.sheets) {
      for (const cells of s.rows.values()) cells.forEach((c) => c?.formula && (c.formula = c.formula.replace(ref, "#REF!")));
      for (const v of s.validations) {
        const list = v.rule.list as { source?: string } | undefined;
        if (list?.source) v.rule = { ...v.rule, list: { ...list, source: list.source.replace(ref, "#REF!") } };
      }
      for (const ch of s.charts)
        for (const se of ch.series) {
          if (se.values) se.values = se.values.replace(ref, "#REF!");
          if (se.xValues) se.xValues = se.xValues.replace(ref, "#REF!");
        }
    }
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0] ?? null;
    if (this.selection?.sheet === sheet) this.selection = null;
  }

  /** The items a list validation on a cell offers now (resolving ranges and INDIRECT table columns); null when broken. */
  listItems(sheet: SheetModel, row: number, col: number): string[] | null {
    const v = [...sheet.validations].reverse().find((x) => row >= x.rect.r0 && row <= x.rect.r1 && col >= x.rect.c0 && col <= x.rect.c1);
    const source = (v?.rule.list as { source?: string } | undefined)?.source;
    if (!source) return null;
    if (!source.startsWith("=")) return source.split(",");
    if (source.includes("#REF!")) return null;
    // =OFFSET(Sheet!$A$2,0,0,MAX(1,COUNTA(Sheet!$A:$A)-1),1): the filled cells of a column below its header.
    const offset = /^=OFFSET\(([^!]+)!\$([A-Z]+)\$(\d+),0,0,MAX\(1,COUNTA\(\1!\$\2:\$\2\)-(\d+)\),1\)$/.exec(source);
    if (offset) {
      const target = this.sheet(offset[1]!.replace(/^'(.*)'$/, "$1"));
      if (!target) return null;
      const col = parseAreas(`${offset[2]}1`)[0]!.rect.c0;
      let filled = 0;
      for (const [, cells] of target.rows) if (cells[col] && cells[col]!.value !== "") filled++;
      const first = Number(offset[3]) - 1;
      const out: string[] = [];
      for (let r = first; r < first + Math.max(1, filled - Number(offset[4])); r++) out.push(String(target.cell(r, col).value));
      return out;
    }
    const indirect = /^=INDIRECT\("([^[]+)\[([^\]]+)\]"\)$/.exec(source);
    if (indirect) {
      const t = this.tableNamed(indirect[1]!);
      if (!t) return null;
      const c = [...Array(t.rect.c1 - t.rect.c0 + 1).keys()].find((i) => t.sheet.cell(t.rect.r0, t.rect.c0 + i).value === indirect[2]);
      if (c === undefined) return null;
      const out: string[] = [];
      for (let r = t.rect.r0 + 1; r <= t.rect.r1; r++) out.push(String(t.sheet.cell(r, t.rect.c0 + c).value));
      return out;
    }
    const [area] = parseAreas(source.slice(1));
    const target = area?.sheet ? this.sheet(area.sheet) : sheet;
    if (!area || !target) return null;
    const used = target.usedRect(true);
    const out: string[] = [];
    for (let r = area.rect.r0; r <= Math.min(area.rect.r1, used?.r1 ?? -1); r++) out.push(String(target.cell(r, area.rect.c0).value));
    return out;
  }

  // --- what the user does -------------------------------------------------------------------

  /** The user types values into a block starting at `topLeft` ("C11"); raises onChanged like Excel. */
  edit(sheetName: string, topLeft: string, values: ReadonlyArray<ReadonlyArray<Scalar | null>>): void {
    const s = this.mustSheet(sheetName);
    const { rect } = parseAreas(topLeft)[0]!;
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        const nf = s.cell(rect.r0 + i, rect.c0 + j).numberFormat;
        const st = coerce(v ?? "", nf);
        s.setCell(rect.r0 + i, rect.c0 + j, { value: st.value, formula: st.formula, numberFormat: st.autoFormat ?? nf });
      }),
    );
    const area: Rect = { r0: rect.r0, c0: rect.c0, r1: rect.r0 + values.length - 1, c1: rect.c0 + (values[0]?.length ?? 1) - 1 };
    this.raiseChanged(s, rectAddress(area), "RangeEdited");
  }

  /** The user clears cells of one or several areas at once ("A2:B3,D7" after a Ctrl-selection and Delete). */
  clearCells(sheetName: string, address: string): void {
    const s = this.mustSheet(sheetName);
    for (const a of parseAreas(address)) s.clear(a.rect, "Contents");
    this.raiseChanged(s, address, "RangeEdited");
  }

  /** The user inserts or deletes whole rows (1-based first row); Excel reports them as "5:7". */
  insertRows(sheetName: string, firstRow: number, count: number): void {
    const s = this.mustSheet(sheetName);
    s.shiftRows(firstRow - 1, count);
    for (const t of this.tables) if (t.sheet === s && t.rect.r1 >= firstRow - 1) t.rect = { ...t.rect, r1: t.rect.r1 + count };
    this.raiseChanged(s, `${firstRow}:${firstRow + count - 1}`, "RowInserted", "ShiftCellDown");
  }

  deleteRows(sheetName: string, firstRow: number, count: number): void {
    const s = this.mustSheet(sheetName);
    s.shiftRows(firstRow - 1, -count);
    for (const t of this.tables)
      if (t.sheet === s && t.rect.r1 >= firstRow - 1) t.rect = { ...t.rect, r1: Math.max(t.rect.r0, t.rect.r1 - count) };
    this.raiseChanged(s, `${firstRow}:${firstRow + count - 1}`, "RowDeleted", "ShiftCellUp");
  }

  /** The user changes a whole column ("C:C"), e.g. by a fill or clearing it. */
  editColumn(sheetName: string, column: string, value: Scalar): void {
    const s = this.mustSheet(sheetName);
    const { rect } = parseAreas(`${column}:${column}`)[0]!;
    const used = s.usedRect(true);
    for (let r = 1; r <= (used?.r1 ?? 0); r++) s.setCell(r, rect.c0, { value });
    this.raiseChanged(s, `${column}:${column}`, "RangeEdited");
  }

  /** The user's selection: one or several areas ("A4:Q5" or "A2:Q3,A7:Q7" after Ctrl-clicks, "C:C" for a column). */
  select(sheetName: string, address: string): void {
    const s = this.mustSheet(sheetName);
    this.selection = { sheet: s, areas: parseAreas(address).map((a) => a.rect) };
    this.activeSheet = s;
  }

  /** The user is typing in a cell: batches without delayForCellEdit fail, the others wait. */
  beginCellEdit(): void {
    this.cellEditMode = true;
  }

  endCellEdit(): void {
    this.cellEditMode = false;
    for (const w of this.editModeWaiters.splice(0)) w();
  }

  whenNotEditing(): Promise<void> {
    return this.cellEditMode ? new Promise((resolve) => this.editModeWaiters.push(resolve)) : Promise.resolve();
  }

  /**
   * onChanged in every pane listening to `sheet`. A change the user made has triggerSource "Unknown";
   * one made by an add-in's request (`by`, that pane's connection) is "ThisLocalAddin" in that pane and
   * arrives in a co-author's pane as a remote change.
   */
  raiseChanged(sheet: SheetModel, address: string, changeType: string, shiftDirection = "None", by?: Connection): void {
    for (const c of this.connections) {
      if (!c.registrations.has(`${WORKSHEET_CHANGED}:${sheet.id}`)) continue;
      const message = JSON.stringify({
        address,
        changeType,
        source: by && by !== c ? "Remote" : "Local",
        worksheetId: sheet.id,
        shiftDirection,
        triggerSource: by === c ? "ThisLocalAddin" : "Unknown",
      });
      c.raise({ messageType: WORKSHEET_CHANGED, targetId: sheet.id, message });
    }
  }

  mustSheet(name: string): SheetModel {
    const s = this.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  qualified(sheet: SheetModel, rect: Rect): string {
    return qualified(sheet.name, rect);
  }

  quote(name: string): string {
    return quoteSheet(name);
  }
}
