import type { CellRange, CellValue, SheetGrid } from "../../core/model/grid";
import { nextChunkRows, readRowsPerChunk, rowPayloadBytes } from "./chunking";

/** Office.js cell → the core's cell: blanks ("") become null; errors stay as their #text. */
export function toCell(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

export function isPayloadLimit(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? "";
  return /PayloadSizeLimitExceeded/i.test(`${code} ${e instanceof Error ? e.message : ""}`);
}

/** Copies one loaded chunk into the grid; returns roughly what it weighed on the wire. */
function storeChunk(grid: SheetGrid, range: Excel.Range, top: number, left: number): number {
  const values = range.values;
  const formats = range.numberFormat as unknown[][];
  const formulas = range.formulas as unknown[][];
  const pad = new Array<null>(left).fill(null);
  let bytes = 0;
  for (let i = 0; i < values.length; i++) {
    const r = top + i;
    const row = values[i]!.map(toCell);
    bytes += 2 * rowPayloadBytes(row) + rowPayloadBytes(formats[i] as CellValue[]);
    grid.values[r] = left ? [...pad, ...row] : row;
    grid.numberFormats![r] = [...pad, ...formats[i]!.map((f) => (typeof f === "string" && f !== "General" ? f : null))];
    grid.formulas![r] = [...pad, ...formulas[i]!.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null))];
  }
  return bytes;
}

interface SheetShape {
  name: string;
  used: Excel.Range;
  merged: Excel.RangeAreas;
}

/**
 * Reads rows top…top+count-1 of columns left…left+width-1 into the grid in chunks: the first small,
 * the next sized from what the previous weighed, so each response stays under Excel's limit; a
 * refused chunk is read again in halves.
 */
export async function readChunks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  grid: SheetGrid,
  area: { top: number; left: number; count: number; width: number },
): Promise<void> {
  let per = readRowsPerChunk(area.width);
  for (let r = 0; r < area.count;) {
    const rows = Math.min(per, area.count - r);
    const range = sheet.getRangeByIndexes(area.top + r, area.left, rows, area.width);
    range.load("values,numberFormat,formulas");
    try {
      await context.sync();
    } catch (e) {
      if (rows > 1 && isPayloadLimit(e)) {
        per = Math.max(1, Math.floor(rows / 2));
        continue;
      }
      throw e;
    }
    per = nextChunkRows(rows, storeChunk(grid, range, area.top + r, area.left));
    r += rows;
  }
}

/**
 * Reads every sheet in a constant number of syncs plus one per chunk: (1) sheet names, (2) the used
 * range of values (cells only formatted, like a template bordered to row 5,000, are not read) and the
 * merged areas of every sheet, then the cells. Grids are padded out to A1 like the file host's.
 */
export async function readSheetsOffice(context: Excel.RequestContext, only?: string): Promise<SheetGrid[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const shapes: SheetShape[] = sheets.items
    .filter((ws) => only === undefined || ws.name === only)
    .map((ws) => {
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowCount,columnCount,rowIndex,columnIndex");
      // The merges of the whole sheet, area by area: an address list cannot be split safely (a sheet name may hold ",").
      const merged = ws.getRange().getMergedAreasOrNullObject();
      merged.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
      return { name: ws.name, used, merged };
    });
  await context.sync();

  const grids: SheetGrid[] = [];
  for (const s of shapes) {
    const grid: SheetGrid = { name: s.name, isCsv: false, values: [], numberFormats: [], formulas: [], merges: [] };
    grids.push(grid);
    if (s.used.isNullObject) continue;
    grid.merges = s.merged.isNullObject ? [] : s.merged.areas.items.map(areaOf);
    const { rowIndex: top, columnIndex: left, rowCount, columnCount } = s.used;
    await readChunks(context, context.workbook.worksheets.getItem(s.name), grid, { top, left, count: rowCount, width: columnCount });
  }
  for (const g of grids) {
    for (let r = 0; r < g.values.length; r++) {
      if (!g.values[r]) {
        g.values[r] = [];
        g.numberFormats![r] = [];
        g.formulas![r] = [];
      }
    }
  }
  return grids;
}

const areaOf = (a: Excel.Range): CellRange => ({
  startRow: a.rowIndex,
  startCol: a.columnIndex,
  endRow: a.rowIndex + a.rowCount - 1,
  endCol: a.columnIndex + a.columnCount - 1,
});
