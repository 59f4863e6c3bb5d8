import { basename } from "node:path";
import type { Finding } from "../core/model/finding";
import { FileHost } from "../hosts/file/fileHost";
import { ledgerOf, runReport } from "../workflows/reportWorkflow";
import { UsageError } from "./cliErrors";
import { isoDateArg, monthArg } from "./dateArgs";
import { openInput, ZLIB_CODEC, type InputFile } from "./inputFile";
import { checkOutputFile, writeFilesAtomically } from "./outputFiles";

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
  for (const path of ledgers) {
    const { host, file } = openInput(path);
    inputs.push(file);
    for (const f of await ledgerOf(host)) {
      if (byId.has(f.id)) repeated += 1;
      else byId.set(f.id, f);
    }
  }
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
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${report.text}\n${opts.out ? `已写入：${opts.out}（工作表“月报-${report.month}”）\n` : ""}`);
}
