import type { ConflictItem } from "../core/ledger/conflicts";
import { Consolidator, type Duplicate, type SourceSummary } from "../core/consolidate/consolidator";
import { reportHistory } from "../core/consolidate/reportHistory";
import { HISTORY_SHEET } from "../core/ledger/historySheet";
import { incomingReport, type IncomingReport } from "../core/consolidate/incomingReport";
import { parseReceived, RECEIVED_SHEET, receivedSheetPlan, type ReceivedEntry } from "../core/consolidate/receivedLog";
import {
  monthPeriod,
  reminderText,
  submissionStatus,
  submissionsSheetPlan,
  type SubmissionPeriod,
  type UnitSubmission,
} from "../core/consolidate/submissions";
import type { LedgerRecord } from "../core/ledger/ledgerRecord";
import { sheetNamed, type WorkbookGrid } from "../core/model/grid";
import { LEDGER_SHEET } from "../core/output/ledgerSheetPlan";
import { readLedgerSheet } from "../core/output/readLedgerSheet";
import type { WorkbookHost } from "../core/port/workbookHost";
import { parseRegistry, REGISTRY_SHEET, type UnitEntry } from "../core/registry/unitRegistry";
import { parseSettings, SETTINGS_SHEET } from "../core/settings/settings";
import type { MappingOverride } from "../core/structure/mapColumns";
import { nowStamp, writeLedger } from "./ledgerWriter";
import { batchPeriodIn, expectedUnits } from "./submissionsWorkflow";

/** A file to consolidate: its name, when it was made, and how to read it (the caller's host reads bytes). */
export interface ConsolidateInput {
  name: string;
  /** "YYYY-MM-DD HH:mm": the file's time; reports are applied oldest first, so the newer wins. */
  at: string;
  read(): Promise<WorkbookGrid>;
  /**
   * The file read and structured elsewhere (the CLI's worker threads): when given, files are started
   * ahead of their turn and merged strictly in order, so the merging never waits on one file at a time.
   */
  report?(ctx: ReportContext): Promise<IncomingReport>;
}

/** What structuring an incoming file needs from the 汇总 workbook. */
export interface ReportContext {
  at: string;
  registry: readonly UnitEntry[];
  overrides: readonly MappingOverride[];
}

/**
 * How many files are read ahead of the one being merged, when inputs are read elsewhere: enough for
 * the CLI's workers to hold two files each (one being read, the next waiting) while one is merged.
 */
const READ_AHEAD = 6;

export type FilePhase = "waiting" | "reading" | "merged" | "duplicate" | "failed";

export interface FileProgress {
  index: number;
  total: number;
  file: string;
  phase: FilePhase;
  summary?: SourceSummary;
  error?: string;
}

export interface ConsolidateOptions {
  /** Units expected to report (CLI --units); else the 汇总 workbook's 单位名录. */
  registry?: readonly UnitEntry[] | null;
  /** 报送情况 for this month (YYYY-MM); else for this 交办 batch; else for the batch the replies belong to; else this month. */
  month?: string | null;
  batch?: string | null;
  now?: string;
  write?: boolean;
  onProgress?: (p: FileProgress) => void;
  isCancelled?: () => boolean;
}

export interface ConsolidateRun {
  /** Records in 标准台账 afterwards. */
  records: number;
  sources: SourceSummary[];
  duplicates: Duplicate[];
  conflicts: ConflictItem[];
  missingUnits: string[];
  failed: Array<{ file: string; message: string }>;
  period: SubmissionPeriod;
  submissions: UnitSubmission[];
  reminder: string | null;
  cancelled: boolean;
  ledger: LedgerRecord[];
}

/**
 * Lets the pane repaint and take a click on 取消 between files — at most every 50 ms: a timer costs a
 * millisecond or more, which is a tenth of the time when there are hundreds of small files.
 */
function pauser(): () => Promise<void> {
  let last = -Infinity;
  return async () => {
    if (Date.now() - last < 50) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    last = Date.now();
  };
}

function periodFor(
  options: ConsolidateOptions,
  workbook: WorkbookGrid,
  reports: readonly IncomingReport[],
  settings: ReturnType<typeof parseSettings>,
  now: string,
): SubmissionPeriod {
  if (options.month) return monthPeriod(options.month, settings);
  const forms = [...reports].reverse().flatMap((r) => (r.batch ? [r.batch] : []));
  if (options.batch) return batchPeriodIn(workbook, options.batch, forms.find((b) => b.batch === options.batch) ?? null);
  if (forms[0]) return batchPeriodIn(workbook, forms[0].batch, forms[0]);
  return monthPeriod(now.slice(0, 7), settings);
}

/**
 * 汇总: merges many files into the 汇总 workbook's 标准台账, one file at a time (memory follows the
 * largest file), and writes 标准台账, 更新记录, 报送记录 and 报送情况. A file that cannot be read is
 * reported and skipped; cancelling stops before anything is written.
 */
