import { z } from "zod";
import type { Finding } from "../model/finding";
import { daysInMonth } from "../normalize/calendar";
import { textColumn, type SheetPlan } from "../output/sheetPlan";
import type { UnitEntry } from "../registry/unitRegistry";
import type { Settings } from "../settings/settings";
import { STAMP_FORMAT, stampToSerial } from "../ledger/ledgerTime";
import type { ReceivedEntry } from "./receivedLog";

export const SUBMISSIONS_SHEET = "报送情况";
export const SUBMISSION_KIND = "报送";

export const SUBMISSION_LABELS = { reported: "已报送", missing: "未报送", faulty: "报送有误", late: "逾期报送" } as const;
export type SubmissionStatus = keyof typeof SUBMISSION_LABELS;

export const UnitSubmissionSchema = z.object({
  unit: z.string(),
  status: z.enum(Object.keys(SUBMISSION_LABELS) as [SubmissionStatus, ...SubmissionStatus[]]),
  /** When the first usable report came ("YYYY-MM-DD HH:mm"). */
  at: z.string().nullable(),
  files: z.array(z.string()),
  rows: z.number().int(),
  /** The unit's findings 已整改 or 已销号 in the ledger now. */
  rectified: z.number().int(),
  note: z.string().nullable(),
});
export type UnitSubmission = z.infer<typeof UnitSubmissionSchema>;

/**
 * A month (reports made in it, due by the 设置 day) or a 交办 batch (replies due by its reply date;
 * since its 交办 date, a unit's file that carries no batch — its own ledger instead of the form, or a
 * file that could not be read — counts as that unit's reply).
 */
export type SubmissionPeriod =
  | { kind: "month"; month: string; deadline: string }
  | { kind: "batch"; batch: string; issuedOn: string | null; deadline: string | null; units: readonly string[] };

/** A batch period; the 交办 date, when not known otherwise, is the one distribute puts in the batch's name. */
export function batchPeriod(
  batch: string,
  known: { issuedOn?: string | null; deadline?: string | null; units?: readonly string[] } = {},
): SubmissionPeriod {
  const issuedOn = known.issuedOn || (/^交办-(\d{4}-\d{2}-\d{2})/.exec(batch)?.[1] ?? null);
  return { kind: "batch", batch, issuedOn, deadline: known.deadline || null, units: known.units ?? [] };
}

/** When a received file was made: its report time, else when it was received. */
const madeAt = (e: ReceivedEntry): string => e.reportedAt ?? e.receivedAt;

function inPeriod(e: ReceivedEntry, period: SubmissionPeriod): boolean {
  // By when the report was made, not when the office consolidated it: a June report received in July is June's (late after the 设置 day).
  if (period.kind === "month") return madeAt(e).startsWith(period.month);
  if (e.batch !== null) return e.batch === period.batch;
  return period.issuedOn !== null && madeAt(e).slice(0, 10) >= period.issuedOn;
}

/** 设置 row 报送 | 每月截止日 | 25: a month's reports are due by that day of the month. */
export function monthPeriod(month: string, settings: Settings): SubmissionPeriod {
  let day = 25;
  for (const o of settings.other)
    if (o.kind === SUBMISSION_KIND && o.name === "每月截止日" && /^\d{1,2}$/.test(o.value.trim())) day = Number(o.value.trim());
  const [y, m] = month.split("-").map(Number) as [number, number];
  const d = Math.min(Math.max(day, 1), daysInMonth(y, m));
  return { kind: "month", month, deadline: `${month}-${String(d).padStart(2, "0")}` };
}

export function periodLabel(p: SubmissionPeriod): string {
  if (p.kind === "month") {
    const [y, m] = p.month.split("-").map(Number);
    return `${y}年${m}月`;
  }
  return `交办批次 ${p.batch}`;
}

/** Which unit a received file speaks for: its 报送单位, or a unit named in its file name (for files that could not be read). */
function unitOfEntry(e: ReceivedEntry, names: readonly UnitEntry[]): string | null {
  if (e.unit) {
    const hit = names.find((u) => u.name === e.unit || u.aliases.includes(e.unit!));
    return hit?.name ?? e.unit;
  }
  let best: string | null = null;
  for (const u of names)
    for (const n of [u.name, ...u.aliases])
      if (n.length >= 2 && e.file.includes(n) && (!best || u.name.length > best.length)) best = u.name;
  return best;
}

/**
 * 报送情况 of each expected unit for a period: 已报送 (when, which files, rows, how many of its
 * findings are now rectified), 未报送, 报送有误 (a file that could not be read, or rows with errors),
 * 逾期报送 (first usable report after the deadline). Units that reported without being expected are
 * listed too, after the others.
 */
