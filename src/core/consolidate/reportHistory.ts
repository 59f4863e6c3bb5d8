import { EVENT_LABELS } from "../ledger/ledgerEvents";
import type { TrackedField } from "../ledger/ledgerRecord";
import { stampFromCell } from "../ledger/ledgerTime";
import { FIELD_LABELS, type SourceRef } from "../model/finding";
import { cellAt, type SheetGrid } from "../model/grid";
import { cellText } from "../normalize/text";

/** What earlier runs' reports did to the records, as consolidation needs it again. */
export interface ReportHistory {
  /** Where a file spoke of a record (the row that added, changed or put it in conflict), to name the row a duplicate repeats. */
  rowOf(id: string, file: string): SourceRef | null;
  /**
   * When the value a record holds in a field was reported: the time of the report that last
   * updated it (更新记录), else of the report that added the record (when a 新增 was logged).
   */
  reportedAt(id: string, field: TrackedField): string | null;
}

const FIELD_BY_LABEL = new Map(Object.entries(FIELD_LABELS).map(([k, v]) => [v, k as TrackedField]));

/**
 * Reads 更新记录 (编号, 事件, 字段, 来源文件…) once. Rows are indexed for the files received before
 * (the ones a duplicate can repeat); report times for every record.
 */
export function reportHistory(history: SheetGrid | null, received: ReadonlySet<string>): ReportHistory {
  const rows = new Map<string, SourceRef>();
  const times = new Map<string, string>();
  const added = new Map<string, string>();
  const header = (history?.values[0] ?? []).map((v) => cellText(v));
  const col = (h: string): number => header.indexOf(h);
  const [atCol, idCol, eventCol, fieldCol, fileCol, sheetCol, rowCol] = [
    "时间",
    "编号",
    "事件",
    "字段",
    "来源文件",
    "来源工作表",
    "来源行",
  ].map(col) as [number, number, number, number, number, number, number];
  if (history && idCol >= 0)
    for (let r = 1; r < history.values.length; r++) {
      const id = cellText(cellAt(history, r, idCol));
      if (!id) continue;
      const event = eventCol < 0 ? null : cellText(cellAt(history, r, eventCol));
      const at = atCol < 0 ? null : stampFromCell(cellAt(history, r, atCol));
      if (at && event === EVENT_LABELS.added) added.set(id, at);
      const field = fieldCol < 0 ? undefined : FIELD_BY_LABEL.get(cellText(cellAt(history, r, fieldCol)) ?? "");
      if (at && field && event === EVENT_LABELS.updated) {
        const key = `${id}\u0001${field}`;
        const before = times.get(key);
        if (!before || at > before) times.set(key, at);
      }
      const file = fileCol < 0 ? null : cellText(cellAt(history, r, fileCol));
      const row = rowCol < 0 ? null : cellAt(history, r, rowCol);
      if (file && received.has(file) && typeof row === "number" && row >= 1)
        rows.set(`${id}\u0001${file}`, { file, sheet: sheetCol < 0 ? null : cellText(cellAt(history, r, sheetCol)), row });
    }
  return {
    rowOf: (id, file) => rows.get(`${id}\u0001${file}`) ?? null,
    reportedAt: (id, field) => times.get(`${id}\u0001${field}`) ?? added.get(id) ?? null,
  };
}

export const NO_HISTORY: ReportHistory = { rowOf: () => null, reportedAt: () => null };
