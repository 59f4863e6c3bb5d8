import { SKIP_REASONS } from "../core/messages/zhCN";
import { runStructure } from "../workflows/structureWorkflow";
import { openFileHost, writeOutput } from "./fileArgs";

export interface StructureCliOptions {
  json?: boolean;
  out?: string;
}

export async function structureCommand(file: string, opts: StructureCliOptions): Promise<void> {
  const host = openFileHost(file);
  const run = await runStructure(host, { write: Boolean(opts.out) });
  if (opts.out) writeOutput(opts.out, await host.toXlsx(), [file]);
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(run.json, null, 2)}\n`);
    return;
  }
  const lines = [`文件：${run.result.file}`];
  for (const t of run.result.tables) {
    const where = t.sheet ?? "（CSV）";
    lines.push(
      `  ${where}：${t.kind === "findings" ? "问题台账" : "考评表"}，表头第 ${t.headerRows.join("、")} 行，${t.records.length} 条记录，跳过 ${t.skippedRows.length} 行，${t.problems.length} 个问题提示`,
    );
  }
  for (const s of run.result.skipped) lines.push(`  ${s.sheet}：未结构化（${SKIP_REASONS[s.reason]}）`);
  lines.push(`共 ${run.counts.records} 条记录。`);
  if (opts.out) lines.push(`已写入：${opts.out}（工作表“标准台账”）`);
  process.stdout.write(`${lines.join("\n")}\n`);
}
