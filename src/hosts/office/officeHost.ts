import type { SheetGrid, WorkbookGrid } from "../../core/model/grid";
import type { CellMark, SheetPlan } from "../../core/output/sheetPlan";
import type { ChartHost, LiveWorkbookHost, RowSpan } from "../../core/port/workbookHost";
import type { ChartPlan } from "../../core/report/reportCharts";
import { writeChartsOffice } from "./writeChartsOffice";
import { changedRows, readRowsOffice } from "./liveSheet";
import { readSheetsOffice } from "./readWorkbookOffice";
import { assertRequirements, type RequirementCheck } from "./requirements";
import { markCellsOffice, writeSheetOffice } from "./writeSheetOffice";
import { writePrintSheetOffice } from "./writePrintSheetOffice";
import type { PrintSheetPlan } from "../../core/output/printSheetPlan";

/** The parts of the Office.js globals the host uses, passed in so tests can give a recording fake. */
export interface OfficeApi {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Excel.run on an existing context: event handlers are removed in the context that added them. */
  runIn<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported: RequirementCheck;
  /** The workbook's file name, from Office.context.document.url. */
  documentName(): string;
}

/** The OfficeApi over Office.js's Excel and Office objects (the globals in the pane; a test window's in the harness). */
export function officeApi(excel: typeof Excel = Excel, office: typeof Office = Office): OfficeApi {
  return {
    run: (batch) => excel.run(batch),
    runIn: (context, batch) => excel.run(context, batch),
    isSetSupported: (name, version) => office.context.requirements.isSetSupported(name, version),
    documentName: () => {
      const url = office.context.document.url ?? "";
      return decodeURIComponent(url.replace(/^.*[\\/]/, "")) || "当前工作簿.xlsx";
    },
  };
}

/** The workbook open in Excel. The only place that touches Excel.run. */
export class OfficeHost implements LiveWorkbookHost, ChartHost {
  readonly kind = "office" as const;
  constructor(private readonly api: OfficeApi) {
    assertRequirements(api.isSetSupported);
  }

  async readWorkbook(): Promise<WorkbookGrid> {
    const sheets = await this.api.run((context) => readSheetsOffice(context));
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

  async selectedRows(): Promise<{ sheet: string; first: number; last: number }> {
    return this.api.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address,rowIndex,rowCount");
      range.worksheet.load("name");
      await context.sync();
      return { sheet: range.worksheet.name, first: range.rowIndex, last: range.rowIndex + range.rowCount - 1 };
    });
  }

  async watchSheet(sheet: string, onChange: (first: number, last: number) => void): Promise<() => Promise<void>> {
    const { context, handler } = await this.api.run(async (ctx) => {
      const h = ctx.workbook.worksheets.getItem(sheet).onChanged.add(async (event) => {
        const { first, last } = changedRows(event.address);
        onChange(first, last);
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
