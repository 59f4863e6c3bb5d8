import type { CellValue, SheetGrid, WorkbookGrid } from "../../core/model/grid";
import type { PrintSheetPlan } from "../../core/output/printSheetPlan";
import type { CellMark, SheetPlan } from "../../core/output/sheetPlan";
import type { ChartHost, LiveWorkbookHost, RowSpan } from "../../core/port/workbookHost";
import type { ChartPlan } from "../../core/report/reportCharts";
import { appendRowsOffice, writeCellsOffice } from "./appendRowsOffice";
import { changedSpans, readRowsOffice } from "./liveSheet";
import { withPicturesOffice } from "./readPicturesOffice";
import { readSheetsOffice } from "./readWorkbookOffice";
import { assertRequirements, type RequirementCheck } from "./requirements";
import { writeChartsOffice } from "./writeChartsOffice";
import { writePrintSheetOffice } from "./writePrintSheetOffice";
import { markCellsOffice, writeSheetOffice } from "./writeSheetOffice";

/** The parts of the Office.js globals the host uses, passed in so tests can hand it a test window's. */
export interface OfficeApi {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Excel.run on an existing context: event handlers are removed in the context that added them. */
  runIn<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported: RequirementCheck;
  /** The workbook's file name, from Office.context.document.url. */
  documentName(): string;
}

/** The file name from Office.context.document.url: a web address is percent-encoded, a local path may hold a plain "%". */
export function documentNameOf(url: string): string {
  const last = url.replace(/[?#].*$/, "").replace(/^.*[\\/]/, "");
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // "完成率100%.xlsx" on a local disk is not encoded: keep it as it is.
  }
  return name || "当前工作簿.xlsx";
}

/**
 * The OfficeApi over Office.js's Excel and Office objects (the globals in the pane; a test window's in
 * the harness). Every batch runs with delayForCellEdit: while the user is typing in a cell, Excel
 * would refuse it (InvalidOperationInCellEditMode); this way it waits until they leave the cell.
 */
export function officeApi(excel: typeof Excel = Excel, office: typeof Office = Office): OfficeApi {
  return {
    run: (batch) => excel.run({ delayForCellEdit: true }, batch),
    runIn: (context, batch) => excel.run({ delayForCellEdit: true, previousObjects: context } as Excel.RunOptions, batch),
    isSetSupported: (name, version) => office.context.requirements.isSetSupported(name, version),
    documentName: () => documentNameOf(office.context.document.url ?? ""),
  };
}

/** The workbook open in Excel. The only place that touches Excel.run. */
export class OfficeHost implements LiveWorkbookHost, ChartHost {
  readonly kind = "office" as const;
  constructor(private readonly api: OfficeApi) {
    assertRequirements(api.isSetSupported);
  }

  async readWorkbook(): Promise<WorkbookGrid> {
    const sheets = await this.api.run(async (context) => withPicturesOffice(context, await readSheetsOffice(context)));
    return { fileName: this.api.documentName(), sheets };
  }

  async readSheet(name: string): Promise<SheetGrid | null> {
    const sheets = await this.api.run((context) => readSheetsOffice(context, name));
    return sheets[0] ?? null;
  }

  async writeSheet(plan: SheetPlan): Promise<void> {
    await this.api.run((context) => writeSheetOffice(context, plan));
  }

  async writePrintSheet(plan: PrintSheetPlan): Promise<void> {
    await this.api.run((context) => writePrintSheetOffice(context, plan));
  }

  async writeCharts(charts: readonly ChartPlan[]): Promise<void> {
    await this.api.run((context) => writeChartsOffice(context, charts));
  }

  async markCells(sheet: string, marks: readonly CellMark[], rows?: RowSpan): Promise<void> {
    await this.api.run((context) => markCellsOffice(context, sheet, marks, rows));
  }

  async readRows(sheet: string, first: number, last: number): Promise<SheetGrid> {
    return this.api.run((context) => readRowsOffice(context, sheet, first, last));
  }

  async appendRows(plan: SheetPlan, rows: readonly CellValue[][]): Promise<void> {
    await this.api.run((context) => appendRowsOffice(context, plan, rows));
  }

  async writeCells(sheet: string, cells: ReadonlyArray<{ row: number; col: number; value: CellValue }>): Promise<void> {
    await this.api.run((context) => writeCellsOffice(context, sheet, cells));
  }

  async selectedRows(): Promise<{ sheet: string; spans: Array<{ first: number; last: number }> }> {
    return this.api.run(async (context) => {
      // getSelectedRange fails on a Ctrl-selection of several areas; getSelectedRanges reads them all.
      const ranges = context.workbook.getSelectedRanges();
      ranges.areas.load("items/rowIndex,items/rowCount");
      ranges.worksheet.load("name");
      const used = ranges.worksheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,rowCount");
      await context.sync();
      // A whole column selected means the rows that hold values, not 1,048,576 of them.
      const lastUsed = used.isNullObject ? -1 : used.rowIndex + used.rowCount - 1;
      const spans = ranges.areas.items
        .map((a) => ({ first: a.rowIndex, last: Math.min(a.rowIndex + a.rowCount - 1, lastUsed) }))
        .filter((s) => s.last >= s.first);
      return { sheet: ranges.worksheet.name, spans };
    });
  }

  /** The last row (0-based) holding values, for a change to a whole column. */
  private async lastUsedRow(sheet: string): Promise<number> {
    return this.api.run(async (context) => {
      const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
      used.load("rowIndex,rowCount");
      await context.sync();
      return used.isNullObject ? 0 : used.rowIndex + used.rowCount - 1;
    });
  }

  /**
   * Calls back for every area the user changed: single cells, Ctrl-selections, whole rows and whole
   * columns. Owned sheets are rewritten in place (never deleted), so the handler lives as long as the sheet.
   */
  async watchSheet(sheet: string, onChange: (first: number, last: number) => void): Promise<() => Promise<void>> {
    const { context, handler } = await this.api.run(async (ctx) => {
      const h = ctx.workbook.worksheets.getItem(sheet).onChanged.add(async (event) => {
        // Excel raises onChanged for this add-in's own writes too (a rerun rewriting 标准台账, marks):
        // those are checked by the run that wrote them. (ExcelApi 1.14; older Excel omits the field,
        // and then a rerun is checked once more, which costs time but is still right.)
        if (event.triggerSource === "ThisLocalAddin") return;
        const spans = changedSpans(event.address);
        const last = spans.some((s) => s.last === null) ? await this.lastUsedRow(sheet) : 0;
        for (const s of spans) onChange(s.first, s.last ?? last);
      });
      await ctx.sync();
      return { context: ctx, handler: h };
    });
    return async () => {
      await this.api.runIn(context, async (ctx) => {
        handler.remove();
        await ctx.sync();
      });
    };
  }

  async goTo(sheet: string, row: number, col: number): Promise<void> {
    await this.api.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getCell(row, col).select();
      await context.sync();
    });
  }
}
