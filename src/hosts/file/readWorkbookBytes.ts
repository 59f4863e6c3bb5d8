import * as XLSX from "@e965/xlsx";
import type { CellValue, WorkbookGrid } from "../../core/model/grid";
import { decodeText, type DecodedText } from "./decodeText";
import { CsvTooLarge, parseCsv } from "./parseCsv";
import { gridFromRawSheet, type RawSheet, type SetAsideNote } from "./rawSheet";
import { readOoxmlSheets } from "./readOoxmlSheets";
import { SheetNeedsFullReader } from "./readSheetXml";
import { CELL_BUDGET, CellCounts, extentRef, sheetExtent } from "./sheetExtent";
import { WorkbookFileError } from "./workbookFileError";
import { damagedWorkbook, isZipPackage, zipEntries } from "./zipEntries";

/** Excel's own limits: a CSV past them cannot be opened in Excel either. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function extensionOf(fileName: string): string {
  const m = /\.([^.]+)$/.exec(fileName);
  return m ? m[1]!.toLowerCase() : "";
}

/** Excel's serial for a Date that SheetJS produced (it builds local-time dates). */
function dateToSerial(d: Date): number {
  const utc = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds());
  return utc / 86_400_000 + 25_569;
}

/** A cell the way Excel's API reports it: errors as their #text, dates as serial numbers. */
function cellValue(cell: XLSX.CellObject | undefined): CellValue {
  if (!cell) return null;
  switch (cell.t) {
    case "n":
      return typeof cell.v === "number" ? cell.v : null;
    case "s":
      return typeof cell.v === "string" && cell.v !== "" ? cell.v : null;
    case "b":
      return Boolean(cell.v);
    case "e":
      return cell.w ?? "#N/A";
    case "d":
      return cell.v instanceof Date ? dateToSerial(cell.v) : null;
    default:
      return null;
  }
}

type DenseRow = Array<XLSX.CellObject | undefined> | undefined;

/**
 * A SheetJS sheet as a RawSheet, row by row: SheetJS's cell objects for a row are let go once the
 * row is read, so the peak is the larger of the two forms of the sheet rather than both at once.
 */
function rawFromSheetJs(name: string, ws: XLSX.WorkSheet): RawSheet {
  const data = (ws["!data"] ?? []) as DenseRow[];
  const raw: RawSheet = { name, values: [], formats: [], formulas: [], merges: [], counts: new CellCounts() };
  for (let r = 0; r < data.length; r++) {
    const src = data[r];
    if (!src) continue;
    const values: Array<CellValue | undefined> = [];
    let formats: Array<string | undefined> | undefined;
    let formulas: Array<string | undefined> | undefined;
    for (let c = 0; c < src.length; c++) {
      const cell = src[c];
      if (!cell) continue;
      const value = cellValue(cell);
      values[c] = value;
      if (typeof cell.z === "string" && cell.z !== "General") (formats ??= [])[c] = cell.z;
      if (cell.f) (formulas ??= [])[c] = `=${cell.f}`;
      if (value !== null || cell.f) raw.counts.add(r, c);
    }
    raw.values[r] = values;
    raw.formats[r] = formats;
    raw.formulas[r] = formulas;
    data[r] = undefined;
  }
  raw.merges = (ws["!merges"] ?? []).map((m) => ({ startRow: m.s.r, startCol: m.s.c, endRow: m.e.r, endCol: m.e.c }));
  return raw;
}

