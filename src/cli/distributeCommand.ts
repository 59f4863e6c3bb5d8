import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { writeReplyForm } from "../hosts/file/writeReplyForm";
import { runDistribute } from "../workflows/distributeWorkflow";
import { UsageError } from "./cliErrors";
import { openFileHost } from "./fileArgs";

export interface DistributeCliOptions {
  out: string;
  units?: string;
  from?: string;
  to?: string;
  date?: string;
  json?: boolean;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** distribute <ledger> --out <dir>: one 交办单 workbook per unit with open findings; the ledger is not changed. */
export async function distributeCommand(ledger: string, opts: DistributeCliOptions): Promise<void> {
  for (const [flag, v] of [
    ["--from", opts.from],
    ["--to", opts.to],
    ["--date", opts.date],
  ] as const) {
    if (v && !ISO.test(v)) throw new UsageError(`${flag} 应写成 YYYY-MM-DD（收到“${v}”）`);
  }
  const units = opts.units
    ?.split(/[,，、]/)
    .map((u) => u.trim())
    .filter(Boolean);
  const run = await runDistribute(openFileHost(ledger), { units, from: opts.from, to: opts.to, issuedOn: opts.date });
  const dir = resolve(opts.out);
  mkdirSync(dir, { recursive: true });
  const files: Array<{ unit: string; file: string; findings: number }> = [];
  for (const form of run.forms) {
    const file = join(dir, form.fileName);
    if (resolve(file) === resolve(ledger)) throw new UsageError(`输出文件不能是源文件本身：“${file}”`);
    writeFileSync(file, await writeReplyForm(form));
    files.push({ unit: form.unit, file, findings: form.rows.length });
  }
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ files }, null, 2)}\n`);
    return;
  }
  if (files.length === 0) process.stdout.write("没有需要交办的问题（所选单位的问题均已整改或已销号）。\n");
  for (const f of files) process.stdout.write(`${f.unit}：${f.findings} 个问题 → ${f.file}\n`);
  if (files.length > 0) process.stdout.write(`交办批次 ${run.batch}，请各单位于 ${run.replyBy} 前回复。\n`);
  for (const u of run.nothingOpen) process.stdout.write(`${u}：没有未整改的问题，未生成交办单。\n`);
}
