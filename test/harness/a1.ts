/**
 * A1 addresses as Excel writes and reads them: whole rows ("5:5"), whole columns ("C:C"), several
 * areas ("A2:B3,D7"), sheet names quoted when they need it ('台账,备份'!A1).
 */
import { columnIndex, columnLetter } from "../../src/core/model/address";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** 0-based inclusive rectangle. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export const rectRows = (r: Rect): number => r.r1 - r.r0 + 1;
export const rectCols = (r: Rect): number => r.c1 - r.c0 + 1;
export const contains = (r: Rect, row: number, col: number): boolean => row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1;
export const overlaps = (a: Rect, b: Rect): boolean => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
export const inside = (a: Rect, b: Rect): boolean => a.r0 >= b.r0 && a.r1 <= b.r1 && a.c0 >= b.c0 && a.c1 <= b.c1;
export const isEntireRow = (r: Rect): boolean => r.c0 === 0 && r.c1 === MAX_COLS - 1;
export const isEntireColumn = (r: Rect): boolean => r.r0 === 0 && r.r1 === MAX_ROWS - 1;

/** The parts of `a` outside `b` (at most four rectangles). */
export function subtract(a: Rect, b: Rect): Rect[] {
  if (!overlaps(a, b)) return [a];
  const out: Rect[] = [];
  if (a.r0 < b.r0) out.push({ ...a, r1: b.r0 - 1 });
  if (a.r1 > b.r1) out.push({ ...a, r0: b.r1 + 1 });
  const r0 = Math.max(a.r0, b.r0);
  const r1 = Math.min(a.r1, b.r1);
  if (a.c0 < b.c0) out.push({ r0, r1, c0: a.c0, c1: b.c0 - 1 });
  if (a.c1 > b.c1) out.push({ r0, r1, c0: b.c1 + 1, c1: a.c1 });
  return out;
}

/** Excel quotes a sheet name unless it is plain letters, digits and underscores not starting with a digit. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "A1:C3", "C:C", "5:7" or "B2" for a rectangle, as Excel reports it. */
export function rectAddress(r: Rect): string {
  if (isEntireColumn(r)) return `${columnLetter(r.c0)}:${columnLetter(r.c1)}`;
  if (isEntireRow(r)) return `${r.r0 + 1}:${r.r1 + 1}`;
  const a = `${columnLetter(r.c0)}${r.r0 + 1}`;
  return r.r0 === r.r1 && r.c0 === r.c1 ? a : `${a}:${columnLetter(r.c1)}${r.r1 + 1}`;
}

export const qualified = (sheet: string, r: Rect): string => `${quoteSheet(sheet)}!${rectAddress(r)}`;

function part(ref: string): { row: number | null; col: number | null } {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(ref.trim());
  if (!m || (!m[1] && !m[2])) throw new Error(`InvalidArgument: not an address: ${ref}`);
  return { col: m[1] ? columnIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
}

/** One area without a sheet: "B2", "A1:C3", "C:C", "5:5". */
export function parseArea(ref: string): Rect {
  const [a, b] = ref.split(":");
  const p = part(a!);
  const q = b === undefined ? p : part(b);
  if ((p.row === null) !== (q.row === null) || (p.col === null) !== (q.col === null)) throw new Error(`InvalidArgument: ${ref}`);
  const r0 = p.row ?? 0;
  const r1 = q.row ?? MAX_ROWS - 1;
  const c0 = p.col ?? 0;
  const c1 = q.col ?? MAX_COLS - 1;
  return { r0: Math.min(r0, r1), r1: Math.max(r0, r1), c0: Math.min(c0, c1), c1: Math.max(c0, c1) };
}

/** Splits "'a,b'!A1:B2,'a,b'!D4" into its areas, honouring quotes; each with its sheet or null. */
export function parseAreas(address: string): Array<{ sheet: string | null; rect: Rect }> {
  const out: Array<{ sheet: string | null; rect: Rect }> = [];
  let i = 0;
  while (i < address.length) {
    let sheet: string | null = null;
    if (address[i] === "'") {
      let j = i + 1;
      let name = "";
      while (j < address.length) {
        if (address[j] === "'" && address[j + 1] === "'") {
          name += "'";
          j += 2;
        } else if (address[j] === "'") break;
        else name += address[j++];
      }
      sheet = name;
      i = j + 2; // closing quote and "!"
    }
    let end = address.indexOf(",", i);
    if (end < 0) end = address.length;
    let ref = address.slice(i, end).trim();
    const bang = ref.lastIndexOf("!");
    if (bang >= 0) {
      sheet = ref.slice(0, bang);
      ref = ref.slice(bang + 1);
    }
    out.push({ sheet, rect: parseArea(ref) });
    i = end + 1;
  }
  return out;
}
