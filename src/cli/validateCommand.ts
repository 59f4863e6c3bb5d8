import { problemMessage } from "../core/model/problem";
import { registryFromWorkbook } from "../workflows/registryWorkflow";
import { runValidation } from "../workflows/validateWorkflow";
import { UsageError } from "./cliErrors";
import { isoDateArg } from "./dateArgs";
import { openInput, type InputFile } from "./inputFile";
import { checkOutputFile, writeFilesAtomically } from "./outputFiles";
import { printJson } from "./printJson";

export interface ValidateCliOptions {
  units?: string;
  asOf?: string;
  json?: boolean;
  out?: string;
}

const SEVERITY = { error: "错误", warning: "警告", info: "提示" } as const;

export async function validateCommand(file: string, opts: ValidateCliOptions): Promise<void> {
  const asOf = isoDateArg("--as-of", opts.asOf);
  const { host, file: input } = openInput(file);
  const units = opts.units ? openInput(opts.units) : null;
  const inputs: InputFile[] = units ? [input, units.file] : [input];
  const target = opts.out ? await checkOutputFile(opts.out, inputs, "own-only") : null;
  let registry = null;
  if (units) {
    registry = registryFromWorkbook(await units.host.readWorkbook());
    if (registry.length === 0) throw new UsageError(`“${opts.units}”中没有找到单位名录（需要“单位名称”列）`);
  }
  const run = await runValidation(host, { asOf: asOf ?? null, registry, write: Boolean(target) });
  if (target) writeFilesAtomically([{ path: target.path, bytes: await host.toXlsx() }]);
  if (opts.json) {
    const problems = run.problems.map((p) => ({
      sheet: p.sheet,
      row: p.row,
      column: p.column,
      field: p.field,
      severity: p.severity,
      code: p.code,
      message: problemMessage(p),
      suggestion: p.suggestion,
    }));
    printJson({ problems });
    return;
  }
  const lines = [
    `文件：${run.structure.result.file}（超期按 ${run.asOf} 计）`,
    `错误 ${run.counts.error} 个，警告 ${run.counts.warning} 个，提示 ${run.counts.info} 个`,
  ];
  for (const p of run.problems) {
    const where = `${p.sheet ?? ""}${p.sheet ? "!" : ""}${p.column ?? ""}${p.row ?? ""}`;
    lines.push(`  [${SEVERITY[p.severity]}] ${where} ${problemMessage(p)}${p.suggestion ? `（建议：${p.suggestion}）` : ""}`);
  }
  if (opts.out) lines.push(`已写入：${opts.out}（“校验结果”“标准台账”${run.scores.length ? "“考评汇总”" : ""}）`);
  process.stdout.write(`${lines.join("\n")}\n`);
}
