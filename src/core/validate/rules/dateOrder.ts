import { FIELD_LABELS } from "../../model/finding";
import { addDays, compareIso, fromIso, toEpochDay } from "../../normalize/calendar";
import type { FindingRule } from "../rule";

const isDate = (d: string | null): d is string => d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d);

export const deadlineBeforeInspection: FindingRule = {
  code: "deadline-before-inspection",
  severity: "error",
  field: "deadline",
  label: "整改时限早于检查日期",
  needs: ["deadline", "inspectedOn"],
  check: (f) => (isDate(f.deadline) && f.inspectedOn && compareIso(f.deadline, f.inspectedOn) < 0 ? {} : null),
};

export const rectifiedBeforeInspection: FindingRule = {
  code: "rectified-before-inspection",
  severity: "error",
  field: "rectifiedOn",
  label: "完成时间早于检查日期",
  needs: ["rectifiedOn", "inspectedOn"],
  check: (f) => (f.rectifiedOn && f.inspectedOn && compareIso(f.rectifiedOn, f.inspectedOn) < 0 ? {} : null),
};

/** The ledger's period with a month of slack each side: late entries of last month are normal. */
export const dateOutOfPeriod: FindingRule = {
  code: "date-out-of-period",
  severity: "warning",
  field: "inspectedOn",
  label: "检查日期超出台账期间",
  needs: ["inspectedOn"],
  check: (f, ctx) => {
    const p = ctx.period;
    if (!f.inspectedOn || !p || p.year === null) return null;
    const d = fromIso(f.inspectedOn);
    if (p.month === null)
      return d.year === p.year ? null : { params: { label: FIELD_LABELS.inspectedOn, value: f.inspectedOn, period: `${p.year}年` } };
    const start = toEpochDay({ year: p.year, month: p.month, day: 1 });
    const day = toEpochDay(d);
    const from = start - 45;
    const to = toEpochDay(fromIso(addDays(`${p.year}-${String(p.month).padStart(2, "0")}-01`, 31))) + 45;
    return day >= from && day <= to
      ? null
      : { params: { label: FIELD_LABELS.inspectedOn, value: f.inspectedOn, period: `${p.year}年${p.month}月` } };
  },
};
