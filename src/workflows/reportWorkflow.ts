import type { Finding } from "../core/model/finding";
import { isChartHost, type WorkbookHost } from "../core/port/workbookHost";
import { reportCharts } from "../core/report/reportCharts";
import { buildReport, type Report } from "../core/report/reportModel";
import { monthPeriod } from "../core/report/monthlyFigures";
import { monthsWithFindings } from "../core/report/reportMonths";
import { reportSheetPlan, type ReportLayout } from "../core/report/reportSheetPlan";
import { structureRead } from "./structureWorkflow";

export interface ReportRun {
  report: Report;
  layout: ReportLayout;
  sheet: string;
}

/** The findings of a workbook: its sources structured on the fly, plus what its 标准台账 already holds. */
export async function ledgerOf(host: WorkbookHost): Promise<Finding[]> {
  return structureRead(await host.readWorkbook()).ledger;
}

/** Last month, the default month of a report. */
export function lastMonth(today: string): string {
  const [y, m] = today.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

/** The month a report opens on: the latest with findings (last calendar month is empty for most ledgers). */
export function defaultReportMonth(findings: readonly Finding[], today: string): string {
  return monthsWithFindings(findings)[0]?.month ?? lastMonth(today);
}

/**
 * 月报 for a month over the findings of one or more workbooks; writes 月报-YYYY-MM (replacing that
 * month's sheet only) into `target` when given.
 */
export async function runReport(
  findings: readonly Finding[],
  month: string,
  options: { asOf?: string | null; target?: WorkbookHost } = {},
): Promise<ReportRun> {
  const report = buildReport(findings, month, options.asOf ?? monthPeriod(month).to);
  const { plan, layout } = reportSheetPlan(report);
  if (options.target) {
    await options.target.writePrintSheet(plan);
    if (isChartHost(options.target)) await options.target.writeCharts(reportCharts(plan.name, layout));
  }
  return { report, layout, sheet: plan.name };
}
