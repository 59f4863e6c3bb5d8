import { columnLetter } from "../model/address";
import type { Finding } from "../model/finding";
import type { SheetGrid } from "../model/grid";
import { makeProblem, type Problem } from "../model/problem";
import type { PhotoColumn } from "./attachPhotos";

/**
 * Photo-column cells that hold a picture the host could not read: a picture placed in a cell reads as
 * the error #VALUE! where the host sees only values (Excel through Office.js). One warning per column,
 * with the count, so the clerk knows where the photos went and how to get them.
 */
export function unreadPhotoProblems(
  grid: SheetGrid,
  records: readonly Finding[],
  columns: readonly PhotoColumn[],
  labels: ReadonlyArray<string | null>,
  headerRow: number,
): Problem[] {
  const problems: Problem[] = [];
  for (const { col } of columns) {
    let count = 0;
    for (const r of records) {
      const row = r.source.row - 1;
      if (grid.values[row]?.[col] !== "#VALUE!") continue;
      const read = [...(r.photos?.before ?? []), ...(r.photos?.after ?? [])].some((p) => p.row === row && p.col === col);
      if (!read) count += 1;
    }
    if (count > 0)
      problems.push(
        makeProblem({
          code: "photos-in-cells-unread",
          severity: "warning",
          sheet: grid.isCsv ? null : grid.name,
          row: headerRow + 1,
          column: columnLetter(col),
          field: null,
          params: { header: labels[col] ?? columnLetter(col), count },
        }),
      );
  }
  return problems;
}
