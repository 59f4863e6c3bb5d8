/**
 * npm run bench (second part): consolidating 200 generated unit files of 500 rows each into one 汇总
 * workbook, read from disk one at a time as the CLI reads them (with the CLI's V8 settings, bin/v8Flags.cjs).
 * Prints rows per second (goal ≥ 50,000), the ratio to SheetJS merely reading the same files (a
 * baseline measured in the same run, in a process of its own with node's defaults), and memory:
 * what the ledger itself holds (it grows with the sum, necessarily) and the working memory above it,
 * which must follow the largest file, not the sum (checked against a run with one file 10× larger),
 * and peak RSS (of this process, and of a child process that only consolidates, as the CLI would).
 * Writing the 汇总 workbook is timed on its own line.
 * Run with --expose-gc for the memory figures.
 */
import * as XLSX from "@e965/xlsx";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { IncomingReportPool } from "../src/cli/incomingReportPool";
import { ZLIB_CODEC } from "../src/cli/inputFile";
import { FileHost } from "../src/hosts/file/fileHost";
import { runConsolidate, type ConsolidateInput } from "../src/workflows/consolidateWorkflow";

const FILES = Number(process.env.BENCH_FILES ?? 200);
const ROWS = Number(process.env.BENCH_FILE_ROWS ?? 500);
const UNITS = Array.from({ length: 40 }, (_, i) => (i % 2 ? `第${i + 1}社区居委会` : `区第${i + 1}责任单位`));
const PROBLEMS = [
  "垃圾桶满溢未及时清理",
  "防蝇设施缺失",
  "健康教育宣传栏未更新",
  "室内公共场所有人吸烟",
  "餐具消毒记录不全",
  "二次供水水箱未加锁",
];
const STATUS = ["已整改", "整改中", "未整改"];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const gc = (globalThis as { gc?: () => void }).gc;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const heapMb = (): number => process.memoryUsage().heapUsed / 2 ** 20;

/**
 * One unit's monthly file: its own findings (file f, rows distinct across files), and every 5th
 * file re-reports the rows of the same unit's previous file with a new status — the content matching
 * and updating a real month brings.
 */
function unitFile(f: number, rows: number): Uint8Array {
  const unit = UNITS[f % UNITS.length]!;
  const repeatOf = f % 5 === 4 && f >= UNITS.length ? f - UNITS.length : null;
  const source = repeatOf ?? f;
  const aoa: unknown[][] = [
    [`${unit}创卫问题整改台账`],
    ["序号", "检查日期", "责任单位", "问题描述", "具体位置", "整改期限", "整改情况", "完成日期"],
  ];
  for (let i = 0; i < rows; i++) {
    const day = 45_658 + ((source * 7 + i) % 300);
    aoa.push([
      i + 1,
      day,
      unit,
      `${PROBLEMS[i % PROBLEMS.length]}（${source}-${i}）`,
      `解放路${i % 97}号`,
      day + 7,
      STATUS[(i + (repeatOf === null ? 0 : 1)) % STATUS.length],
      repeatOf !== null && i % 3 === 0 ? day + 5 : null,
    ]);
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), "台账");
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx", bookSST: true, compression: true }) as ArrayBuffer);
}

// The compiled CLI, which the worker threads load (as `chuangwei consolidate` starts them).
const CLI_BUILD = join(__dirname, "..", "cli.cjs");
const WORKERS = process.env.CHUANGWEI_WORKERS === "0" ? 0 : IncomingReportPool.defaultSize();

function inputsFrom(dir: string, names: readonly string[], pool: IncomingReportPool | null = null): ConsolidateInput[] {
  return names.map((name, i) => ({
    name,
    at: `2025-06-${String(1 + (i % 28)).padStart(2, "0")} ${String(8 + (i % 10)).padStart(2, "0")}:00`,
    read: () => new FileHost(new Uint8Array(readFileSync(join(dir, name))), name, { codec: ZLIB_CODEC }).readWorkbook(),
    ...(pool ? { report: (ctx) => pool.report({ path: join(dir, name), name, ...ctx }) } : {}),
  }));
}

interface Measured {
  ms: number;
  records: number;
  rows: number;
  updated: number;
  /** Heap after each file, garbage collected (what stays: the ledger so far). */
  settled: number[];
  /** The most the heap rose above the settled level while one file was being read and merged. */
  working: number;
}

/**
 * One consolidation, timed from before the worker threads start (as the CLI runs it) to the last file
 * merged; with `measureMemory`, in this thread instead, so that one file's working memory shows in its heap.
 */
