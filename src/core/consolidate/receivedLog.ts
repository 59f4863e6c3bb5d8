import { z } from "zod";
import { cellAt, type CellValue, type SheetGrid } from "../model/grid";
import { cellText } from "../normalize/text";
import { textColumn, type SheetPlan } from "../output/sheetPlan";
import { STAMP_FORMAT, stampFromCell, stampToSerial } from "../ledger/ledgerTime";

export const RECEIVED_SHEET = "报送记录";

export const RECEIVED_STATUS = { merged: "已汇总", duplicate: "重复报送", unreadable: "无法读取" } as const;

/** One file received: when, from whom, what it did to the ledger. 报送情况 and duplicate detection read these. */
export const ReceivedEntrySchema = z.object({
  receivedAt: z.string(),
  reportedAt: z.string().nullable(),
  file: z.string(),
  unit: z.string().nullable(),
  batch: z.string().nullable(),
  rows: z.number().int(),
  new: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  problems: z.number().int(),
  status: z.enum(Object.keys(RECEIVED_STATUS) as [keyof typeof RECEIVED_STATUS, ...(keyof typeof RECEIVED_STATUS)[]]),
  fingerprint: z.string().nullable(),
  note: z.string().nullable(),
});
export type ReceivedEntry = z.infer<typeof ReceivedEntrySchema>;

const COLUMNS: SheetPlan["columns"] = [
  { header: "收到时间", width: 16, numberFormat: STAMP_FORMAT, kind: "date" },
  { header: "报送时间", width: 16, numberFormat: STAMP_FORMAT, kind: "date" },
  textColumn("文件", 28),
  textColumn("报送单位", 18),
  textColumn("交办批次", 16),
  { header: "行数", width: 7, numberFormat: null, kind: "number" },
  { header: "新增", width: 7, numberFormat: null, kind: "number" },
  { header: "更新", width: 7, numberFormat: null, kind: "number" },
  { header: "未变", width: 7, numberFormat: null, kind: "number" },
  { header: "跳过", width: 7, numberFormat: null, kind: "number" },
  { header: "有误行", width: 7, numberFormat: null, kind: "number" },
  textColumn("状态", 10),
  textColumn("说明", 36),
  textColumn("内容指纹", 14),
];

const STATUS_BY_LABEL = new Map<string, ReceivedEntry["status"]>(
  Object.entries(RECEIVED_STATUS).map(([k, v]) => [v, k as ReceivedEntry["status"]]),
);

function row(e: ReceivedEntry): CellValue[] {
  return [
    stampToSerial(e.receivedAt),
    stampToSerial(e.reportedAt),
    e.file,
    e.unit,
    e.batch,
    e.rows,
    e.new,
    e.updated,
    e.unchanged,
    e.skipped,
    e.problems,
    RECEIVED_STATUS[e.status],
    e.note,
    e.fingerprint,
  ];
}

export function receivedSheetPlan(entries: readonly ReceivedEntry[]): SheetPlan {
  return { name: RECEIVED_SHEET, columns: COLUMNS, rows: entries.map(row), table: null, freezeHeader: true };
}

/** 报送记录 back into entries (by header names; rows that do not read are left out). */
export function parseReceived(grid: SheetGrid | null): ReceivedEntry[] {
  if (!grid) return [];
  const header = (grid.values[0] ?? []).map((v) => cellText(v));
  const col = (h: string): number => header.indexOf(h);
  const out: ReceivedEntry[] = [];
  for (let r = 1; r < grid.values.length; r++) {
    const at = (h: string): CellValue => (col(h) < 0 ? null : cellAt(grid, r, col(h)));
    const text = (h: string): string | null => cellText(at(h));
    const num = (h: string): number => (typeof at(h) === "number" ? (at(h) as number) : Number(text(h) ?? 0) || 0);
    const file = text("文件");
    const receivedAt = stampFromCell(at("收到时间"));
    if (!file || !receivedAt) continue;
    out.push({
      receivedAt,
      reportedAt: stampFromCell(at("报送时间")),
      file,
      unit: text("报送单位"),
      batch: text("交办批次"),
      rows: num("行数"),
      new: num("新增"),
      updated: num("更新"),
      unchanged: num("未变"),
      skipped: num("跳过"),
      problems: num("有误行"),
      status: STATUS_BY_LABEL.get(text("状态") ?? "") ?? "merged",
      fingerprint: text("内容指纹"),
      note: text("说明"),
    });
  }
  return out;
}
