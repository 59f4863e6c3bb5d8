import { parseRangeAddress } from "../../core/model/address";
import type { CellRange, CellValue, SheetGrid } from "../../core/model/grid";
import { readRowsPerChunk } from "./chunking";

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

interface SheetShape {
  name: string;
  used: Excel.Range;
  merged: Excel.RangeAreas;
}

/**
 * Reads every sheet in a constant number of syncs plus one per chunk: (1) sheet names, (2) used
 * range addresses and merged areas of all sheets, then the cells in row chunks that keep each
 * response under the request limit. Grids are padded out to A1 like the file host's.
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
  const chunks: Array<{ grid: SheetGrid; sheet: string; top: number; left: number; rows: number; cols: number }> = [];
  for (const s of shapes) {
    const grid: SheetGrid = { name: s.name, isCsv: false, values: [], numberFormats: [], formulas: [], merges: [] };
    grids.push(grid);
    if (s.used.isNullObject) continue;
    grid.merges = s.merged.isNullObject ? [] : parseAreas(s.merged.address);
    const { rowIndex: top, columnIndex: left, rowCount, columnCount } = s.used;
    const per = readRowsPerChunk(columnCount);
    for (let r = 0; r < rowCount; r += per) chunks.push({ grid, sheet: s.name, top: top + r, left, rows: Math.min(per, rowCount - r), cols: columnCount });
  }
  for (const c of chunks) {
    const range = context.workbook.worksheets.getItem(c.sheet).getRangeByIndexes(c.top, c.left, c.rows, c.cols);
    range.load("values,numberFormat,formulas");
    await context.sync();
    const values = range.values;
    const formats = range.numberFormat as unknown[][];
    const formulas = range.formulas as unknown[][];
    const pad = new Array<null>(c.left).fill(null);
    for (let i = 0; i < values.length; i++) {
      const r = c.top + i;
      c.grid.values[r] = [...pad, ...values[i]!.map(toCell)];
      c.grid.numberFormats![r] = [...pad, ...formats[i]!.map((f) => (typeof f === "string" && f !== "General" ? f : null))];
      c.grid.formulas![r] = [...pad, ...formulas[i]!.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null))];
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