export async function runConsolidate(
  target: WorkbookHost,
  inputs: readonly ConsolidateInput[],
  options: ConsolidateOptions = {},
): Promise<ConsolidateRun> {
  const now = options.now ?? nowStamp();
  const workbook = await target.readWorkbook();
  const settings = parseSettings(sheetNamed(workbook, SETTINGS_SHEET));
  const registrySheet = sheetNamed(workbook, REGISTRY_SHEET);
  const registry = options.registry ?? (registrySheet ? parseRegistry(registrySheet) : []);
  const ledgerSheet = sheetNamed(workbook, LEDGER_SHEET);
  const log = parseReceived(sheetNamed(workbook, RECEIVED_SHEET));
  const merged = log.filter((e) => e.status === "merged");
  const received = new Map(merged.flatMap((e) => (e.fingerprint ? [[e.fingerprint, e.file] as const] : [])));
  const consolidator = new Consolidator(ledgerSheet ? readLedgerSheet(ledgerSheet) : [], {
    received,
    history: reportHistory(sheetNamed(workbook, HISTORY_SHEET), new Set(received.values())),
    fileTimes: new Map(merged.map((e) => [e.file, e.reportedAt ?? e.receivedAt])),
  });

  const ordered = [...inputs].sort((a, b) => a.at.localeCompare(b.at) || a.name.localeCompare(b.name));
  const total = ordered.length;
  ordered.forEach((input, index) => options.onProgress?.({ index, total, file: input.name, phase: "waiting" }));
  const sources: SourceSummary[] = [];
  const failed: ConsolidateRun["failed"] = [];
  const reports: IncomingReport[] = [];
  const entries: ReceivedEntry[] = [];
  let cancelled = false;
  const pause = pauser();
  const reportOf = (input: ConsolidateInput): Promise<IncomingReport> => {
    const ctx: ReportContext = { at: input.at, registry, overrides: settings.mappings };
    return input.report ? input.report(ctx) : input.read().then((grid) => incomingReport(grid, ctx));
  };
  const ahead = new Map<number, Promise<IncomingReport>>();
  const startAhead = (from: number): void => {
    for (let i = from; i < Math.min(ordered.length, from + READ_AHEAD); i++) {
      if (ahead.has(i) || !ordered[i]!.report) continue;
      const started = reportOf(ordered[i]!);
      started.catch(() => undefined); // awaited in its turn; not an unhandled rejection meanwhile
      ahead.set(i, started);
    }
  };
  for (const [index, input] of ordered.entries()) {
    await pause();
    if (options.isCancelled?.()) {
      cancelled = true;
      break;
    }
    options.onProgress?.({ index, total, file: input.name, phase: "reading" });
    let report: IncomingReport;
    try {
      startAhead(index);
      const started = ahead.get(index);
      ahead.delete(index);
      report = await (started ?? reportOf(input));
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      failed.push({ file: input.name, message });
      entries.push({
        receivedAt: now,
        reportedAt: input.at,
        file: input.name,
        unit: null,
        batch: null,
        rows: 0,
        new: 0,
        updated: 0,
        unchanged: 0,
        skipped: 0,
        problems: 0,
        status: "unreadable",
        fingerprint: null,
        note: message,
      });
      options.onProgress?.({ index, total, file: input.name, phase: "failed", error: message });
      continue;
    }
    const duplicate = consolidator.duplicateOf(report) !== null;
    const summary = consolidator.apply(report);
    // Only what 报送情况 needs stays alive: the rows themselves are dropped with the report.
    reports.push({ ...report, rows: [], problems: [] });
    sources.push(summary);
    entries.push({
      receivedAt: now,
      reportedAt: input.at,
      file: input.name,
      unit: report.unit,
      batch: report.batch?.batch ?? null,
      rows: summary.rows,
      new: summary.new,
      updated: summary.updated,
      unchanged: summary.unchanged,
      skipped: summary.skipped,
      problems: summary.problems,
      status: duplicate ? "duplicate" : "merged",
      fingerprint: report.fingerprint,
      note: duplicate ? `与“${consolidator.duplicateOf(report)}”内容相同` : null,
    });
    options.onProgress?.({ index, total, file: input.name, phase: duplicate ? "duplicate" : "merged", summary });
  }

  const period = periodFor(options, workbook, reports, settings, now);
  const expected = expectedUnits(period, registry, consolidator.records);
  const allEntries = [...log, ...entries];
  const submissions = submissionStatus(allEntries, expected, period, consolidator.records);
  if (!cancelled && options.write !== false) {
    await writeLedger(target, consolidator.records, consolidator.events, {
      registrySize: registrySheet ? parseRegistry(registrySheet).length : 0,
    });
    await target.writeSheet(receivedSheetPlan(allEntries));
    await target.writeSheet(submissionsSheetPlan(submissions, period));
  }
  return {
    records: consolidator.records.length,
    sources,
    duplicates: consolidator.duplicates,
    conflicts: consolidator.conflicts,
    missingUnits: submissions.filter((s) => s.status === "missing").map((s) => s.unit),
    failed,
    period,
    submissions,
    reminder: reminderText(submissions, period, now.slice(0, 10)),
    cancelled,
    ledger: consolidator.records,
  };
}