/** A CSV file as one grid, each row as long as its last field (rows are ragged: nothing is padded). */
function csvGrid(text: string, fileName: string, notes: ReadNotes): WorkbookGrid {
  let rows: string[][];
  try {
    rows = parseCsv(text, undefined, { maxColumns: MAX_COLUMNS, maxRows: MAX_ROWS + 1, maxCells: CELL_BUDGET });
  } catch (e) {
    if (!(e instanceof CsvTooLarge)) throw e;
    throw new WorkbookFileError("too-large", `文件“${fileName}”的内容超过 ${CELL_BUDGET} 个单元格，不是正常的台账，没有打开`);
  }
  if (rows.length > MAX_ROWS)
    throw new WorkbookFileError("too-large", `文件“${fileName}”超过 ${MAX_ROWS} 行（Excel 的上限），不是正常的台账，没有打开`);
  const counts = new CellCounts();
  rows.forEach((row, r) => row.forEach((v, c) => v !== "" && counts.add(r, c)));
  if (counts.cells === 0) throw new WorkbookFileError("empty", `文件“${fileName}”是空的，没有任何内容`);
  const name = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  const extent = sheetExtent(counts, "", fileName);
  const values: CellValue[][] = [];
  let kept = 0;
  for (let r = 0; r < extent.rows; r++) {
    const row = rows[r]!;
    const last = Math.min(extent.cols, (counts.last[r] ?? -1) + 1);
    const out: CellValue[] = new Array<CellValue>(last);
    for (let c = 0; c < last; c++) {
      const v = row[c]!;
      out[c] = v === "" ? null : v;
      if (v !== "") kept += 1;
    }
    values.push(out);
    // The parsed row is let go as soon as its grid row exists: one copy of a large file at a time.
    rows[r] = [];
  }
  if (counts.cells > kept) (notes.setAside ??= []).push({ sheet: name, cells: counts.cells - kept, kept: extentRef(extent) });
  return { fileName, sheets: [{ name, isCsv: true, values, merges: [] }] };
}

const READ_OPTIONS = {
  dense: true,
  cellFormula: true,
  cellNF: true,
  cellDates: false,
  cellStyles: false,
  sheetStubs: true,
} as const;

export interface ReadOptions {
  /** The package's parts inflated within limits (unzipParts); without them the declared sizes are still checked. */
  parts?: ReadonlyMap<string, Uint8Array>;
  /** Filled in with what the reader found beside the grids. */
  notes?: ReadNotes;
  /** Read only the first rows of each sheet (recognising a workbook by its headers). */
  sheetRows?: number;
  /** Read with SheetJS even where the hand readers could (tests hold the two to the same grids). */
  sheetJsOnly?: boolean;
}

/** SheetJS over parts already inflated (within limits): it never sees the compressed package. */
function parseParts(parts: ReadonlyMap<string, Uint8Array>, extra: object): XLSX.WorkBook {
  const cfb = (XLSX.CFB.utils as unknown as { cfb_new(): object }).cfb_new();
  const add = (XLSX.CFB.utils as unknown as { cfb_add(c: object, name: string, data: Uint8Array, o: object): void }).cfb_add;
  for (const [name, data] of parts) add(cfb, name, data, { unsafe: true });
  return (XLSX as unknown as { parse_zip(zip: object, o: object): XLSX.WorkBook }).parse_zip(cfb, {
    ...READ_OPTIONS,
    ...extra,
    type: "array",
  });
}

/** The package's worksheets by the hand readers, or null when the file is one to leave to SheetJS. */
function readByHand(parts: ReadonlyMap<string, Uint8Array>, sheetRows: number | undefined): RawSheet[] | null {
  try {
    return readOoxmlSheets(parts, sheetRows);
  } catch (e) {
    if (e instanceof SheetNeedsFullReader) return null;
    throw e;
  }
}

