import { parseReceived, RECEIVED_SHEET } from "../core/consolidate/receivedLog";
import type { FormBatch } from "../core/consolidate/readReplyForm";
import type { LedgerRecord } from "../core/ledger/ledgerRecord";
import type { UnitEntry } from "../core/registry/unitRegistry";
import {
  batchPeriod,
  monthPeriod,
  reminderText,
  submissionStatus,
  submissionsSheetPlan,
  type SubmissionPeriod,
  type UnitSubmission,
} from "../core/consolidate/submissions";
import { sheetNamed, type WorkbookGrid } from "../core/model/grid";
import { LEDGER_SHEET } from "../core/output/ledgerSheetPlan";
import { readLedgerSheet } from "../core/output/readLedgerSheet";
import type { WorkbookHost } from "../core/port/workbookHost";
import { parseRegistry, REGISTRY_SHEET } from "../core/registry/unitRegistry";
import { parseSettings, SETTINGS_SHEET } from "../core/settings/settings";
import { cellText } from "../core/normalize/text";
import { BATCHES_SHEET } from "./distributeWorkflow";
import { todayIso } from "./today";

export interface SubmissionsRun {
  period: SubmissionPeriod;
  submissions: UnitSubmission[];
  reminder: string | null;
  /** 交办 batches the 汇总 has received replies for, newest first: the other periods one can look at. */
  batches: string[];
}

/**
 * A 交办 batch as a period: its 交办 date, reply date and units from 交办记录 when it was sent from
 * this workbook, else from what a reply's 交办信息 says of it, else from its name.
 */
export function batchPeriodIn(workbook: WorkbookGrid, batch: string, form: FormBatch | null = null): SubmissionPeriod {
  const sent = (sheetNamed(workbook, BATCHES_SHEET)?.values.slice(1) ?? []).filter((r) => cellText(r[0] ?? null) === batch);
  if (sent.length > 0)
    return batchPeriod(batch, {
      issuedOn: cellText(sent[0]![1] ?? null),
      deadline: cellText(sent[0]![2] ?? null),
      units: sent.flatMap((r) => (cellText(r[3] ?? null) ? [cellText(r[3] ?? null)!] : [])),
    });
  return batchPeriod(batch, { issuedOn: form?.issuedOn, deadline: form?.replyBy, units: form?.units });
}

/** Whom 报送情况 expects: the units a batch went to, else the 单位名录, else every unit that has reported. */
export function expectedUnits(period: SubmissionPeriod, registry: readonly UnitEntry[], ledger: readonly LedgerRecord[]): UnitEntry[] {
  const entry = (name: string): UnitEntry =>
    registry.find((u) => u.name === name) ?? { name, aliases: [], type: null, street: null, contact: null, phone: null };
  if (period.kind === "batch" && period.units.length > 0) return period.units.map(entry);
  if (registry.length > 0) return [...registry];
  return [...new Set(ledger.map((r) => r.reportedBy).filter((u): u is string => !!u))].map(entry);
}

/**
 * 报送情况 for a month (or a 交办 batch) from what the 汇总 workbook has received (报送记录), against
 * its 单位名录; written as the 报送情况 sheet unless `write` is false.
 */
export async function runSubmissions(
  host: WorkbookHost,
  options: { month?: string; batch?: string; write?: boolean; today?: string } = {},
): Promise<SubmissionsRun> {
  const workbook = await host.readWorkbook();
  const settings = parseSettings(sheetNamed(workbook, SETTINGS_SHEET));
  const registrySheet = sheetNamed(workbook, REGISTRY_SHEET);
  const registry = registrySheet ? parseRegistry(registrySheet) : [];
  const log = parseReceived(sheetNamed(workbook, RECEIVED_SHEET));
  const ledgerSheet = sheetNamed(workbook, LEDGER_SHEET);
  const ledger = ledgerSheet ? readLedgerSheet(ledgerSheet) : [];
  const today = options.today ?? todayIso();
  const batches = [...new Set(log.flatMap((e) => (e.batch ? [e.batch] : [])))].sort().reverse();
  const period = options.batch ? batchPeriodIn(workbook, options.batch) : monthPeriod(options.month ?? today.slice(0, 7), settings);
  const expected = expectedUnits(period, registry, ledger);
  const submissions = submissionStatus(log, expected, period, ledger);
  if (options.write !== false) await host.writeSheet(submissionsSheetPlan(submissions, period));
  return { period, submissions, reminder: reminderText(submissions, period, today), batches };
}
