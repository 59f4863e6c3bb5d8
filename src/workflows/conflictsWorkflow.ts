import { pendingConflicts, type ConflictItem } from "../core/ledger/conflicts";
import { historyOf, HISTORY_SHEET } from "../core/ledger/historySheet";
import { EVENT_LABELS, type LedgerEvent } from "../core/ledger/ledgerEvents";
import { copyRecord, mergeField, resolveConflict, type ConflictChoice } from "../core/ledger/mergeField";
import type { LedgerRecord, TrackedField } from "../core/ledger/ledgerRecord";
import { FIELD_LABELS } from "../core/model/finding";
import type { SheetGrid } from "../core/model/grid";
import { LEDGER_SHEET } from "../core/output/ledgerSheetPlan";
import { readLedgerSheet } from "../core/output/readLedgerSheet";
import type { WorkbookHost } from "../core/port/workbookHost";
import { parseRegistry, REGISTRY_SHEET } from "../core/registry/unitRegistry";
import { nowStamp, writeLedger } from "./ledgerWriter";

/**
 * Taking a reported 整改情况 takes the 完成时间 the same report gave with it, which consolidation held
 * back while the status was in conflict (更新记录 says 随冲突暂缓). It goes through mergeField, so a
 * completion date the office typed meanwhile is not overwritten.
 */
function takeHeldCompletion(r: LedgerRecord, history: SheetGrid | null, file: string, now: string, events: LedgerEvent[]): void {
  const held = historyOf(history, r.id)
    .filter((h) => h.event === EVENT_LABELS.held && h.field === FIELD_LABELS.rectifiedOn && h.file === file)
    .at(-1);
  if (!held?.to) return;
  mergeField(r, "rectifiedOn", held.to, { file, sheet: null, row: null, unit: held.unit, at: now }, events);
}

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
  const history = decisions.some((d) => d.field === "status" && d.choice === "take") ? await host.readSheet(HISTORY_SHEET) : null;
  const records = readLedgerSheet(sheet).map((old) => {
    if (!old.state || Object.keys(old.state.conflicts).length === 0) return old;
    const r = copyRecord(old);
    for (const field of Object.keys(old.state.conflicts) as TrackedField[]) {
      const choice = byId.get(`${r.id}\u0001${field}`);
      const file = r.state!.conflicts[field]?.file ?? null;
      const e = choice ? resolveConflict(r, field, choice, now) : null;
      if (e) events.push(e);
      if (e && field === "status" && choice === "take" && file) takeHeldCompletion(r, history, file, now, events);
    }
    return r;
  });
  const registry = await host.readSheet(REGISTRY_SHEET);
  await writeLedger(host, records, events, { registrySize: registry ? parseRegistry(registry).length : 0 });
  return pendingConflicts(records);
}
