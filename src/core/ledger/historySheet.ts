import { FIELD_LABELS } from "../model/finding";
import { cellAt, type CellValue, type SheetGrid } from "../model/grid";
import { cellText } from "../normalize/text";
import { textColumn, type SheetPlan } from "../output/sheetPlan";
import { displayValue } from "./editNotes";
import { EVENT_LABELS, type LedgerEvent } from "./ledgerEvents";
import { STAMP_FORMAT, stampFromCell, stampToSerial } from "./ledgerTime";

export const HISTORY_SHEET = "更新记录";

const COLUMNS = [
  { header: "时间", width: 16, numberFormat: STAMP_FORMAT, kind: "date" as const },
  textColumn("编号", 17),
  textColumn("事件", 12),
  textColumn("字段", 10),
  textColumn("原值", 24),
  textColumn("新值", 24),
  textColumn("报送单位", 16),
  textColumn("来源文件", 22),
  textColumn("来源工作表", 12),
  { header: "来源行", width: 8, numberFormat: null, kind: "number" as const },
];

function eventRow(e: LedgerEvent): CellValue[] {
  const show = (v: string | null): string | null => (e.field ? displayValue(e.field, v) : v);
  return [
    stampToSerial(e.at),
    e.id,
    EVENT_LABELS[e.kind],
    e.field ? FIELD_LABELS[e.field] : null,
    show(e.from),
    show(e.to),
    e.unit,
    e.file,
    e.sheet,
    e.row,
  ];
}

/** The rows 更新记录 holds now, re-read by header so they are carried over exactly as they are. */
function existingRows(grid: SheetGrid | null): CellValue[][] {
  if (!grid) return [];
  const header = (grid.values[0] ?? []).map((v) => cellText(v));
  const colOf = COLUMNS.map((c) => header.indexOf(c.header));
  if (colOf[1]! < 0) return [];
  const rows: CellValue[][] = [];
  for (let r = 1; r < grid.values.length; r++) {
    const row = colOf.map((c) => (c < 0 ? null : cellAt(grid, r, c)));
    if (row.some((v) => v !== null)) rows.push(row);
  }
  return rows;
}

/**
 * 更新记录: one row per thing that happened to a record after 标准台账 was first written (which file
 * said what, when; what the office edited; conflicts and how they were decided). It lives in its
 * own sheet so 标准台账 stays one row per record, and it only ever grows: earlier rows are carried
 * over untouched.
 */
export function historySheetPlan(existing: SheetGrid | null, events: readonly LedgerEvent[]): SheetPlan {
  return {
    name: HISTORY_SHEET,
    columns: COLUMNS,
    rows: [...existingRows(existing), ...events.map(eventRow)],
    table: null,
    freezeHeader: true,
  };
}

/** A record's history, oldest first, in the words of the sheet. */
export interface HistoryLine {
  at: string | null;
  event: string;
  field: string | null;
  from: string | null;
  to: string | null;
  unit: string | null;
  file: string | null;
}

export function historyOf(grid: SheetGrid | null, id: string): HistoryLine[] {
  return existingRows(grid)
    .filter((r) => cellText(r[1] ?? null) === id)
    .map((r) => ({
      at: stampFromCell(r[0]),
      event: cellText(r[2] ?? null) ?? "",
      field: cellText(r[3] ?? null),
      from: cellText(r[4] ?? null),
      to: cellText(r[5] ?? null),
      unit: cellText(r[6] ?? null),
      file: cellText(r[7] ?? null),
    }));
}
