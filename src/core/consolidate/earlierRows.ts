import { cellAt, type SheetGrid } from "../model/grid";
import type { SourceRef } from "../model/finding";
import { cellText } from "../normalize/text";

/**
 * Where files received in earlier runs spoke of each record, from 更新记录 (编号, 来源文件,
 * 来源工作表, 来源行 of every row a report added, changed or put in conflict). A duplicate found in a
 * later run names the earlier file's row by it, rather than the record's first 来源. Only the files
 * listed are indexed: those are the ones a duplicate can repeat.
 */
export function earlierRows(history: SheetGrid | null, files: ReadonlySet<string>): (id: string, file: string) => SourceRef | null {
  const rows = new Map<string, SourceRef>();
  if (history && files.size > 0) {
    const header = (history.values[0] ?? []).map((v) => cellText(v));
    const [idCol, fileCol, sheetCol, rowCol] = ["编号", "来源文件", "来源工作表", "来源行"].map((h) => header.indexOf(h)) as [
      number,
      number,
      number,
      number,
    ];
    if (idCol >= 0 && fileCol >= 0 && rowCol >= 0)
      for (let r = 1; r < history.values.length; r++) {
        const file = cellText(cellAt(history, r, fileCol));
        const id = cellText(cellAt(history, r, idCol));
        const row = cellAt(history, r, rowCol);
        if (!file || !id || !files.has(file) || typeof row !== "number" || !(row >= 1)) continue;
        rows.set(`${id}\u0001${file}`, { file, sheet: sheetCol < 0 ? null : cellText(cellAt(history, r, sheetCol)), row });
      }
  }
  return (id, file) => rows.get(`${id}\u0001${file}`) ?? null;
}
