import { parseReceived, RECEIVED_SHEET } from "../core/consolidate/receivedLog";
import {
  monthPeriod,
  reminderText,
  submissionStatus,
  submissionsSheetPlan,
  type SubmissionPeriod,
  type UnitSubmission,
} from "../core/consolidate/submissions";
import { sheetNamed } from "../core/model/grid";
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
  // The units a batch went to, and its reply date, are in 交办记录 when it was sent from this workbook.
  const sent = (sheetNamed(workbook, BATCHES_SHEET)?.values.slice(1) ?? []).filter((r) => cellText(r[0] ?? null) === options.batch);
  const period: SubmissionPeriod = options.batch
    ? {
        kind: "batch",
        batch: options.batch,
        deadline: cellText(sent[0]?.[2] ?? null),
        units: sent.flatMap((r) => (cellText(r[3] ?? null) ? [cellText(r[3] ?? null)!] : [])),
      }
    : monthPeriod(options.month ?? today.slice(0, 7), settings);
  const batchUnits = period.kind === "batch" ? period.units : [];
  const expected =
    batchUnits.length > 0
      ? batchUnits.map(
          (name) => registry.find((u) => u.name === name) ?? { name, aliases: [], type: null, street: null, contact: null, phone: null },
        )
      : registry.length > 0
        ? registry
        : [...new Set(ledger.map((r) => r.reportedBy).filter((u): u is string => !!u))].map((name) => ({
            name,
            aliases: [],
            type: null,
            street: null,
            contact: null,
            phone: null,
          }));
  const submissions = submissionStatus(log, expected, period, ledger);
  if (options.write !== false) await host.writeSheet(submissionsSheetPlan(submissions, period));
  return { period, submissions, reminder: reminderText(submissions, period, today), batches };
}
