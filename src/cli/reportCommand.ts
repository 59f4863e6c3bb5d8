import { basename } from "node:path";
import { SKIP_REASONS } from "../core/messages/zhCN";
import type { Finding } from "../core/model/finding";
import { sheetNamed } from "../core/model/grid";
import { LEDGER_SHEET } from "../core/output/ledgerSheetPlan";
import { FileHost } from "../hosts/file/fileHost";
import { runReport } from "../workflows/reportWorkflow";
import { structureRead } from "../workflows/structureWorkflow";
import { UsageError } from "./cliErrors";
import { isoDateArg, monthArg } from "./dateArgs";
import { openInput, ZLIB_CODEC, type InputFile } from "./inputFile";
import { checkOutputFile, writeFilesAtomically } from "./outputFiles";
import { printJson } from "./printJson";

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
  const month = monthArg("--month", opts.month);
  const asOf = isoDateArg("--as-of", opts.asOf);
  const inputs: InputFile[] = [];
  // The same finding (same 编号) reached through two inputs — a ledger and its structured result, or
  // one file named twice — is one finding. Loops, not push(...spread): ledgers can be very large.
  const byId = new Map<string, Finding>();
  let repeated = 0;
  /** Inputs holding no ledger at all (no 标准台账, no table that reads as one), and why. */
  const noLedger: string[] = [];
  for (const path of ledgers) {
    const { host, file } = openInput(path);
    inputs.push(file);
    const workbook = await host.readWorkbook();
    const run = structureRead(workbook);
    if (!sheetNamed(workbook, LEDGER_SHEET) && !run.result.tables.some((t) => t.kind === "findings"))
      noLedger.push(
        `“${file.name}”（${run.result.skipped.map((s) => `${s.sheet}：${SKIP_REASONS[s.reason]}`).join("；") || "没有可结构化的工作表"}）`,
      );
    for (const f of run.ledger) {
      if (byId.has(f.id)) repeated += 1;
      else byId.set(f.id, f);
    }
  }
  // A month with no findings is a report; a file with no ledger is not: say so instead of 未发现新问题.
  if (noLedger.length === ledgers.length)
    throw new UsageError(
      `没有找到问题台账：${noLedger.join("、")}，没有生成月报。台账需要一行表头，含“责任单位”“问题描述”“检查日期”等列。`,
    );
  if (noLedger.length > 0) process.stderr.write(`注意：没有找到问题台账，未计入月报：${noLedger.join("、")}。\n`);
  const out = opts.out ? await checkOutputFile(opts.out, inputs, "update") : null;
  if (out?.existing && !/\.xlsx$/i.test(out.path)) throw new UsageError(`“${opts.out}”已存在，但不是 .xlsx 工作簿，无法把月报写进去`);
  // An existing workbook is updated: only this month's 月报 sheet is written; every other part stays.
  const target = out ? new FileHost(out.existing?.bytes ?? null, basename(out.path), { codec: ZLIB_CODEC }) : undefined;
  const { report } = await runReport([...byId.values()], month, { asOf: asOf ?? null, target });
  if (out && target) writeFilesAtomically([{ path: out.path, bytes: await target.toXlsx() }]);
  if (repeated > 0) process.stderr.write(`注意：有 ${repeated} 个问题在多个输入中重复出现（编号相同），只计一次。\n`);
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
    printJson(json);
    return;
  }
  process.stdout.write(`${report.text}\n${opts.out ? `已写入：${opts.out}（工作表“月报-${report.month}”）\n` : ""}`);
}