async function consolidate(dir: string, names: readonly string[], measureMemory: boolean, workers = WORKERS): Promise<Measured> {
  const settled: number[] = [];
  let working = 0;
  let floor = 0;
  const started = performance.now();
  const pool = measureMemory || workers < 2 ? null : new IncomingReportPool(CLI_BUILD, workers);
  const inputs = inputsFrom(dir, names, pool).map((input) => ({
    ...input,
    read: async () => {
      const grid = await input.read();
      // The grid of the one file being merged is alive here: the top of this file's working memory.
      if (measureMemory) working = Math.max(working, heapMb() - floor);
      return grid;
    },
  }));
  if (measureMemory) gc?.();
  floor = heapMb();
  const t = pool ? started : performance.now();
  const run = await runConsolidate(new FileHost(null, "汇总.xlsx"), inputs, {
    now: "2025-06-30 18:00",
    write: false,
    onProgress: (p) => {
      if (!measureMemory || (p.phase !== "merged" && p.phase !== "duplicate")) return;
      gc?.();
      floor = heapMb();
      settled.push(floor);
    },
  });
  const ms = performance.now() - t;
  await pool?.close();
  return {
    ms,
    records: run.records,
    rows: run.sources.reduce((n, s) => n + s.rows, 0),
    updated: run.sources.reduce((n, s) => n + s.updated, 0),
    settled,
    working,
  };
}

/** The process's peak resident memory: heap, SheetJS's buffers and everything else, as the OS counts it. */
const rssPeakMb = (): number => (process.resourceUsage().maxRSS * 1024) / 2 ** 20;

/**
 * The same consolidation writing its sheets into a new 汇总 workbook, then the .xlsx itself: laying
 * out the sheets (after the last file is merged) and packaging them are timed apart.
 */
async function consolidateAndWrite(
  dir: string,
  names: readonly string[],
): Promise<{ records: number; sheetsMs: number; xlsxMs: number; bytes: number }> {
  const target = new FileHost(null, "汇总.xlsx");
  let mergedAt = 0;
  const run = await runConsolidate(target, inputsFrom(dir, names), {
    now: "2025-06-30 18:00",
    onProgress: (p) => {
      if (p.index === p.total - 1 && p.phase !== "waiting" && p.phase !== "reading") mergedAt = performance.now();
    },
  });
  const sheetsMs = performance.now() - mergedAt;
  const t = performance.now();
  const bytes = await target.toXlsx();
  return { records: run.records, sheetsMs, xlsxMs: performance.now() - t, bytes: bytes.length };
}

/** In a child process (BENCH_CHILD): consolidate (and write) only, then print the process's peak RSS. */
async function child(spec: { dir: string; names: string[]; write: boolean }): Promise<void> {
  const target = new FileHost(null, "汇总.xlsx");
  const pool = WORKERS > 1 ? new IncomingReportPool(CLI_BUILD, WORKERS) : null;
  await runConsolidate(target, inputsFrom(spec.dir, spec.names, pool), { now: "2025-06-30 18:00", write: spec.write });
  await pool?.close();
  if (spec.write) await target.toXlsx();
  process.stdout.write(`${rssPeakMb().toFixed(0)}\n`);
}

/** In a child process (BENCH_FLOOR): SheetJS reading the files as the project reads them, with node's defaults. */
function floorChild(spec: { dir: string; names: string[] }): void {
  const t0 = performance.now();
  for (const n of spec.names) XLSX.read(readFileSync(join(spec.dir, n)), { type: "buffer", dense: true, cellNF: true, cellFormula: true });
  process.stdout.write(`${performance.now() - t0}\n`);
}

