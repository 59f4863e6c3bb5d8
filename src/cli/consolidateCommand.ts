import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { stampOf } from "../core/ledger/ledgerTime";
import { FileHost } from "../hosts/file/fileHost";
import { runConsolidate, type ConsolidateInput, type FileProgress } from "../workflows/consolidateWorkflow";
import { workersAvailable } from "./cliWorkers";
import { IncomingReportPool } from "./incomingReportPool";
import { registryFromWorkbook } from "../workflows/registryWorkflow";
import { UsageError } from "./cliErrors";
import { monthArg } from "./dateArgs";
import { openInput, ZLIB_CODEC } from "./inputFile";
import { checkNotAnInput, checkOutputFile, isOutputTarget, writeFilesAtomically, type OutputTarget } from "./outputFiles";
import { printJson } from "./printJson";

export interface ConsolidateCliOptions {
  out: string;
  units?: string;
  month?: string;
  batch?: string;
  json?: boolean;
}

const WORKBOOK = /\.(xlsx|xlsm|xls|csv)$/i;

/** The workbooks named, folders searched through (Office's ~$ lock files and hidden files left out). */
function inputFiles(args: readonly string[], out: OutputTarget): Array<{ path: string; name: string }> {
  const isOut = (p: string): boolean => isOutputTarget(p, out);
  const files: Array<{ path: string; name: string }> = [];
  const walk = (dir: string, root: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith(".") || entry.name.startsWith("~$")) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full, root);
      else if (WORKBOOK.test(entry.name) && !isOut(full)) files.push({ path: full, name: relative(root, full).split("\\").join("/") });
    }
  };
  for (const a of args) {
    const full = resolve(a);
    if (!existsSync(full)) throw new UsageError(`找不到文件或文件夹“${a}”`);
    if (statSync(full).isDirectory()) walk(full, full);
    else if (!isOut(full)) files.push({ path: full, name: basename(full) });
  }
  if (files.length === 0) throw new UsageError("没有找到要汇总的工作簿（.xlsx、.xlsm、.xls、.csv）");
  return files;
}

/** Worker threads pay off from a few files on (starting one costs about a tenth of a second). */
const POOL_FROM_FILES = 3;

function progressLine(p: FileProgress): string | null {
  const n = `[${p.index + 1}/${p.total}] ${p.file}`;
  switch (p.phase) {
    case "reading":
      return `${n} 读取中…`;
    case "merged":
      return `${n} 新增 ${p.summary!.new}，更新 ${p.summary!.updated}，未变 ${p.summary!.unchanged}${p.summary!.skipped ? `，重复 ${p.summary!.skipped}` : ""}`;
    case "duplicate":
      return `${n} 与已汇总的文件内容相同，未做改动`;
    case "failed":
      return `${n} 无法读取，已跳过：${p.error}`;
    default:
      return null;
  }
}

/**
 * consolidate <files or folders…> --out 汇总.xlsx: merges the files into the 汇总 workbook. An
 * existing --out is updated in place (only the add-in's own sheets are written, every other sheet
 * kept byte for byte); the input files are never changed.
 */
export async function consolidateCommand(args: string[], opts: ConsolidateCliOptions): Promise<void> {
  const month = opts.month === undefined ? null : monthArg("--month", opts.month);
  const batch = opts.batch?.trim() || null;
  if (opts.batch !== undefined && !batch) throw new UsageError("--batch 应写交办批次，如 交办-2025-06-06");
  if (month && batch) throw new UsageError("--month 和 --batch 只能选一个：报送情况按月或按交办批次统计");
  if (!/\.xlsx$/i.test(opts.out)) throw new UsageError(`--out 应是 .xlsx 工作簿（收到“${opts.out}”）`);
  const out = await checkOutputFile(opts.out, [], "update");
  checkNotAnInput([...args, ...(opts.units ? [opts.units] : [])], out);
  const files = inputFiles(args, out);
  const target = new FileHost(out.existing?.bytes ?? null, basename(out.path), { codec: ZLIB_CODEC });
  const registry = opts.units ? registryFromWorkbook(await openInput(opts.units).host.readWorkbook()) : null;
  if (opts.units && registry!.length === 0) throw new UsageError(`“${opts.units}”中没有找到单位名录（需要“单位名称”列）`);
  // Each file is read when its turn comes, or a few ahead in worker threads (with the input size
  // limits either way), so only a few are in memory at a time.
  const pool = files.length >= POOL_FROM_FILES && workersAvailable(__filename) ? new IncomingReportPool(__filename) : null;
  const inputs: ConsolidateInput[] = files.map((f) => ({
    name: f.name,
    at: stampOf(statSync(f.path).mtime),
    read: async () => ({ ...(await openInput(f.path).host.readWorkbook()), fileName: f.name }),
    ...(pool ? { report: (ctx) => pool.report({ path: f.path, name: f.name, ...ctx }) } : {}),
  }));
  const tty = process.stderr.isTTY === true;
  let run: Awaited<ReturnType<typeof runConsolidate>>;
  try {
    run = await runConsolidate(target, inputs, {
      registry,
      month,
      batch,
      onProgress: (p) => {
        const line = progressLine(p);
        if (line && (tty || p.phase !== "reading"))
          process.stderr.write(tty ? `\r\x1b[K${line}${p.phase === "reading" ? "" : "\n"}` : `${line}\n`);
      },
    });
  } finally {
    await pool?.close();
  }
  // An existing 汇总 keeps every part but the owned sheets as it was stored (the file host's writer).
  writeFilesAtomically([{ path: out.path, bytes: await target.toXlsx() }]);
  if (opts.json) {
    const json = {
      records: run.records,
      sources: run.sources,
      duplicates: run.duplicates,
      conflicts: run.conflicts,
      missingUnits: run.missingUnits,
      // Not in sources: files that could not be read at all (reported and skipped).
      unreadable: run.failed,
    };
    printJson(json);
    return;
  }
  const sum = (k: "new" | "updated" | "unchanged" | "skipped") => run.sources.reduce((n, s) => n + s[k], 0);
  process.stdout.write(
    `已汇总 ${run.sources.length} 个文件：新增 ${sum("new")}，更新 ${sum("updated")}，未变 ${sum("unchanged")}，重复 ${sum("skipped")}；“标准台账”共 ${run.records} 条 → ${out.path}\n`,
  );
  if (run.failed.length > 0)
    process.stdout.write(`无法读取、已跳过 ${run.failed.length} 个文件：${run.failed.map((f) => f.file).join("、")}\n`);
  if (run.conflicts.length > 0)
    process.stdout.write(`有 ${run.conflicts.length} 处与办公室修改不一致，已保留办公室的值，请在“标准台账”的“修改说明”中确认。\n`);
  if (run.reminder) process.stdout.write(`\n${run.reminder}\n`);
}