function readWithSheetJs(
  bytes: Uint8Array,
  fileName: string,
  isZip: boolean,
  isCfb: boolean,
  parts: ReadonlyMap<string, Uint8Array> | undefined,
  extra: object,
): RawSheet[] {
  let wb: XLSX.WorkBook;
  try {
    wb = parts ? parseParts(parts, extra) : XLSX.read(bytes, { ...READ_OPTIONS, ...extra, type: "array" });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/password|encrypt/i.test(msg))
      throw new WorkbookFileError("password-protected", `工作簿“${fileName}”设置了打开密码，请在 Excel 中取消密码后再试`);
    if (isZip) throw damagedWorkbook(fileName, "缺少或无法读取其中的部件");
    throw new WorkbookFileError("not-a-workbook", `文件“${fileName}”无法作为 Excel 工作簿打开`);
  }
  if (isCfb && wb.SheetNames.length === 0)
    throw new WorkbookFileError("password-protected", `工作簿“${fileName}”设置了打开密码或已损坏，无法打开`);
  const absent = wb.SheetNames.find((n) => !wb.Sheets[n]);
  if (absent !== undefined || wb.SheetNames.length === 0)
    throw damagedWorkbook(fileName, absent !== undefined ? `工作表“${absent}”列在目录中，但内容缺失` : "没有任何工作表");
  return wb.SheetNames.map((n) => rawFromSheetJs(n, wb.Sheets[n]!));
}

/** What the reader found beside the grids: for text files, the encoding (and why, when it was not the obvious one). */
export interface ReadNotes {
  text?: DecodedText;
  /** Sheets whose cells far outside their data block were left out of the grid (a hostile or damaged file). */
  setAside?: SetAsideNote[];
}

/**
 * Reads .xlsx/.xlsm/.xls/.csv bytes into grids. Works in the browser and in node (no fs here).
 * Files that cannot be opened throw WorkbookFileError with a one-line Chinese message.
 */
export function readWorkbookBytes(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): WorkbookGrid {
  const { parts, notes = {} } = options;
  const extra = options.sheetRows ? { sheetRows: options.sheetRows } : {};
  const ext = extensionOf(fileName);
  if (bytes.length === 0) throw new WorkbookFileError("empty", `文件“${fileName}”是空的（0 字节）`);
  const isZip = isZipPackage(bytes);
  const isCfb = startsWith(bytes, CFB);
  if (ext === "csv" || ext === "txt" || (!isZip && !isCfb && ext !== "xls" && ext !== "xlsx" && ext !== "xlsm")) {
    if (isZip || isCfb) throw new WorkbookFileError("unsupported", `文件“${fileName}”不是文本 CSV，请把扩展名改为 .xlsx 或 .xls`);
    if (ext !== "csv" && ext !== "txt")
      throw new WorkbookFileError(
        "unsupported",
        ext
          ? `不支持的文件类型“.${ext}”，请选择 .xlsx、.xls 或 .csv 文件`
          : `无法识别“${fileName}”的文件类型（没有扩展名），请选择 .xlsx、.xls 或 .csv 文件`,
      );
    const decoded = decodeText(bytes);
    notes.text = decoded;
    return csvGrid(decoded.text, fileName, notes);
  }
  if ((ext === "xlsx" || ext === "xlsm") && !isZip && !isCfb) {
    throw new WorkbookFileError("not-a-workbook", `文件“${fileName}”不是有效的 Excel 工作簿（文件内容不是 xlsx 格式）`);
  }
  if (ext === "xls" && !isCfb && !isZip && !/^\s*</.test(new TextDecoder().decode(bytes.subarray(0, 64)))) {
    throw new WorkbookFileError("not-a-workbook", `文件“${fileName}”不是有效的 Excel 工作簿`);
  }
  if (isZip && !parts) zipEntries(bytes, fileName);
  const raws =
    (parts && isZip && !options.sheetJsOnly && readByHand(parts, options.sheetRows)) ||
    readWithSheetJs(bytes, fileName, isZip, isCfb, parts, extra);
  const setAside = (notes.setAside ??= []);
  const sheets = raws.map((raw) => gridFromRawSheet(raw, fileName, setAside));
  if (setAside.length === 0) delete notes.setAside;
  if (sheets.every((s) => !s.values.some((r) => r.some((v) => v !== null))))
    throw new WorkbookFileError("empty", `工作簿“${fileName}”中没有任何数据`);
  return { fileName: fileName.replace(/^.*[\\/]/, ""), sheets };
}
