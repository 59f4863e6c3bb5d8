import { DEADLINE_LABELS, FIELD_LABELS, STATUS_LABELS, type Status } from "../model/finding";
import { conflictFields, editedFields, type Canonical, type LedgerRow, type TrackedField } from "./ledgerRecord";

/** A canonical value in the words 标准台账 shows: 已整改 rather than rectified, 立行立改 rather than immediate. */
export function displayValue(field: TrackedField, value: Canonical): string {
  if (value === null) return "（空）";
  if (field === "status") return STATUS_LABELS[value as Status] ?? value;
  if (field === "deadline" && (value === "immediate" || value === "longTerm")) return DEADLINE_LABELS[value];
  return value;
}

/**
 * 修改说明: what the office changed and what the source says, in one line a clerk can read and
 * filter on. Empty when the record is exactly what its sources say.
 */
export function editNote(r: LedgerRow): string | null {
  const parts: string[] = [];
  const conflicts = new Set(conflictFields(r));
  for (const field of conflicts) {
    const c = r.state!.conflicts[field]!;
    parts.push(
      `${FIELD_LABELS[field]}待确认：本表为“${displayValue(field, r[field] ?? null)}”，${c.file}报为“${displayValue(field, c.incoming)}”`,
    );
  }
  for (const field of editedFields(r)) {
    if (conflicts.has(field)) continue;
    const source = r.state!.source[field];
    parts.push(
      source === undefined
        ? `${FIELD_LABELS[field]}已在本表修改`
        : `${FIELD_LABELS[field]}已在本表修改（来源为“${displayValue(field, source)}”）`,
    );
  }
  return parts.length > 0 ? parts.join("；") : null;
}
