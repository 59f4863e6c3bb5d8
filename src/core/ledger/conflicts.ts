import { z } from "zod";
import { FIELD_LABELS } from "../model/finding";
import { displayValue } from "./editNotes";
import { conflictFields, TrackedFieldSchema, type LedgerRecord } from "./ledgerRecord";

/** A conflict as the CLI prints it and the pane lists it: the office's value against a report's. */
export const ConflictItemSchema = z.object({
  id: z.string(),
  field: TrackedFieldSchema,
  office: z.string().nullable(),
  incoming: z.string().nullable(),
  file: z.string(),
});
export type ConflictItem = z.infer<typeof ConflictItemSchema>;

export function pendingConflicts(records: readonly LedgerRecord[]): ConflictItem[] {
  const out: ConflictItem[] = [];
  for (const r of records)
    for (const field of conflictFields(r)) {
      const c = r.state!.conflicts[field]!;
      out.push({ id: r.id, field, office: r[field] ?? null, incoming: c.incoming, file: c.file });
    }
  return out;
}

/** The words a clerk reads for a conflict: 整改情况：本表“整改中”，回复.xlsx 报“已整改”. */
export function conflictText(c: ConflictItem): { field: string; office: string; incoming: string } {
  return { field: FIELD_LABELS[c.field], office: displayValue(c.field, c.office), incoming: displayValue(c.field, c.incoming) };
}
