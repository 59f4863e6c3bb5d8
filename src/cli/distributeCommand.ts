import { join } from "node:path";
import { writeReplyForm } from "../hosts/file/writeReplyForm";
import { runDistribute } from "../workflows/distributeWorkflow";
import { isoDateArg } from "./dateArgs";
import { openInput } from "./inputFile";
import { prepareOutputFolder, writeFilesAtomically } from "./outputFiles";
import { printJson } from "./printJson";

export interface DistributeCliOptions {
  out: string;
  units?: string;
  from?: string;
  to?: string;
  date?: string;
  json?: boolean;
}

/** distribute <ledger> --out <dir>: one 交办单 workbook per unit with open findings; the ledger is not changed. */
export async function distributeCommand(ledger: string, opts: DistributeCliOptions): Promise<void> {
  const from = isoDateArg("--from", opts.from);
  const to = isoDateArg("--to", opts.to);
  const date = isoDateArg("--date", opts.date);
  const units = opts.units
    ?.split(/[,，、]/)
    .map((u) => u.trim())
    .filter(Boolean);
  const { host, file: input } = openInput(ledger);
  const dir = prepareOutputFolder(opts.out);
  const run = await runDistribute(host, { units, from, to, issuedOn: date });
  const files: Array<{ unit: string; file: string; findings: number }> = [];
  const written: Array<{ path: string; bytes: Uint8Array }> = [];
  for (const form of run.forms) {
    const file = join(dir, form.fileName);
    written.push({ path: file, bytes: await writeReplyForm(form) });
    files.push({ unit: form.unit, file, findings: form.rows.length });
  }
  // All forms land, or none does.
  writeFilesAtomically(written, [input]);
  if (opts.json) {
    printJson({ files });
    return;
  }
  if (files.length === 0) process.stdout.write("没有需要交办的问题（所选单位的问题均已整改或已销号）。\n");
  for (const f of files) process.stdout.write(`${f.unit}：${f.findings} 个问题 → ${f.file}\n`);
  if (files.length > 0) process.stdout.write(`交办批次 ${run.batch}，请各单位于 ${run.replyBy} 前回复。\n`);
  for (const u of run.nothingOpen) process.stdout.write(`${u}：没有未整改的问题，未生成交办单。\n`);
}
