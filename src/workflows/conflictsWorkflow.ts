import { pendingConflicts, type ConflictItem } from "../core/ledger/conflicts";
import type { LedgerEvent } from "../core/ledger/ledgerEvents";
import { copyRecord, resolveConflict, type ConflictChoice } from "../core/ledger/mergeField";
import type { TrackedField } from "../core/ledger/ledgerRecord";
import { LEDGER_SHEET } from "../core/output/ledgerSheetPlan";
import { readLedgerSheet } from "../core/output/readLedgerSheet";
import type { WorkbookHost } from "../core/port/workbookHost";
import { parseRegistry, REGISTRY_SHEET } from "../core/registry/unitRegistry";
import { nowStamp, writeLedger } from "./ledgerWriter";

/** The conflicts 标准台账 holds now (reports that disagree with the office's edits). */
export async function listConflicts(host: WorkbookHost): Promise<ConflictItem[]> {
  const sheet = await host.readSheet(LEDGER_SHEET);
  return sheet ? pendingConflicts(readLedgerSheet(sheet)) : [];
}

export interface ConflictDecision {
  id: string;
  field: TrackedField;
  choice: ConflictChoice;
}

/**
 * 保留 / 采用: applies the user's decisions, rewrites 标准台账 and logs each decision (with both
 * values) in 更新记录. Returns the conflicts still waiting.
 */
export async function resolveConflicts(
  host: WorkbookHost,
  decisions: readonly ConflictDecision[],
  now = nowStamp(),
): Promise<ConflictItem[]> {
  const sheet = await host.readSheet(LEDGER_SHEET);
  if (!sheet) return [];
  const byId = new Map(decisions.map((d) => [`${d.id}\u0001${d.field}`, d.choice]));
  const events: LedgerEvent[] = [];
  const records = readLedgerSheet(sheet).map((old) => {
    if (!old.state || Object.keys(old.state.conflicts).length === 0) return old;
    const r = copyRecord(old);
    for (const field of Object.keys(old.state.conflicts) as TrackedField[]) {
      const choice = byId.get(`${r.id}\u0001${field}`);
      const e = choice ? resolveConflict(r, field, choice, now) : null;
      if (e) events.push(e);
    }
    return r;
  });
  const registry = await host.readSheet(REGISTRY_SHEET);
  await writeLedger(host, records, events, { registrySize: registry ? parseRegistry(registry).length : 0 });
  return pendingConflicts(records);
}
