import { sheetNamed, type SheetGrid, type WorkbookGrid } from "../../core/model/grid";
import { planToGrid } from "../../core/output/planToGrid";
import type { CellMark, SheetPlan } from "../../core/output/sheetPlan";
import type { PrintSheetPlan } from "../../core/output/printSheetPlan";
import type { ChartHost, RowSpan, WorkbookHost } from "../../core/port/workbookHost";
import type { ChartPlan } from "../../core/report/reportCharts";
import { readWorkbookBytes } from "./readWorkbookBytes";

/**
 * A workbook held as bytes (a file picked in the browser or read from disk by the CLI). Writes are
 * collected and become a new .xlsx on `toXlsx()`; the source bytes are never changed.
 */
export class FileHost implements WorkbookHost, ChartHost {
  readonly kind = "file" as const;
  private grid: WorkbookGrid | null = null;
  private readonly written = new Map<string, SheetPlan>();
  private readonly printed = new Map<string, PrintSheetPlan>();
  private readonly charts = new Map<string, ChartPlan[]>();
  /** Cells the standalone preview should highlight after goTo. */
  lastGoTo: { sheet: string; row: number; col: number } | null = null;

  /** `bytes` null: a new, empty workbook (a report assembled from other files). */
  constructor(
    private readonly bytes: Uint8Array | null,
    readonly fileName: string,
  ) {}

  /** The source's sheets with the owned sheets written so far in their place, as Excel would show them. */
  async readWorkbook(): Promise<WorkbookGrid> {
    this.grid ??= this.bytes ? readWorkbookBytes(this.bytes, this.fileName) : { fileName: this.fileName, sheets: [] };
    if (this.written.size === 0) return this.grid;
    const sheets = this.grid.sheets.filter((s) => s.isCsv || !this.written.has(s.name));
    return { ...this.grid, sheets: [...sheets, ...[...this.written.values()].map(planToGrid)] };
  }

  async readSheet(name: string): Promise<SheetGrid | null> {
    const wb = await this.readWorkbook();
    return sheetNamed(wb, name);
  }

  async writeSheet(plan: SheetPlan): Promise<void> {
    this.written.set(plan.name, plan);
  }

  async writePrintSheet(plan: PrintSheetPlan): Promise<void> {
    this.printed.set(plan.name, plan);
    this.charts.delete(plan.name);
  }

  /** Charts replace the earlier charts of their sheet; they are drawn when the workbook is saved. */
  async writeCharts(charts: readonly ChartPlan[]): Promise<void> {
    for (const sheet of new Set(charts.map((c) => c.sheet)))
      this.charts.set(
        sheet,
        charts.filter((c) => c.sheet === sheet),
      );
  }

  printPlans(): PrintSheetPlan[] {
    return [...this.printed.values()];
  }

  async markCells(sheet: string, marks: readonly CellMark[], rows?: RowSpan): Promise<void> {
    const plan = this.written.get(sheet);
    if (!plan) return;
    const kept = rows ? (plan.marks ?? []).filter((m) => m.row < rows.from || m.row > rows.to) : [];
    this.written.set(sheet, { ...plan, marks: [...kept, ...marks] });
  }

  async goTo(sheet: string, row: number, col: number): Promise<void> {
    this.lastGoTo = { sheet, row, col };
  }

  plans(): SheetPlan[] {
    return [...this.written.values()];
  }

  /** The result workbook: the source's sheets (for .xlsx sources) plus the owned sheets written. */
  async toXlsx(): Promise<Uint8Array> {
    // The writers (exceljs, JSZip) load when a workbook is first saved, not with the reader.
    const [{ writeWorkbookXlsx }, { chartData, injectCharts }] = await Promise.all([
      import("./writeWorkbookXlsx"),
      import("./injectCharts"),
    ]);
    const keepSource = this.bytes !== null && /\.xlsx$/i.test(this.fileName);
    let bytes: Uint8Array;
    try {
      bytes = await writeWorkbookXlsx(this.plans(), keepSource ? this.bytes! : undefined, this.printPlans());
    } catch (e) {
      // A source exceljs cannot re-read (rare features) still gets its result, without the copies.
      if (!keepSource) throw e;
      bytes = await writeWorkbookXlsx(this.plans(), undefined, this.printPlans());
    }
    for (const [sheet, charts] of this.charts) {
      const plan = this.printed.get(sheet);
      if (plan)
        bytes = await injectCharts(
          bytes,
          sheet,
          charts.map((c) => ({ plan: c, data: chartData(c, plan) })),
        );
    }
    return bytes;
  }
}
