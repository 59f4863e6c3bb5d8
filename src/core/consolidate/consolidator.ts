import { z } from "zod";
import type { ConflictItem } from "../ledger/conflicts";
import type { LedgerEvent, ReportOrigin } from "../ledger/ledgerEvents";
import { canonical, recordFromFinding, valueOf, type LedgerRecord, type TrackedField } from "../ledger/ledgerRecord";
import { mergeField } from "../ledger/mergeField";
import { SourceRefSchema, type SourceRef } from "../model/finding";
import { stableHash } from "../structure/findingId";
import { ContentIndex } from "./contentMatch";
import { NO_HISTORY, type ReportHistory } from "./reportHistory";
import type { IncomingReport } from "./incomingReport";

/** What a report may change in a record it matched: the state of the rectification, never the finding itself. */
export const UPDATE_FIELDS: readonly TrackedField[] = ["status", "rectifiedOn", "measure", "owner", "phone"];

export const SourceSummarySchema = z.object({
  file: z.string(),
  unit: z.string().nullable(),
  rows: z.number().int(),
  new: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Rows that changed nothing because they repeat a row already consolidated (see duplicates). */
  skipped: z.number().int(),
  problems: z.number().int(),
});
export type SourceSummary = z.infer<typeof SourceSummarySchema>;

export const DuplicateSchema = z.object({ kept: SourceRefSchema, dropped: SourceRefSchema });
export type Duplicate = z.infer<typeof DuplicateSchema>;

/**
 * Consolidation of reports into one ledger, one report at a time (reports are fed oldest first, so
 * the newer report wins). A row carrying the office's 编号 updates that record; any other row is
 * matched by content; unmatched rows are appended. A row repeating one already consolidated in this
 * run from another file, or a whole file received before (same content in any format), changes
 * nothing and is listed as a duplicate. Fields go through mergeField, so office edits are never
 * overwritten silently.
 */
export class Consolidator {
  readonly records: LedgerRecord[];
  readonly events: LedgerEvent[] = [];
  readonly duplicates: Duplicate[] = [];
  readonly conflicts: ConflictItem[] = [];
  /** Records by 编号 and by content share one slot per record, which also carries what this run saw of it. */
  private readonly byId = new Map<string, Slot>();
  private readonly index = new ContentIndex<Slot>((s) => s.record);
  private readonly logAdds: boolean;
  private reportsApplied = 0;

  private readonly received: Map<string, string>;
  private readonly history: ReportHistory;
  private readonly fileTimes: ReadonlyMap<string, string>;

  constructor(
    existing: readonly LedgerRecord[],
    before: {
      /** Content fingerprints of files received before, with their file names. */
      received?: Map<string, string>;
      /** What earlier runs' reports did (更新记录). */
      history?: ReportHistory;
      /** When each file received before was made (报送记录), for the records it created. */
      fileTimes?: ReadonlyMap<string, string>;
    } = {},
  ) {
    this.received = before.received ?? new Map();
    this.history = before.history ?? NO_HISTORY;
    this.fileTimes = before.fileTimes ?? new Map();
    this.records = [...existing];
    this.logAdds = existing.length > 0;
    for (const record of this.records) {
      const slot: Slot = { record, seen: null, createdAt: null, times: null, taken: 0 };
      this.byId.set(record.id, slot);
      this.index.add(slot);
    }
  }

  /** The file a report repeats (same content received before, in this run or earlier), if any. */
  duplicateOf(report: IncomingReport): string | null {
    // A file without finding rows (a score sheet, a registry) repeats nothing.
    return report.rows.length === 0 ? null : (this.received.get(report.fingerprint) ?? null);
  }

  /**
   * Where the row a duplicate repeats was kept: in this run, the row first consolidated; from an
   * earlier run, the earlier file's row that created or changed the record (its 来源, or 更新记录);
   * failing both, the same place in the earlier file, which has the same content.
   */
  private keptRow(record: LedgerRecord | undefined, first: SourceRef | undefined, earlierFile: string | null, here: SourceRef): SourceRef {
    if (first) return { ...first };
    const file = earlierFile ?? here.file;
    if (record && record.source.file === file) return { ...record.source };
    const logged = record ? this.history.rowOf(record.id, file) : null;
    return logged ? { ...logged } : { ...here, file };
  }

