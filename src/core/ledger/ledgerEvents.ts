import { z } from "zod";
import { TrackedFieldSchema } from "./ledgerRecord";

/** What happened to a record, in the words of 更新记录. */
export const EVENT_LABELS = {
  added: "新增",
  updated: "更新",
  officeEdit: "办公室修改",
  conflict: "冲突待确认",
  kept: "保留办公室值",
  taken: "采用报送值",
  removed: "来源已删除",
  older: "较早报送",
  held: "随冲突暂缓",
} as const;
export const EventKindSchema = z.enum(Object.keys(EVENT_LABELS) as [keyof typeof EVENT_LABELS, ...(keyof typeof EVENT_LABELS)[]]);
export type EventKind = z.infer<typeof EventKindSchema>;

/**
 * One line of a record's history: which file said what, when. Values are canonical (ISO dates,
 * status codes); the sheet shows them in words.
 */
export const LedgerEventSchema = z.object({
  at: z.string(),
  id: z.string(),
  kind: EventKindSchema,
  field: TrackedFieldSchema.nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  file: z.string().nullable(),
  sheet: z.string().nullable(),
  row: z.number().int().positive().nullable(),
  /** 报送单位 of the file, when the event came from one. */
  unit: z.string().nullable(),
});
export type LedgerEvent = z.infer<typeof LedgerEventSchema>;

/** Where an incoming value came from: the report (file, sheet, row, unit) and when it was made. */
export interface ReportOrigin {
  file: string;
  sheet: string | null;
  row: number | null;
  unit: string | null;
  /** "YYYY-MM-DD HH:mm" */
  at: string;
}
