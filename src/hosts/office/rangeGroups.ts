import { columnLetter } from "../../core/model/address";

/** 0-based inclusive rectangle of cells. */
export interface Block {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export const blockAddress = (b: Block): string => {
  const a = `${columnLetter(b.c0)}${b.r0 + 1}`;
  return b.r0 === b.r1 && b.c0 === b.c1 ? a : `${a}:${columnLetter(b.c1)}${b.r1 + 1}`;
};

/**
 * Cells of one kind (a style, a mark colour) as few rectangles as possible: neighbours in a row join,
 * then equal runs on consecutive rows join into blocks (unless `rowsApart`, for formats whose edges
 * belong to each row, like an underline).
 */
export function coalesce(cells: readonly Block[], rowsApart = false): Block[] {
  const sorted = [...cells].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  const runs: Block[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.r0 === c.r0 && last.r1 === c.r1 && last.c1 + 1 === c.c0) last.c1 = c.c1;
    else runs.push({ ...c });
  }
  if (rowsApart) return runs;
  const open = new Map<string, Block>();
  const out: Block[] = [];
  for (const r of runs) {
    const key = `${r.c0}:${r.c1}`;
    const prev = open.get(key);
    if (prev && prev.r1 + 1 === r.r0 && r.r0 === r.r1) prev.r1 = r.r1;
    else {
      const b = { ...r };
      out.push(b);
      open.set(key, b);
    }
  }
  return out;
}

/**
 * Addresses joined with "," into lists for worksheet.getRanges, each kept short (a chosen bound:
 * Excel documents no limit for the text, and a few hundred areas per call already make one action
 * do the work of hundreds).
 */
export function addressLists(blocks: readonly Block[], maxChars = 2_000): string[] {
  const lists: string[] = [];
  let current = "";
  for (const b of blocks) {
    const a = blockAddress(b);
    if (current && current.length + a.length + 1 > maxChars) {
      lists.push(current);
      current = "";
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) lists.push(current);
  return lists;
}
