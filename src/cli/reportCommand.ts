import { basename } from "node:path";
import { FileHost } from "../hosts/file/fileHost";
import { ledgerOf, runReport } from "../workflows/reportWorkflow";
import { UsageError } from "./cliErrors";
import { openFileHost, writeOutput } from "./fileArgs";

export interface ReportCliOptions {
  month: string;
  asOf?: string;
  out?: string;
  json?: boolean;
}

const FIGURE_KEYS = [
  "found",
  "rectified",
  "inProgress",
  "pending",
  "relapsed",
  "closedInMonth",
  "overdue",
  "rectificationRate",
  "onTimeRate",
] as const;

function pick<T extends Record<string, unknown>>(o: T): Record<string, unknown> {
  return Object.fromEntries(FIGURE_KEYS.map((k) => [k, o[k]]));
}

export async function reportCommand(ledgers: string[], opts: ReportCliOptions): Promise<void> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(opts.month)) throw new UsageError(`--month 应写成 YYYY-MM，例如 2025-05（收到“${opts.month}”）`);
  if (opts.asOf && !/^\d{4}-\d{2}-\d{2}$/.test(opts.asOf)) throw new UsageError(`--as-of 应写成 YYYY-MM-DD（收到“${opts.asOf}”）`);
  const findings = [];
  for (const file of ledgers) findings.push(...(await ledgerOf(openFileHost(file))));
  const target = opts.out ? new FileHost(null, basename(opts.out)) : undefined;
  const { report } = await runReport(findings, opts.month, { asOf: opts.asOf ?? null, target });
  if (opts.out && target) writeOutput(opts.out, await target.toXlsx(), ledgers);
  if (opts.json) {
    const json = {
      month: report.month,
      asOf: report.asOf,
      totals: pick(report.totals),
      byUnit: report.byUnit.map((u) => ({ unit: u.unit, ...pick(u) })),
      byCategory: report.byCategory.map((c) => ({ category: c.category, ...pick(c) })),
      text: report.text,
      previous: pick(report.previous),
      yearToDate: pick(report.yearToDate),
      trend: report.trend,
      ranking: report.ranking,
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${report.text}\n${opts.out ? `已写入：${opts.out}（工作表“月报-${report.month}”）\n` : ""}`);
}
