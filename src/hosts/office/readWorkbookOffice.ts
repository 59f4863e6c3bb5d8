import { parseRangeAddress } from "../../core/model/address";
import type { CellRange, CellValue, SheetGrid } from "../../core/model/grid";
import { MAX_CHUNK_BYTES, readRowsPerChunk, rowPayloadBytes } from "./chunking";

/** Office.js cell → the core's cell: blanks ("") become null; errors stay as their #text. */
function toCell(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

function parseAreas(address: string | null): CellRange[] {
  if (!address) return [];
  return address.split(",").map((a) => {
    const p = parseRangeAddress(a.trim());
    return { startRow: p.startRow, startCol: p.startCol, endRow: p.endRow, endCol: p.endCol };
  });
}

function isPayloadLimit(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? "";
  return /PayloadSizeLimitExceeded/i.test(`${code} ${e instanceof Error ? e.message : ""}`);
}

/** Rows for the next chunk, scaled so its response lands near half the limit. */
function nextChunkRows(rows: number, bytes: number): number {
  if (bytes <= 0) return rows * 2;
  return Math.max(1, Math.min(rows * 4, Math.floor((rows * MAX_CHUNK_BYTES) / 2 / bytes)));
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
    grid.values[r] = [...pad, ...row];
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
 * Reads every sheet in a constant number of syncs plus one per chunk: (1) sheet names, (2) used
 * range addresses and merged areas of all sheets, then the cells in row chunks sized from what the
 * previous chunk weighed, so each response stays under Excel's limit. Grids are padded out to A1
 * like the file host's.
 */
export async function readSheetsOffice(context: Excel.RequestContext, only?: string): Promise<SheetGrid[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const shapes: SheetShape[] = sheets.items
    .filter((ws) => only === undefined || ws.name === only)
    .map((ws) => {
      const used = ws.getUsedRangeOrNullObject(false);
      used.load("address,rowCount,columnCount,rowIndex,columnIndex");
      const merged = used.getMergedAreasOrNullObject();
      merged.load("address");
      return { name: ws.name, used, merged };
    });
  await context.sync();

  const grids: SheetGrid[] = [];
  for (const s of shapes) {
    const grid: SheetGrid = { name: s.name, isCsv: false, values: [], numberFormats: [], formulas: [], merges: [] };
    grids.push(grid);
    if (s.used.isNullObject) continue;
    grid.merges = s.merged.isNullObject ? [] : parseAreas(s.merged.address);
    const { rowIndex: top, columnIndex: left, rowCount, columnCount } = s.used;
    const sheet = context.workbook.worksheets.getItem(s.name);
    let per = readRowsPerChunk(columnCount);
    for (let r = 0; r < rowCount;) {
      const rows = Math.min(per, rowCount - r);
      const range = sheet.getRangeByIndexes(top + r, left, rows, columnCount);
      range.load("values,numberFormat,formulas");
      try {
        await context.sync();
      } catch (e) {
        // Long texts made the response too big for Excel: retry the same rows in smaller chunks.
        if (rows > 1 && isPayloadLimit(e)) {
          per = Math.max(1, Math.floor(rows / 2));
          continue;
        }
        throw e;
      }
      const bytes = storeChunk(grid, range, top + r, left);
      per = nextChunkRows(rows, bytes);
      r += rows;
    }
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
