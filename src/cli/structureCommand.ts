import { SKIP_REASONS } from "../core/messages/zhCN";
import { ENCODING_LABELS } from "../hosts/file/decodeText";
import { runStructure } from "../workflows/structureWorkflow";
import { openInput } from "./inputFile";
import { checkOutputFile, writeFilesAtomically } from "./outputFiles";
import { printJson } from "./printJson";

export interface StructureCliOptions {
  json?: boolean;
  out?: string;
}

export async function structureCommand(file: string, opts: StructureCliOptions): Promise<void> {
  const { host, file: input } = openInput(file);
  const target = opts.out ? await checkOutputFile(opts.out, [input], "own-only") : null;
  const run = await runStructure(host, { write: Boolean(target), ledger: Boolean(target) });
  if (target) writeFilesAtomically([{ path: target.path, bytes: await host.toXlsx() }]);
  // Text files: which encoding was used, and why when it was not what the file claimed.
  const encoding = host.textEncoding
    ? `按 ${ENCODING_LABELS[host.textEncoding.encoding]} 编码读取${host.textEncoding.note ? `（${host.textEncoding.note}）` : ""}`
    : null;
  const nothing =
    run.counts.records === 0
      ? `没有找到问题台账：${run.result.skipped.map((s) => `${s.sheet}：${SKIP_REASONS[s.reason]}`).join("；") || "没有可结构化的工作表"}${encoding ? `；文件${encoding}` : ""}。台账需要一行表头，含“责任单位”“问题描述”“检查日期”等列。`
      : null;
  const setAside = host.setAside.map((x) => `工作表“${x.sheet}”中远离数据区（${x.kept}）的 ${x.cells} 个单元格未读取（文件可能已损坏）`);
  if (opts.json) {
    // Additive to the contract: how a text file was decoded, why nothing was found, cells left out, when so.
    const notes = {
      ...(host.setAside.length > 0 ? { setAside: host.setAside } : {}),
      ...(host.textEncoding ? { encoding: host.textEncoding.encoding } : {}),
      ...(host.textEncoding?.note ? { encodingNote: host.textEncoding.note } : {}),
      ...(nothing ? { noLedger: nothing } : {}),
    };
    const json = Object.keys(notes).length > 0 ? { ...run.json, notes } : run.json;
    printJson(json);
    if (nothing) process.stderr.write(`提示：${nothing}\n`);
    return;
  }
  const lines = [`文件：${run.result.file}${encoding ? `（${encoding}）` : ""}`];
  for (const t of run.result.tables) {
    const where = t.sheet ?? "（CSV）";
    lines.push(
      `  ${where}：${t.kind === "findings" ? "问题台账" : "考评表"}，表头第 ${t.headerRows.join("、")} 行，${t.records.length} 条记录，跳过 ${t.skippedRows.length} 行，${t.problems.length} 个问题提示`,
    );
  }
  for (const s of run.result.skipped) lines.push(`  ${s.sheet}：未结构化（${SKIP_REASONS[s.reason]}）`);
  for (const line of setAside) lines.push(`  注意：${line}`);
  lines.push(nothing ?? `共 ${run.counts.records} 条记录。`);
  if (opts.out) lines.push(`已写入：${opts.out}（工作表“标准台账”）`);
  process.stdout.write(`${lines.join("\n")}\n`);
}
