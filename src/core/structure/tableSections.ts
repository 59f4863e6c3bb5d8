import { cellAt, columnCount, type SheetGrid } from "../model/grid";
import { cellText, headerKey } from "../normalize/text";
import { FIELD_SYNONYMS, IGNORED_HEADERS } from "../vocab/fieldSynonyms";
import { headerBlockAt, isHeaderRow, type HeaderBlock } from "./detectHeader";

/** One table of a sheet: its header, and where its rows end (0-based, exclusive). */
export interface TableSpan {
  header: HeaderBlock;
  endRow: number;
  /** The section title above the table ("二、社区自查问题"), when the sheet holds more than one. */
  section: string | null;
}

const HEADER_WORDS = new Set<string>([...Object.values(FIELD_SYNONYMS).flatMap((ws) => ws.map(headerKey)), ...IGNORED_HEADERS]);
const NUMBERED = /^\s*(第?[一二三四五六七八九十]+[、.．部]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．]|[①-⑳])/;
const MAX_TITLE_ROWS = 3;
// Lines a printed page repeats or numbers that NUMBERED would take for a title: "第2页 共3页", "2025.5.6 制表".
const PAGE_LINE = /第\s*\d+\s*页|共\s*\d+\s*页|^\s*\d{4}\s*[年.\-/]/;

/** Cheap first look at a row: all text, short, with at least two cells that are exactly header words. */
function mightBeHeader(row: ReadonlyArray<unknown> | undefined): boolean {
  if (!row) return false;
  let texts = 0;
  let words = 0;
  for (const v of row) {
    if (v === null || v === undefined || v === "") continue;
    if (typeof v !== "string" || v.length > 24) return false;
    texts += 1;
    if (HEADER_WORDS.has(headerKey(v))) words += 1;
  }
  return texts >= 3 && words >= 2;
}

function signature(grid: SheetGrid, row: number, width: number): string {
  const parts: string[] = [];
  for (let c = 0; c < width; c++) parts.push(cellText(cellAt(grid, row, c)) ?? "");
  return parts.join("|");
}

function filledCells(grid: SheetGrid, row: number): number {
  let n = 0;
  for (const v of grid.values[row] ?? []) if (v !== null && v !== "") n += 1;
  return n;
}

/** Whether the lone lines top…r−1 hold a numbered section title ("二、街道自查问题"), not a page's lines. */
function hasSectionTitle(grid: SheetGrid, top: number, r: number): boolean {
  for (let i = top; i < r; i++) {
    for (const v of grid.values[i] ?? []) {
      const text = cellText(v);
      if (text !== null && NUMBERED.test(text) && !PAGE_LINE.test(text)) return true;
    }
  }
  return false;
}

/** The last numbered line above a table, or for a later table the line right above it. */
function sectionOf(preamble: readonly string[], later: boolean): string | null {
  for (let i = preamble.length - 1; i >= 0; i--) {
    const line = preamble[i]!;
    if (NUMBERED.test(line)) return line;
  }
  return later && preamble.length > 0 ? preamble[preamble.length - 1]! : null;
}

/**
 * Splits a sheet into its tables. A header row below the first table that differs from every header
 * seen so far starts a new table (with its own columns and mapping); one that repeats a header is a
 * printed page's header and the table goes on, unless a numbered section title stands right above it
 * (two sections of one form, each with its own 来源). The lone lines just above a new header are its section
 * title, not data of the table before.
 */
export function findTables(grid: SheetGrid, first: HeaderBlock): TableSpan[] {
  const width = columnCount(grid);
  const spans: TableSpan[] = [];
  let header = first;
  const seen = new Set(first.rows.map((r) => signature(grid, r, width)));
  let dataStart = first.rows[first.rows.length - 1]! + 1;
  for (let r = dataStart; r < grid.values.length; r++) {
    if (!mightBeHeader(grid.values[r])) continue;
    const sig = signature(grid, r, width);
    const repeated = seen.has(sig);
    if (!repeated && !isHeaderRow(grid, r, width)) continue;
    let top = r;
    while (top - 1 >= dataStart && r - top < MAX_TITLE_ROWS && filledCells(grid, top - 1) <= 1) top -= 1;
    // A repeated header is a printed page's unless a section title of its own stands above it.
    if (repeated && !hasSectionTitle(grid, top, r)) continue;
    spans.push({ header, endRow: top, section: sectionOf(header.preamble, spans.length > 0) });
    header = headerBlockAt(grid, r, top);
    for (const hr of header.rows) seen.add(signature(grid, hr, width));
    dataStart = header.rows[header.rows.length - 1]! + 1;
    r = dataStart - 1;
  }
  spans.push({ header, endRow: grid.values.length, section: sectionOf(header.preamble, spans.length > 0) });
  // A single table's numbered line above the header is a section title too ("一、病媒生物防制问题").
  return spans;
}
