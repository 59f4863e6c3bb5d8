import type { CellValue } from "../../core/model/grid";

/** Excel on the web rejects requests and responses over 5 MB; every sync stays under 4 MB. */
export const MAX_CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * What a write chunk's cell data may weigh, as estimated here: the request around it (object paths,
 * actions, the pieces Office.js cuts large arrays into) adds a few percent, and 3 MB of data measured
 * 3.1 MB of real request in the harness, against 4.1 MB when 4 MB were allowed.
 */
export const WRITE_BUDGET = 3 * 1024 * 1024;

/** Bytes a row adds to a request, as JSON (what Office.js sends). UTF-8 Chinese is 3 bytes a character. */
export function rowPayloadBytes(row: readonly CellValue[]): number {
  let n = 2;
  for (const v of row) {
    if (v === null) n += 3;
    else if (typeof v === "string") {
      n += 3;
      for (let i = 0; i < v.length; i++) n += v.charCodeAt(i) < 0x80 ? 1 : 3;
    } else n += String(v).length + 1;
  }
  return n;
}

/**
 * Splits rows into consecutive [start, end) chunks whose payload stays under the budget;
 * `extraPerRow` is what else each row sends (its number formats).
 */
export function chunkRows(rows: ReadonlyArray<readonly CellValue[]>, extraPerRow = 0, budget = MAX_CHUNK_BYTES): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < rows.length; i++) {
    const b = rowPayloadBytes(rows[i]!) + extraPerRow;
    if (i > start && bytes + b > budget) {
      chunks.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += b;
  }
  if (start < rows.length) chunks.push([start, rows.length]);
  return chunks;
}

/** The first chunk of a read is small: what it weighs sizes the next ones (long texts would overflow a guess). */
const FIRST_READ_ROWS = 200;

/**
 * Reading: rows per request for a sheet of this width, from a conservative guess of what a cell
 * costs in a response (value, number format and formula: ~120 bytes for Chinese text).
 */
export function readRowsPerChunk(columnCount: number, budget = MAX_CHUNK_BYTES): number {
  // ~400 bytes a cell: a 40-character Chinese text travels as both its value and its "formula".
  return Math.max(1, Math.min(FIRST_READ_ROWS, Math.floor(budget / (Math.max(1, columnCount) * 400))));
}

/** Rows for the next read chunk, scaled so its response lands near half the limit. */
export function nextChunkRows(rows: number, bytes: number): number {
  if (bytes <= 0) return rows * 2;
  return Math.max(1, Math.min(rows * 4, Math.floor((rows * MAX_CHUNK_BYTES) / 2 / bytes)));
}
