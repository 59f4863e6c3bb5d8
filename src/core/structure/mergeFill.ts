import type { CellRange, CellValue } from "../model/grid";

/** Index of merged areas by their cells, for "which merge is this cell in" in O(1). */
export class MergeIndex {
  private readonly byCell = new Map<number, CellRange>();
  constructor(readonly merges: readonly CellRange[]) {
    for (const m of merges) {
      // Large merges are rare; ledgers merge a title row or a unit over a few rows.
      const cells = (m.endRow - m.startRow + 1) * (m.endCol - m.startCol + 1);
      if (cells > 50_000) continue;
      for (let r = m.startRow; r <= m.endRow; r++) for (let c = m.startCol; c <= m.endCol; c++) this.byCell.set(r * 16_384 + c, m);
    }
  }
  at(row: number, col: number): CellRange | undefined {
    return this.byCell.get(row * 16_384 + col);
  }
}

/**
 * Returns the rows with every vertically merged area filled down from its top cell, so that a unit
 * merged over four rows applies to each of them. Horizontal spans are not copied sideways: the text
 * belongs to the first column it was typed in.
 */
export function fillVerticalMerges(
  values: readonly (readonly CellValue[])[],
  merges: readonly CellRange[],
  fromRow: number,
): CellValue[][] {
  const out = values as CellValue[][];
  const copied = new Set<number>();
  for (const m of merges) {
    if (m.endRow === m.startRow || m.endRow < fromRow) continue;
    const top = values[m.startRow]?.[m.startCol] ?? null;
    for (let r = Math.max(m.startRow + 1, fromRow); r <= m.endRow; r++) {
      if (!copied.has(r)) {
        out[r] = [...(values[r] ?? [])];
        copied.add(r);
      }
      out[r]![m.startCol] = top;
    }
  }
  return out;
}
