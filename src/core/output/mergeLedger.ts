import { ContentIndex, descriptionSimilarity, matchKey } from "../consolidate/contentMatch";
import type { LedgerEvent, ReportOrigin } from "../ledger/ledgerEvents";
import { recordFromFinding, TRACKED_FIELDS, type LedgerRecord } from "../ledger/ledgerRecord";
import { copyRecord, mergeField } from "../ledger/mergeField";
import type { Finding } from "../model/finding";

/** Where a rerun's rows come from: this workbook's file name and the sheets it just structured. */
export interface ImportScope {
  file: string;
  sheets: ReadonlySet<string>;
  /** "YYYY-MM-DD HH:mm" of this run. */
  at: string;
  /** 报送单位 of this workbook, when known. */
  reportedBy?: string | null;
}

export interface LedgerMerge {
  records: LedgerRecord[];
  /** For 更新记录: what changed, what the office had edited, what conflicts. */
  events: LedgerEvent[];
  counts: { added: number; updated: number; unchanged: number; removed: number; conflicts: number };
}

/** A row still at the same place in its sheet is the same record if it still speaks of much the same thing. */
function stillTheSame(a: Finding, b: Finding): boolean {
  if (a.unit && a.unit === b.unit) return true;
  return descriptionSimilarity(matchKey(a.description), matchKey(b.description)) >= 0.5;
}

/**
 * A rerun of structuring over 标准台账 as it is now. Rows that came from this workbook are matched
 * to the incoming rows by 编号, then by their place in the source sheet, then by content (a source
 * that corrected a description changes the content-derived 编号; the record keeps its old 编号).
 * Each field is merged with mergeField: what the office edited in 标准台账 is kept and marked,
 * and a source that changes such a field raises a conflict instead of overwriting it. Rows from
 * other files are kept as they are; rows whose source row is gone are dropped (and logged).
 */
export function mergeLedger(existing: readonly LedgerRecord[], incoming: readonly Finding[], scope: ImportScope): LedgerMerge {
  const isLocal = (f: Finding): boolean => f.source.file === scope.file || (f.source.sheet !== null && scope.sheets.has(f.source.sheet));
  const kept = existing.filter((f) => !isLocal(f));
  const local = existing.filter(isLocal);
  const byId = new Map(local.map((f) => [f.id, f]));
  const byPlace = new Map(local.map((f) => [`${f.source.sheet ?? ""}\u0001${f.source.row}`, f]));
  const taken = new Set<LedgerRecord>();
  const incomingIds = new Set(incoming.map((f) => f.id));
  const firstRun = existing.length === 0;
  const events: LedgerEvent[] = [];
  const counts = { added: 0, updated: 0, unchanged: 0, removed: 0, conflicts: 0 };

  const matchOf: Array<LedgerRecord | null> = incoming.map((f) => {
    const hit = byId.get(f.id);
    if (hit && !taken.has(hit)) {
      taken.add(hit);
      return hit;
    }
    return null;
  });
  incoming.forEach((f, i) => {
    if (matchOf[i]) return;
    const hit = byPlace.get(`${f.source.sheet ?? ""}\u0001${f.source.row}`);
    if (hit && !taken.has(hit) && !incomingIds.has(hit.id) && stillTheSame(hit, f)) {
      taken.add(hit);
      matchOf[i] = hit;
    }
  });
  const rest = new ContentIndex<LedgerRecord>((r) => r);
  for (const r of local) if (!taken.has(r)) rest.add(r);
  incoming.forEach((f, i) => {
    if (matchOf[i]) return;
    const hit = rest.find(f, (r) => !taken.has(r));
    if (hit) {
      taken.add(hit);
      matchOf[i] = hit;
    }
  });

  const merged = incoming.map((f, i) => {
    const old = matchOf[i];
    const origin: ReportOrigin = {
      file: f.source.file,
      sheet: f.source.sheet,
      row: f.source.row,
      unit: scope.reportedBy ?? null,
      at: scope.at,
    };
    if (!old) {
      counts.added += 1;
      const r = recordFromFinding(f, { reportedBy: scope.reportedBy ?? null, updatedAt: scope.at });
      if (!firstRun) events.push({ ...origin, id: r.id, kind: "added", field: null, from: null, to: f.description, unit: origin.unit });
      return r;
    }
    const r = copyRecord(old);
    r.source = { ...f.source };
    if (!r.noticeNo && f.noticeNo) r.noticeNo = f.noticeNo;
    let changed = false;
    let conflicted = false;
    for (const field of TRACKED_FIELDS) {
      const outcome = mergeField(r, field, f[field] ?? null, origin, events);
      if (outcome === "updated") changed = true;
      if (outcome === "conflict") conflicted = true;
    }
    if (changed) {
      r.updatedAt = scope.at;
      counts.updated += 1;
    } else counts.unchanged += 1;
    if (conflicted) counts.conflicts += 1;
    r.reportedBy ??= scope.reportedBy ?? null;
    r.updatedAt ??= scope.at;
    return r;
  });

  for (const r of local) {
    if (taken.has(r)) continue;
    counts.removed += 1;
    events.push({
      at: scope.at,
      id: r.id,
      kind: "removed",
      field: null,
      from: r.description,
      to: null,
      file: r.source.file,
      sheet: r.source.sheet,
      row: r.source.row,
      unit: r.reportedBy,
    });
  }
  return { records: [...kept, ...merged], events, counts };
}
