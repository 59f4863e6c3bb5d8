import type { SheetGrid, WorkbookGrid } from "../../core/model/grid";
import type { CellMark, SheetPlan } from "../../core/output/sheetPlan";
import type { WorkbookHost } from "../../core/port/workbookHost";
import { readSheetsOffice } from "./readWorkbookOffice";
import { assertRequirements, type RequirementCheck } from "./requirements";
import { markCellsOffice, writeSheetOffice } from "./writeSheetOffice";

/** The parts of the Office.js globals the host uses, passed in so tests can give a recording fake. */
export interface OfficeApi {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported: RequirementCheck;
  /** The workbook's file name, from Office.context.document.url. */
  documentName(): string;
}

export function officeApiFromGlobals(): OfficeApi {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    documentName: () => {
      const url = Office.context.document.url ?? "";
      return decodeURIComponent(url.replace(/^.*[\\/]/, "")) || "当前工作簿.xlsx";
    },
  };
}

/** The workbook open in Excel. The only place that touches Excel.run. */
export class OfficeHost implements WorkbookHost {
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

  async markCells(sheet: string, marks: readonly CellMark[]): Promise<void> {
    await this.api.run((context) => markCellsOffice(context, sheet, marks));
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
