import type { CellValue, SheetGrid, WorkbookGrid } from "../model/grid";
import type { CellMark, SheetPlan } from "../output/sheetPlan";
import type { PrintSheetPlan } from "../output/printSheetPlan";
import type { ChartPlan } from "../report/reportCharts";

/**
 * What a workflow needs from wherever the workbook lives (Excel via Office.js, or a file in the
 * browser or on disk). Hosts only move grids in and out; every decision is made in the core.
 */
export interface WorkbookHost {
  readonly kind: "office" | "file";
  /** Every sheet as a grid, sources and owned sheets alike; the core decides what to read. */
  readWorkbook(): Promise<WorkbookGrid>;
  /** One sheet, or null when the workbook has no sheet of that name. */
  readSheet(name: string): Promise<SheetGrid | null>;
  /** Creates or replaces an owned sheet. Never called with a source sheet's name. */
  writeSheet(plan: SheetPlan): Promise<void>;
  /** Creates or replaces an owned, print-ready sheet (通知书). */
  writePrintSheet(plan: PrintSheetPlan): Promise<void>;
  /** Brings a cell into view and selects it (0-based), where the host can show cells. */
  goTo(sheet: string, row: number, col: number): Promise<void>;
  /**
   * Colours cells of an owned sheet (0-based data rows under the header) by severity, replacing
   * earlier marks (all of them, or only those in `rows`); an empty list removes them.
   */
  markCells(sheet: string, marks: readonly CellMark[], rows?: RowSpan): Promise<void>;
}

/** 0-based data rows under the header, inclusive. */
export interface RowSpan {
  from: number;
  to: number;
}

/** What hosts that show a live workbook (Excel) can do besides: read a few rows, hear about edits. */
export interface LiveWorkbookHost extends WorkbookHost {
  /** The header row and sheet rows first…last (0-based, inclusive) of one sheet; other rows absent. */
  readRows(sheet: string, first: number, last: number): Promise<SheetGrid>;
  /** Calls back with the 0-based sheet rows the user changed; resolves to an unsubscribe function. */
  watchSheet(sheet: string, onChange: (first: number, last: number) => void): Promise<() => Promise<void>>;
  /**
   * Appends rows to an owned sheet (to its table when it has one), creating it from `plan` (header,
   * formats) when missing. Rows co-authors appended meanwhile are never overwritten.
   */
  appendRows(plan: SheetPlan, rows: readonly CellValue[][]): Promise<void>;
  /** Sets single cells of a sheet (0-based sheet row and column); null clears one. */
  writeCells(sheet: string, cells: ReadonlyArray<{ row: number; col: number; value: CellValue }>): Promise<void>;
  /** The sheet and 0-based rows of the user's current selection, one span per selected area. */
  selectedRows(): Promise<{ sheet: string; spans: Array<{ first: number; last: number }> }>;
}

/** Hosts that can draw native charts over a sheet's cells. */
export interface ChartHost {
  writeCharts(charts: readonly ChartPlan[]): Promise<void>;
}

export function isChartHost(host: WorkbookHost): host is WorkbookHost & ChartHost {
  return typeof (host as Partial<ChartHost>).writeCharts === "function";
}

export function isLiveHost(host: WorkbookHost): host is LiveWorkbookHost {
  return typeof (host as Partial<LiveWorkbookHost>).watchSheet === "function";
}
