import type { Finding } from "../model/finding";
import { photoColumnSide, type PhotoSide } from "./photoColumns";
import type { FindingPhotos, Picture } from "./picture";

/** A photo column of a table: its 0-based column and which pictures it holds. */
export interface PhotoColumn {
  col: number;
  side: PhotoSide;
}

/** The photo columns among a table's header labels (整改前照片, 整改后照片, 整改前后照片 …). */
export function photoColumns(labels: ReadonlyArray<string | null>): PhotoColumn[] {
  const out: PhotoColumn[] = [];
  labels.forEach((label, col) => {
    const side = label ? photoColumnSide(label) : null;
    if (side) out.push({ col, side });
  });
  return out;
}

/** The side of a picture outside every photo column: the nearest photo column's, else 整改前. */
function sideAt(col: number, columns: readonly PhotoColumn[]): PhotoSide {
  let best: PhotoColumn | null = null;
  for (const c of columns) if (!best || Math.abs(c.col - col) < Math.abs(best.col - col)) best = c;
  return best?.side ?? "before";
}

/**
 * Attaches a sheet's pictures to the table's records: a picture belongs to the record whose rows hold
 * its top-left corner (a record's rows run to the next record or to the next row that is not a finding
 * — a 小计, group, note or signature row — within the table), and is 整改前 or 整改后
 * by the photo column it sits in. In a 整改前后 column the first picture of a record is 整改前 and the
 * others 整改后. Records get `photos` (possibly empty) whenever the sheet has pictures.
 */
export function attachPhotos(
  records: readonly Finding[],
  sheet: string,
  pictures: readonly Picture[],
  columns: readonly PhotoColumn[],
  table: { firstRow: number; endRow: number; stopRows: readonly number[] },
): Finding[] {
  if (pictures.length === 0 || records.length === 0) return [...records];
  const rows = records.map((r) => r.source.row - 1);
  const stops = [...table.stopRows].sort((a, b) => a - b);
  const endOf = (row: number): number => {
    let lo = 0;
    let hi = stops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (stops[mid]! > row) hi = mid;
      else lo = mid + 1;
    }
    return lo < stops.length ? stops[lo]! : table.endRow;
  };
  const byRecord = new Map<number, Picture[]>();
  for (const p of pictures) {
    if (p.row < table.firstRow || p.row >= table.endRow || p.row < rows[0]!) continue;
    // The last record starting at or above the picture's row.
    let lo = 0;
    let hi = rows.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (rows[mid]! <= p.row) lo = mid;
      else hi = mid - 1;
    }
    if (p.row >= endOf(rows[lo]!)) continue;
    const list = byRecord.get(lo) ?? [];
    list.push(p);
    byRecord.set(lo, list);
  }
  const bySide = new Map(columns.map((c) => [c.col, c.side]));
  return records.map((r, i) => {
    const photos: FindingPhotos = { before: [], after: [] };
    const list = (byRecord.get(i) ?? []).slice().sort((a, b) => a.col - b.col || a.row - b.row);
    const seenBoth = new Set<number>();
    for (const p of list) {
      const side = bySide.get(p.col) ?? sideAt(p.col, columns);
      const ref = { sheet, row: p.row, col: p.col, mime: p.mime, data: p.data };
      if (side === "both") {
        (seenBoth.has(p.col) ? photos.after : photos.before).push(ref);
        seenBoth.add(p.col);
      } else photos[side].push(ref);
    }
    return { ...r, photos };
  });
}
