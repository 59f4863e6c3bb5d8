import type { LedgerEvent, ReportOrigin } from "./ledgerEvents";
import { baseHash, canonical, fieldHash, valueOf, withBaseHash, type LedgerRecord, type TrackedField } from "./ledgerRecord";

/**
 * What one incoming value did to a record's field:
 * - unchanged: the ledger already says the same;
 * - updated: the office had not touched the field, so the report's value was taken;
 * - kept: the office edited the field and the source still says what it said: the edit stays;
 * - conflict: the office edited the field and the source now says something else: the user decides.
 */
export type FieldOutcome = "unchanged" | "updated" | "kept" | "conflict";

function event(
  r: LedgerRecord,
  origin: ReportOrigin,
  kind: LedgerEvent["kind"],
  field: TrackedField,
  from: string | null,
  to: string | null,
): LedgerEvent {
  return { at: origin.at, id: r.id, kind, field, from, to, file: origin.file, sheet: origin.sheet, row: origin.row, unit: origin.unit };
}

/**
 * Merges one field of an incoming report into a record (mutated in place: it is the caller's copy),
 * pushing what happened to `events`. An office edit is never overwritten: when the source changes
 * a field the office changed too, both values are kept and the conflict waits for the user.
 */
export function mergeField(
  r: LedgerRecord,
  field: TrackedField,
  incoming: string | null,
  origin: ReportOrigin,
  events: LedgerEvent[],
): FieldOutcome {
  const state = (r.state ??= { base: "", source: {}, conflicts: {} });
  // Values are compared folded (canonical) and kept and logged as written.
  const raw = r[field] ?? null;
  const L = valueOf(r, field);
  const S = canonical(incoming);
  const hS = fieldHash(S);
  const pending = state.conflicts[field];
  if (L === S) {
    // Both sides agree (also when the user typed the reported value to settle a conflict).
    delete state.conflicts[field];
    delete state.source[field];
    state.base = withBaseHash(state.base, field, hS);
    return "unchanged";
  }
  if (pending) {
    if (canonical(pending.incoming) !== S) {
      state.conflicts[field] = { incoming, file: origin.file, at: origin.at };
      events.push(event(r, origin, "conflict", field, raw, incoming));
    }
    return "conflict";
  }
  const B = baseHash(state, field);
  // Untouched since the source last said it — or never filled in here, so taking the source's loses nothing.
  if ((B !== null && B === fieldHash(L)) || (B === null && L === null)) {
    (r as Record<TrackedField, string | null>)[field] = incoming;
    delete state.source[field];
    state.base = withBaseHash(state.base, field, hS);
    events.push(event(r, origin, "updated", field, raw, incoming));
    return "updated";
  }
  if (B !== null && B === hS) {
    const known = state.source[field];
    if (known === undefined || canonical(known) !== S) {
      state.source[field] = incoming;
      events.push(event(r, origin, "officeEdit", field, incoming, raw));
    }
    return "kept";
  }
  // The office's value differs from what the source last said and the source says something new
  // (or nothing is known of what it said before): only the user can tell which is right.
  if (B === null) state.base = withBaseHash(state.base, field, fieldHash(L));
  state.conflicts[field] = { incoming, file: origin.file, at: origin.at };
  events.push(event(r, origin, "conflict", field, raw, incoming));
  return "conflict";
}

export type ConflictChoice = "keep" | "take";

/**
 * The user's decision on a conflict: keep the office's value (the reported one is remembered as the
 * source's, so the field stays marked as edited) or take the reported value. Either way both values
 * stay in 更新记录.
 */
export function resolveConflict(r: LedgerRecord, field: TrackedField, choice: ConflictChoice, at: string): LedgerEvent | null {
  const pending = r.state?.conflicts[field];
  if (!r.state || !pending) return null;
  const state = r.state;
  const L = r[field] ?? null;
  delete state.conflicts[field];
  state.base = withBaseHash(state.base, field, fieldHash(canonical(pending.incoming)));
  const origin: ReportOrigin = { file: pending.file, sheet: null, row: null, unit: null, at };
  if (choice === "keep") {
    if (canonical(pending.incoming) === canonical(L)) delete state.source[field];
    else state.source[field] = pending.incoming;
    return event(r, origin, "kept", field, pending.incoming, L);
  }
  (r as Record<TrackedField, string | null>)[field] = pending.incoming;
  delete state.source[field];
  return event(r, origin, "taken", field, L, pending.incoming);
}

/** A deep enough copy of a record to merge into without touching the original. */
export function copyRecord(r: LedgerRecord): LedgerRecord {
  return {
    ...r,
    source: { ...r.source },
    state: r.state ? { base: r.state.base, source: { ...r.state.source }, conflicts: { ...r.state.conflicts } } : null,
  };
}