async function main(): Promise<void> {
  if (process.env.BENCH_FLOOR) return floorChild(JSON.parse(process.env.BENCH_FLOOR) as { dir: string; names: string[] });
  // This process consolidates as bin/chuangwei.cjs runs (its V8 settings); the floor has its own process.
  (require("../bin/v8Flags.cjs") as { applyCliV8Flags: () => void }).applyCliV8Flags();
  if (process.env.BENCH_CHILD) return child(JSON.parse(process.env.BENCH_CHILD) as { dir: string; names: string[]; write: boolean });
  // bin/chuangwei.cjs rebuilds the compiled CLI when src/ is newer: the workers load that build.
  execFileSync(process.execPath, [join(__dirname, "..", "..", "bin", "chuangwei.cjs"), "--help"], { stdio: "ignore" });
  const dir = mkdtempSync(join(tmpdir(), "consolidate-bench-"));
  try {
    const names = Array.from({ length: FILES }, (_, f) => `报送-${String(f + 1).padStart(3, "0")}.xlsx`);
    names.forEach((n, f) => writeFileSync(join(dir, n), unitFile(f, ROWS)));
    writeFileSync(join(dir, "大文件.xlsx"), unitFile(FILES, ROWS * 10));
    process.stdout.write(`consolidation: ${FILES} files × ${ROWS} rows generated\n`);

    await consolidate(dir, names.slice(0, 10), false); // warm-up: JIT, opencc dictionaries
    // The two alternate in each round, so drift in the machine's speed hits both alike; medians count.
    const baselines: number[] = [];
    const runs: Measured[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const floor = execFileSync(process.execPath, [__filename], {
        env: { ...process.env, BENCH_FLOOR: JSON.stringify({ dir, names }) },
        encoding: "utf8",
      });
      baselines.push(Number(floor));
      runs.push(await consolidate(dir, names, false));
    }
    const ratios = runs.map((r, i) => r.ms / baselines[i]!);
    const timed = runs[0]!;
    const ms = median(runs.map((r) => r.ms));
    const rowsPerSecond = timed.rows / (ms / 1000);
    process.stdout.write(
      `  SheetJS read alone: median ${median(baselines).toFixed(0)} ms; consolidate: median ${ms.toFixed(0)} ms over ${ROUNDS} rounds\n`,
    );
    process.stdout.write(`  rows: ${timed.rows}, records: ${timed.records}, updated by later reports: ${timed.updated}\n`);
    process.stdout.write(
      `  rows per second: ${Math.round(rowsPerSecond)}  (goal ≥ 50,000) ${rowsPerSecond >= 50_000 ? "OK" : "UNDER GOAL"}; SheetJS alone reads ${Math.round(timed.rows / (median(baselines) / 1000))}\n`,
    );
    process.stdout.write(
      `  ratio consolidate / SheetJS read, median: ${median(ratios).toFixed(2)} (rounds ${ratios.map((r) => r.toFixed(2)).join(" ")})\n`,
    );
    if (WORKERS > 1) {
      const single = await consolidate(dir, names, false, 0);
      process.stdout.write(
        `  (files read in ${WORKERS} worker threads, as \`chuangwei consolidate\` reads them; in one thread: ${Math.round(single.rows / (single.ms / 1000))} rows/s)\n`,
      );
    }

    const written = await consolidateAndWrite(dir, names);
    process.stdout.write(
      `  writing the 汇总 workbook (标准台账 ${written.records} rows, 更新记录, 报送记录, 报送情况): ${written.sheetsMs.toFixed(0)} ms to lay out the sheets + ${written.xlsxMs.toFixed(0)} ms to write the .xlsx (${(written.bytes / 2 ** 20).toFixed(1)} MB); consolidation with writing: ${Math.round(timed.rows / ((ms + written.sheetsMs + written.xlsxMs) / 1000))} rows/s\n`,
    );
    process.stdout.write(`  process peak RSS so far (generating, reading, consolidating, writing): ${rssPeakMb().toFixed(0)} MB\n`);
    const alone = (files: readonly string[], write: boolean): string =>
      execFileSync(process.execPath, ["--expose-gc", __filename], {
        env: { ...process.env, BENCH_CHILD: JSON.stringify({ dir, names: files, write }) },
        encoding: "utf8",
      }).trim();
    process.stdout.write(
      `  peak RSS of a process that only consolidates the ${FILES} files: ${alone(names, false)} MB; and writes the 汇总 workbook: ${alone(names, true)} MB; with one file of ${ROWS * 10} rows among them: ${alone([...names.slice(0, FILES - 1), "大文件.xlsx"], false)} MB\n`,
    );

    if (!gc) {
      process.stdout.write("  memory: run node with --expose-gc for the memory figures\n");
      return;
    }
    const small = await consolidate(dir, names, true);
    const big = await consolidate(dir, [...names.slice(0, FILES - 1), "大文件.xlsx"], true);
    const ledger = small.settled.at(-1)! - small.settled[0]!;
    process.stdout.write(
      `  memory: ledger of ${small.records} records holds ${ledger.toFixed(0)} MB (${((ledger * 2 ** 20) / small.records).toFixed(0)} B/record, grows with the sum, as it must)\n`,
    );
    process.stdout.write(
      `  working memory above the ledger: ${small.working.toFixed(1)} MB with files of ${ROWS} rows, ${big.working.toFixed(1)} MB with one file of ${ROWS * 10} rows among them\n`,
    );
    const perFile = (small.settled.at(-1)! - small.settled[0]!) / small.settled.length;
    process.stdout.write(`  process peak RSS (maxRSS, whole run): ${rssPeakMb().toFixed(0)} MB; heap now ${heapMb().toFixed(0)} MB\n`);
    process.stdout.write(
      `  → the working memory follows the largest file (×${(big.working / small.working).toFixed(1)} for one 10× file), not the number of files; each file leaves only its records (${perFile.toFixed(2)} MB)\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
