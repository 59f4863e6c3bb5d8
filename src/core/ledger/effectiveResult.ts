import type { Finding, FindingField } from "../model/finding";
import type { StructureResult } from "../structure/structureWorkbook";
import { conflictFields, editedFields, type LedgerRecord, TRACKED_FIELDS } from "./ledgerRecord";

/** Where a field the office edited lives: its cell in 标准台账 (0-based ledger index, field). */
export type LedgerLocate = (f: Finding, field: FindingField) => { row: number } | null;

/** Every tracked field holds the same value (they are strings or null, so === decides). */
function sameValues(record: LedgerRecord, f: Finding): boolean {
  for (const field of TRACKED_FIELDS) if ((record[field] ?? null) !== (f[field] ?? null)) return false;
  return true;
}

const hasConflicts = (record: LedgerRecord): boolean => {
  const c = record.state?.conflicts;
  return c !== undefined && Object.keys(c).length > 0;
};

/**
 * The structured tables with each row's values as 标准台账 holds them, so validation judges what
 * the user sees: an office edit replaces the source's value, and the source's own problems in a
 * field the office corrected are dropped. `ledgerRow` tells where such a field is, so its problem
 * points at 标准台账 rather than at a source cell that no longer decides the value.
 */
export function withLedgerValues(
  result: StructureResult,
  ledger: readonly LedgerRecord[],
): { result: StructureResult; ledgerRow: LedgerLocate } {
  const place = (sheet: string | null, row: number): string => `${sheet ?? ""}\u0001${row}`;
  const byPlace = new Map<string, { record: LedgerRecord; index: number }>();
  ledger.forEach((record, index) => {
    if (result.file === record.source.file || record.source.sheet !== null)
      byPlace.set(place(record.source.sheet, record.source.row), { record, index });
  });
  const edited = new Map<Finding, { index: number; fields: Set<FindingField> }>();
  const tables = result.tables.map((t) => {
    if (t.kind !== "findings") return t;
    const dropped = new Set<string>();
    const records = t.records.map((f) => {
      const hit = byPlace.get(place(f.source.sheet, f.source.row));
      if (!hit) return f;
      // The common case, and cheap to see: the ledger holds what the source says (a fresh or untouched
      // record), so there is nothing of the ledger's own to judge; hashing every field is not needed.
      if (sameValues(hit.record, f) && !hasConflicts(hit.record)) return f;
      const fields = new Set<FindingField>([...editedFields(hit.record), ...conflictFields(hit.record)]);
      if (fields.size === 0) return f;
      edited.set(hit.record, { index: hit.index, fields });
      for (const field of fields) dropped.add(`${f.source.row}\u0001${field}`);
      return hit.record;
    });
    const problems = t.problems.filter((p) => p.row === null || !p.field || !dropped.has(`${p.row}\u0001${p.field}`));
    return { ...t, records, problems };
  });
  return {
    result: { ...result, tables },
    ledgerRow: (f, field) => {
      const e = edited.get(f);
      return e && e.fields.has(field) ? { row: e.index } : null;
    },
  };
}
