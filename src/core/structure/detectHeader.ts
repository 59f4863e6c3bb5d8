import { cellAt, columnCount, type SheetGrid } from "../model/grid";
import { cellText } from "../normalize/text";
import { isHeaderLike } from "./headerMatch";
import { MergeIndex } from "./mergeFill";

export interface HeaderBlock {
  /** 0-based rows that make up the header, top to bottom. */
  rows: number[];
  /** Flattened label per column ("整改情况·完成时间"), null where the column has no header. */
  labels: Array<string | null>;
  /** Text of the rows above the header (titles, 填报单位 lines), used to find the ledger's period. */
  preamble: string[];
}

const SCAN_ROWS = 40;
const MAX_HEADER_ROWS = 3;

function rowTexts(grid: SheetGrid, row: number, width: number): Array<string | null> {
  const out: Array<string | null> = [];
  for (let c = 0; c < width; c++) {
    const v = cellAt(grid, row, c);
    out.push(typeof v === "string" ? cellText(v) : null);
  }
  return out;
}

function headerHits(texts: Array<string | null>): number {
  let hits = 0;
  for (const t of texts) if (t && isHeaderLike(t)) hits += 1;
  return hits;
}

/** Text of a header cell, reading a merged area's text from its top-left cell. */
function headerCellText(grid: SheetGrid, merges: MergeIndex, row: number, col: number): string | null {
  const m = merges.at(row, col);
  const v = m ? cellAt(grid, m.startRow, m.startCol) : cellAt(grid, row, col);
  return typeof v === "string" ? cellText(v) : null;
}

/**
 * Finds the header wherever it is: below titles and instructions, over one to three rows with
 * merged groups. The header row is the row with the most cells that read as ledger column names;
 * rows below it belong to the header while a merge reaches into them or they hold only header words.
 */
export function detectHeader(grid: SheetGrid, minHits = 3): HeaderBlock | null {
  const width = columnCount(grid);
  const limit = Math.min(grid.values.length, SCAN_ROWS);
  let bestRow = -1;
  let bestHits = 0;
  const hits: number[] = [];
  const filled: number[] = [];
  for (let r = 0; r < limit; r++) {
    const texts = rowTexts(grid, r, width);
    hits.push(headerHits(texts));
    filled.push((grid.values[r] ?? []).filter((v) => v !== null && v !== "").length);
    if (hits[r]! > bestHits) {
      bestHits = hits[r]!;
      bestRow = r;
    }
  }
  if (bestRow < 0 || bestHits < minHits) return null;
  // With several tables in a sheet, the first one's header may name fewer columns than a later one's:
  // an earlier row that reads as a header and has rows of data under it starts the first table.
  const isHeader = (r: number) => hits[r]! >= minHits && hits[r]! >= Math.ceil(filled[r]! * 0.6);
  for (let r = 0; r < bestRow; r++) {
    if (!isHeader(r) || hits[r]! * 2 < bestHits) continue;
    let data = false;
    for (let d = r + 1; d < bestRow && !data; d++) data = filled[d]! >= 3 && !isHeader(d);
    if (data) return headerBlockAt(grid, r, 0);
  }
  return headerBlockAt(grid, bestRow, 0);
}

/** Whether a row reads as a header: at least three cells read as column names, and most of them do. */
export function isHeaderRow(grid: SheetGrid, row: number, width: number): boolean {
  const texts = rowTexts(grid, row, width).filter((t): t is string => t !== null);
  const hits = headerHits(texts);
  return hits >= 3 && hits >= Math.ceil(texts.length * 0.6);
}

/**
 * The header block around its main row: rows above it join while a merge reaches down from them or
 * they hold several group names (never above `topRow`); rows below join while a merge reaches into them
 * or they hold only header words under a group.
 */
export function headerBlockAt(grid: SheetGrid, bestRow: number, topRow: number): HeaderBlock {
  const width = columnCount(grid);
  const merges = new MergeIndex(grid.merges);
  const rows = [bestRow];
  // Upward first: when the second header row holds more names, the row above still belongs to the
  // header if a merge reaches down from it or it holds several group names (a title is one cell).
  while (rows.length < MAX_HEADER_ROWS && rows[0]! > topRow) {
    const above = rows[0]! - 1;
    const texts = rowTexts(grid, above, width).filter((t): t is string => t !== null);
    const reachesDown = grid.merges.some((m) => m.startRow === above && m.endRow >= rows[0]!);
    const groups = texts.length >= 2 && grid.merges.some((m) => m.startRow === above && m.endRow === above && m.endCol > m.startCol);
    if ((reachesDown || groups) && texts.every((t) => t.length <= 16) && !(grid.values[above] ?? []).some((v) => typeof v === "number"))
      rows.unshift(above);
    else break;
  }
  while (rows.length < MAX_HEADER_ROWS) {
    const next = rows[rows.length - 1]! + 1;
    if (next >= grid.values.length) break;
    const reachedByMerge = grid.merges.some((m) => m.startRow >= rows[0]! && m.startRow < next && m.endRow >= next);
    const texts = rowTexts(grid, next, width);
    const filled = texts.filter((t) => t !== null) as string[];
    const numbersOrDates = grid.values[next]?.some((v) => typeof v === "number") ?? false;
    const onlyHeaderWords = filled.length > 0 && !numbersOrDates && filled.every((t) => isHeaderLike(t));
    const underGroup = grid.merges.some((m) => m.startRow === rows[rows.length - 1] && m.endRow === m.startRow && m.endCol > m.startCol);
    if (
      (reachedByMerge && (filled.length === 0 || filled.every((t) => isHeaderLike(t) || t.length <= 8)) && !numbersOrDates) ||
      (onlyHeaderWords && underGroup)
    ) {
      rows.push(next);
    } else break;
  }

  const labels: Array<string | null> = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (const r of rows) {
      const t = headerCellText(grid, merges, r, c);
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    labels.push(parts.length ? parts.join("·") : null);
  }
  const preamble: string[] = [];
  for (let r = topRow; r < rows[0]!; r++) {
    for (const t of rowTexts(grid, r, width)) if (t) preamble.push(t);
  }
  return { rows, labels, preamble };
}