  apply(report: IncomingReport): SourceSummary {
    const summary: SourceSummary = {
      file: report.file,
      unit: report.unit,
      rows: report.rows.length,
      new: 0,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      problems: report.problems.filter((p) => p.severity === "error").length,
    };
    const earlierFile = this.duplicateOf(report);
    // A record takes one row per file: slots taken by this report carry its number (no set per file).
    const turn = ++this.reportsApplied;
    const free = (s: Slot): boolean => s.taken !== turn;
    for (const row of report.rows) {
      const f = row.finding;
      let slot = row.id ? this.byId.get(row.id) : undefined;
      if (slot && slot.taken === turn) slot = undefined;
      slot ??= this.index.find(f, free, row.match) ?? undefined;
      const first = slot ? seenAt(slot, row.key) : undefined;
      if (earlierFile !== null || (first && first.file !== report.file)) {
        summary.skipped += 1;
        this.duplicates.push({ kept: this.keptRow(slot?.record, first, earlierFile, f.source), dropped: { ...f.source } });
        continue;
      }
      if (!slot) {
        let id = row.id ?? f.id;
        if (this.byId.has(id)) id = `CW-${stableHash(`${report.file}\u0001${id}`)}`;
        const record = recordFromFinding(f, { reportedBy: report.unit, updatedAt: report.at }, row.key);
        record.id = id;
        const created: Slot = { record, seen: { key: row.key, at: f.source }, createdAt: report.at, times: null, taken: turn };
        this.records.push(record);
        this.byId.set(id, created);
        this.index.add(created, row.match);
        summary.new += 1;
        if (this.logAdds) this.events.push({ ...originOf(f, report), id, kind: "added", field: null, from: null, to: f.description });
        continue;
      }
      slot.taken = turn;
      const origin = originOf(f, report);
      if (!first)
        slot.seen = slot.seen
          ? [...(Array.isArray(slot.seen) ? slot.seen : [slot.seen]), { key: row.key, at: f.source }]
          : { key: row.key, at: f.source };
      const record = slot.record;
      const outcome = this.merge(slot, f, origin);
      if (outcome === "updated") {
        record.updatedAt = report.at;
        if (report.unit) record.reportedBy = report.unit;
      }
      // A row whose only effect is a conflict changed the record too (its 修改说明 now asks for a decision).
      if (outcome === "unchanged") summary.unchanged += 1;
      else summary.updated += 1;
    }
    if (earlierFile === null && report.rows.length > 0) this.received.set(report.fingerprint, report.file);
    return summary;
  }

  /**
   * When the value a record holds in a field was reported: by a report of this run, else by the one
   * that created the record, else as 更新记录 and 报送记录 tell; null when no report set it (the
   * office's own ledger, which any report may update).
   */
  private reportedAt(slot: Slot, field: TrackedField): string | null {
    const r = slot.record;
    return slot.times?.[field] ?? slot.createdAt ?? this.history.reportedAt(r.id, field) ?? this.fileTimes.get(r.source.file) ?? null;
  }

  /**
   * The row's values into its record. A value older than the one the record holds (reported later,
   * field by field, or the report a pending conflict came from) changes nothing: what it says
   * differently goes to 更新记录 as 较早报送. While 整改情况 is in conflict, the same row's 完成时间 waits with it (暂缓;
   * taking the reported 整改情况 takes it too), so the record never reads 整改中 with a completion date.
   */
  private merge(slot: Slot, f: IncomingReport["rows"][number]["finding"], origin: ReportOrigin): "updated" | "conflict" | "unchanged" {
    let changed = false;
    let conflicted = false;
    let statusInConflict = false;
    let statusOlder = false;
    const record = slot.record;
    for (const field of UPDATE_FIELDS) {
      const value = f[field] ?? null;
      if (value === null) continue;
      const asOf = laterOf(this.reportedAt(slot, field), record.state?.conflicts[field]?.at ?? null);
      const differs = canonical(value) !== valueOf(record, field);
      // 完成时间 goes with 整改情况: an older report's completion never lands next to a newer status.
      if ((asOf !== null && origin.at < asOf) || (field === "rectifiedOn" && statusOlder)) {
        if (field === "status") statusOlder = true;
        if (differs) this.events.push(fieldEvent(record, origin, "older", field, value));
        continue;
      }
      if (field === "rectifiedOn" && statusInConflict) {
        if (differs) this.events.push(fieldEvent(record, origin, "held", field, value));
        continue;
      }
      const before = this.events.length;
      const outcome = mergeField(record, field, value, origin, this.events);
      if (outcome === "updated") {
        changed = true;
        (slot.times ??= {})[field] = origin.at;
      }
      if (outcome === "conflict") {
        if (field === "status") statusInConflict = true;
        if (this.events.length > before) conflicted = true;
      }
      for (let i = before; i < this.events.length; i++)
        if (this.events[i]!.kind === "conflict")
          this.conflicts.push({ id: record.id, field, office: record[field] ?? null, incoming: this.events[i]!.to, file: origin.file });
    }
    return changed ? "updated" : conflicted ? "conflict" : "unchanged";
  }
}

/**
 * A record as the consolidator holds it, with the row contents (fingerprints) this run consolidated
 * into it and where each first came from: one entry nearly always, so no array until a second.
 */
interface Slot {
  record: LedgerRecord;
  seen: Seen | Seen[] | null;
  /** When a report of this run created the record. */
  createdAt: string | null;
  /** When a report of this run last updated each field. */
  times: Partial<Record<TrackedField, string>> | null;
  /** The number of the last report a row of which went into this record (see apply). */
  taken: number;
}
interface Seen {
  key: string;
  at: SourceRef;
}

function seenAt(slot: Slot, key: string): SourceRef | undefined {
  const s = slot.seen;
  if (s === null) return undefined;
  if (!Array.isArray(s)) return s.key === key ? s.at : undefined;
  return s.find((x) => x.key === key)?.at;
}

const originOf = (f: IncomingReport["rows"][number]["finding"], report: IncomingReport): ReportOrigin => ({
  file: f.source.file,
  sheet: f.source.sheet,
  row: f.source.row,
  unit: report.unit,
  at: report.at,
});

const laterOf = (a: string | null, b: string | null): string | null => (a === null ? b : b === null || a >= b ? a : b);

function fieldEvent(record: LedgerRecord, origin: ReportOrigin, kind: LedgerEvent["kind"], field: TrackedField, to: string): LedgerEvent {
  const { file, sheet, row, unit, at } = origin;
  return { at, id: record.id, kind, field, from: record[field] ?? null, to, file, sheet, row, unit };
}