export function submissionStatus(
  log: readonly ReceivedEntry[],
  expected: readonly UnitEntry[],
  period: SubmissionPeriod,
  ledger: readonly Finding[],
): UnitSubmission[] {
  const byUnit = new Map<string, ReceivedEntry[]>();
  for (const e of log) {
    if (!inPeriod(e, period)) continue;
    const unit = unitOfEntry(e, expected);
    if (!unit) continue;
    // A file without a batch speaks for a batch only from a unit the batch went to.
    if (period.kind === "batch" && e.batch === null && !expected.some((u) => u.name === unit)) continue;
    let list = byUnit.get(unit);
    if (!list) byUnit.set(unit, (list = []));
    list.push(e);
  }
  const rectified = new Map<string, number>();
  for (const f of ledger)
    if (f.unit && (f.status === "rectified" || f.status === "closed")) rectified.set(f.unit, (rectified.get(f.unit) ?? 0) + 1);
  const units = [...expected.map((u) => u.name), ...[...byUnit.keys()].filter((u) => !expected.some((e) => e.name === u))];
  return units.map((unit) => {
    const entries = (byUnit.get(unit) ?? []).sort((a, b) => madeAt(a).localeCompare(madeAt(b)));
    const usable = entries.filter((e) => e.status !== "unreadable");
    const faulty = entries.filter((e) => e.status === "unreadable" || e.problems > 0);
    const first = usable[0] ?? null;
    const at = first ? madeAt(first) : null;
    const late = at !== null && period.deadline !== null && at.slice(0, 10) > period.deadline;
    const status: SubmissionStatus = entries.length === 0 ? "missing" : faulty.length > 0 ? "faulty" : late ? "late" : "reported";
    const note =
      status === "faulty"
        ? faulty
            .map((e) => (e.status === "unreadable" ? `${e.file}无法读取：${e.note ?? ""}` : `${e.file}有${e.problems}处错误`))
            .join("；")
        : status === "late"
          ? `截止日期${period.deadline}`
          : null;
    return {
      unit,
      status,
      at,
      files: entries.map((e) => e.file),
      // A file sent twice counts once.
      rows: usable.filter((e) => e.status !== "duplicate").reduce((n, e) => n + e.rows, 0),
      rectified: rectified.get(unit) ?? 0,
      note,
    };
  });
}

/** The message for the office's group: who has not reported (and whose files need redoing), and by when. */
export function reminderText(list: readonly UnitSubmission[], period: SubmissionPeriod, today: string): string | null {
  const missing = list.filter((s) => s.status === "missing").map((s) => s.unit);
  const faulty = list.filter((s) => s.status === "faulty").map((s) => s.unit);
  if (missing.length === 0 && faulty.length === 0) return null;
  const [, m, d] = today.split("-").map(Number);
  const what = period.kind === "month" ? `${periodLabel(period)}创卫问题整改情况` : `交办批次“${period.batch}”的整改情况回复`;
  const lines = [`【创卫办提醒】截至${m}月${d}日，${what}报送情况如下：`];
  if (missing.length > 0) lines.push(`尚未报送（${missing.length}个）：${missing.join("、")}。`);
  if (faulty.length > 0) lines.push(`报送有误、请核对后重新报送（${faulty.length}个）：${faulty.join("、")}。`);
  const due =
    period.deadline && period.deadline >= today
      ? `请于${Number(period.deadline.slice(5, 7))}月${Number(period.deadline.slice(8))}日前报送`
      : "请尽快报送";
  lines.push(`${due}，谢谢！`);
  return lines.join("\n");
}

export function submissionsSheetPlan(list: readonly UnitSubmission[], period: SubmissionPeriod): SheetPlan {
  return {
    name: SUBMISSIONS_SHEET,
    columns: [
      textColumn("单位", 20),
      textColumn("报送情况", 10),
      { header: "报送时间", width: 16, numberFormat: STAMP_FORMAT, kind: "date" },
      textColumn("文件", 30),
      { header: "行数", width: 7, numberFormat: null, kind: "number" },
      { header: "已整改", width: 8, numberFormat: null, kind: "number" },
      textColumn("说明", 36),
      textColumn("统计期间", 16),
    ],
    rows: list.map((s) => [
      s.unit,
      SUBMISSION_LABELS[s.status],
      stampToSerial(s.at),
      s.files.join("、") || null,
      s.rows,
      s.rectified,
      s.note,
      periodLabel(period),
    ]),
    table: null,
    freezeHeader: true,
    marks: list.flatMap((s, i) =>
      s.status === "reported" ? [] : [{ row: i, col: 1, severity: s.status === "late" ? ("warning" as const) : ("error" as const) }],
    ),
  };
}
