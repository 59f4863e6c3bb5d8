import { sheetNamed, type SheetGrid, type WorkbookGrid } from "../../core/model/grid";
import { planToGrid } from "../../core/output/planToGrid";
import type { CellMark, SheetPlan } from "../../core/output/sheetPlan";
import type { PrintSheetPlan } from "../../core/output/printSheetPlan";
import type { ChartHost, RowSpan, WorkbookHost } from "../../core/port/workbookHost";
import type { ChartPlan } from "../../core/report/reportCharts";
import type { DecodedText } from "./decodeText";
import type { ReadNotes } from "./readWorkbookBytes";
import type { ZipCodec } from "./zipCodec";
import { isZipPackage } from "./zipEntries";

/** Steps of reading a file, for a progress display: unzipping the package, parsing its sheets, reading its pictures. */
export type ReadStage = "unzip" | "parse" | "pictures";

/**
 * A workbook held as bytes (a file picked in the browser or read from disk by the CLI). Writes are
 * collected and become a new .xlsx on `toXlsx()`; the source bytes are never changed.
 */
export class FileHost implements WorkbookHost, ChartHost {
  readonly kind = "file" as const;
  private grid: Promise<WorkbookGrid> | null = null;
  private readonly written = new Map<string, SheetPlan>();
  private readonly printed = new Map<string, PrintSheetPlan>();
  private readonly charts = new Map<string, ChartPlan[]>();
  /** Cells the standalone preview should highlight after goTo. */
  lastGoTo: { sheet: string; row: number; col: number } | null = null;

  /** For a text file, once read: the encoding it was read in. */
  textEncoding: Omit<DecodedText, "text"> | null = null;
  /** Sheets whose cells far outside their data block were left out when the file was read (a damaged or hostile file). */
  setAside: NonNullable<ReadNotes["setAside"]> = [];

  /**
   * `bytes` null: a new, empty workbook (a report assembled from other files). `codec`: how package
   * parts are inflated and deflated (the CLI passes node's zlib; the web platform's streams by default).
   */
  constructor(
    private readonly bytes: Uint8Array | null,
    readonly fileName: string,
    private readonly options: { codec?: ZipCodec; onStage?: (stage: ReadStage) => void } = {},
  ) {}

  /**
   * A host over a workbook read elsewhere (the page reads the picked file in a worker): `grid` is what
   * `readSource` gave for these bytes, so the host behaves as if it had read them itself.
   */
  static fromRead(
    bytes: Uint8Array,
    fileName: string,
    grid: WorkbookGrid,
    textEncoding: Omit<DecodedText, "text"> | null = null,
    options: { codec?: ZipCodec } = {},
  ): FileHost {
    const host = new FileHost(bytes, fileName, options);
    host.grid = Promise.resolve(grid);
    host.textEncoding = textEncoding;
    return host;
  }

  private async readSource(): Promise<WorkbookGrid> {
    if (!this.bytes) return { fileName: this.fileName, sheets: [] };
    // SheetJS and the unzipper load with the first file read, not with the page.
    const [{ readWorkbookBytes }, { inflateWithStreams, unzipParts }, { withPictures }] = await Promise.all([
      import(/* webpackChunkName: "read-workbook" */ "./readWorkbookBytes"),
      import(/* webpackChunkName: "read-workbook" */ "./unzipParts"),
      import(/* webpackChunkName: "read-workbook" */ "./workbookPictures"),
    ]);
    const stage = this.options.onStage ?? (() => {});
    // Package parts are inflated here, each only up to its declared (and checked) size.
    if (isZipPackage(this.bytes)) stage("unzip");
    const parts = isZipPackage(this.bytes) ? await unzipParts(this.bytes, this.fileName, this.options.codec?.inflateRaw) : undefined;
    const notes: ReadNotes = {};
    stage("parse");
    const grid = readWorkbookBytes(this.bytes, this.fileName, { parts, notes });
    this.textEncoding = notes.text ? { encoding: notes.text.encoding, note: notes.text.note } : null;
    this.setAside = notes.setAside ?? [];
    if (parts) stage("pictures");
    return parts ? withPictures(grid, this.bytes, parts, this.options.codec?.inflateRaw ?? inflateWithStreams) : grid;
  }

  /** The source's sheets with the owned sheets written so far in their place, as Excel would show them. */
  async readWorkbook(): Promise<WorkbookGrid> {
    this.grid ??= this.readSource();
    const grid = await this.grid;
    if (this.written.size === 0) return grid;
    const sheets = grid.sheets.filter((s) => s.isCsv || !this.written.has(s.name));
    return { ...grid, sheets: [...sheets, ...[...this.written.values()].map(planToGrid)] };
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

  /** The charts written so far, every sheet's. */
  chartPlans(): ChartPlan[] {
    return [...this.charts.values()].flat();
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

  /** The result workbook: the source's parts (for .xlsx sources) with the owned sheets written in, or the owned sheets alone. */
  async toXlsx(): Promise<Uint8Array> {
    // The writer (and exceljs, for print sheets) loads when a workbook is first saved, not with the reader.
    const { writeWorkbookXlsx } = await import(/* webpackChunkName: "write-workbook" */ "./writeWorkbookXlsx");
    const keepSource = this.bytes !== null && /\.xlsx$/i.test(this.fileName) && isZipPackage(this.bytes);
    return writeWorkbookXlsx(this.plans(), keepSource ? this.bytes! : undefined, this.printPlans(), {
      charts: this.charts,
      codec: this.options.codec,
      fileName: this.fileName,
    });
  }
}
