import type { Finding } from "../model/finding";

export interface NoticeSelection {
  units?: readonly string[];
  /** Inspection dates from…to (ISO, inclusive). */
  from?: string;
  to?: string;
  /** Exactly these findings (rows the user selected), by 编号. */
  ids?: readonly string[];
  /** Issue again for findings that already have a notice. */
  reissue?: boolean;
}

export type ExclusionReason = "noUnit" | "noDeadline" | "noInspectionDate";
export const EXCLUSION_LABELS: Record<ExclusionReason, string> = {
  noUnit: "缺少责任单位",
  noDeadline: "缺少整改时限（或无法识别）",
  noInspectionDate: "缺少检查日期（或无法识别）",
};

export interface NoticeCandidates {
  chosen: Finding[];
  /** The pre-check: findings that would go out wrong, left out until fixed. */
  excluded: Array<{ finding: Finding; reason: ExclusionReason }>;
  /** Open findings left out because they already have a notice (issue again with reissue). */
  alreadyIssued: Finding[];
}

// A finding with no status typed yet is treated as not rectified.
const OPEN = new Set([null, "pending", "inProgress", "relapsed"]);

/** Which findings get notices: open ones without a notice yet, narrowed by the user's selection. */
export function selectForNotices(ledger: readonly Finding[], sel: NoticeSelection = {}): NoticeCandidates {
  const ids = sel.ids ? new Set(sel.ids) : null;
  const units = sel.units?.length ? new Set(sel.units) : null;
  const out: NoticeCandidates = { chosen: [], excluded: [], alreadyIssued: [] };
  for (const f of ledger) {
    if (ids ? !ids.has(f.id) : !OPEN.has(f.status)) continue;
    if (units && (!f.unit || !units.has(f.unit))) continue;
    if (sel.from && (!f.inspectedOn || f.inspectedOn < sel.from)) continue;
    if (sel.to && (!f.inspectedOn || f.inspectedOn > sel.to)) continue;
    if (f.noticeNo && !sel.reissue) {
      out.alreadyIssued.push(f);
      continue;
    }
    const reason: ExclusionReason | null = !f.unit ? "noUnit" : !f.deadline ? "noDeadline" : !f.inspectedOn ? "noInspectionDate" : null;
    if (reason) out.excluded.push({ finding: f, reason });
    else out.chosen.push(f);
  }
  return out;
}
