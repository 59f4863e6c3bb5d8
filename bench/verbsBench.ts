/**
 * npm run bench: every verb of the CLI on generated ledgers of 1k, 10k and 100k rows (300k with --full),
 * as a ratio to the SheetJS floor measured in the same run — paired (floor and verb alternate, each
 * round its own ratio), median of the rounds — with peak memory against the floor's, the CLI's time on a
 * 20-row file, and the pane's first-load size. CPU time is compared too (the same pairs): on a shared,
 * loaded machine it moves less than wall time. A verb that crashes or runs out of memory is reported as
 * such and the run goes on. Options: --full (adds 300k), --rounds N, --sizes 1000,10000.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { generatedLedgerXlsx } from "../test/helpers/generatedLedger";
import { firstLoadSize } from "./firstLoad";

// Run from the repository (npm run bench); bin/run-ts.cjs bundles this file into build/run-ts/.
const ROOT = resolve(__dirname, "../..");
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const FULL = flag("--full");
const SIZES = (option("--sizes") ?? (FULL ? "1000,10000,100000,300000" : "1000,10000,100000")).split(",").map(Number);
const ROUNDS = Number(option("--rounds") ?? 0);
const roundsFor = (rows: number) => ROUNDS || (rows <= 10_000 ? 5 : rows <= 100_000 ? 3 : 1);

const WORK = join(tmpdir(), "chuangwei-bench");
mkdirSync(WORK, { recursive: true });
const CLI = join(ROOT, "bin", "chuangwei.cjs");
const MEASURE = join(ROOT, "bench", "measure.cjs");
const FLOOR = join(ROOT, "build", "bench", "floor.cjs");

interface Sample {
  ms: number;
  cpuMs: number;
  rssMb: number;
}

/** A run that did not finish: how it ended (exit code or signal) and the first line it printed. */
class RunFailed extends Error {}

/** Runs a node script through measure.cjs: wall time (startup included), CPU time and peak memory. */
function measure(script: string, scriptArgs: readonly string[]): Sample {
  const t = performance.now();
  const r = spawnSync(process.execPath, [MEASURE, script, ...scriptArgs], {
    stdio: ["ignore", "ignore", "pipe", "pipe"],
    maxBuffer: 1 << 20,
  });
  const ms = performance.now() - t;
  const report = r.output[3]?.toString() ?? "";
  if (r.status !== 0 || !report) {
    const why =
      r.stderr
        ?.toString()
        .split("\n")
        .find((l) => /Error|heap|错误/.test(l)) ??
      r.stderr?.toString().split("\n")[0] ??
      "";
    throw new RunFailed(`${r.signal ?? `exit ${r.status}`}: ${why.trim().slice(0, 160)}`);
  }
  const m = JSON.parse(report) as { maxRssKb: number; cpuMs: number };
  return { ms, cpuMs: m.cpuMs, rssMb: m.maxRssKb / 1024 };
}

interface Verb {
  name: string;
  floor: "read" | "write";
  args: (file: string, out: string) => string[];
  /** What must not be there before a run. */
  out?: (dir: string) => string;
}

const VERBS: Verb[] = [
  { name: "structure --json", floor: "read", args: (f) => ["structure", f, "--json"] },
  { name: "validate --json", floor: "read", args: (f) => ["validate", f, "--json", "--as-of", "2024-12-31"] },
  { name: "report --json", floor: "read", args: (f) => ["report", f, "--month", "2024-06", "--json"] },
  { name: "structure --out", floor: "write", args: (f, o) => ["structure", f, "--out", o], out: (d) => join(d, "结果.xlsx") },
  {
    name: "notices --out",
    floor: "write",
    // A notice needs its issuing office (the CLI refuses without one, before any number is taken).
    args: (f, o) => ["notices", f, "--out", o, "--date", "2025-01-06", "--issuer", "某区创建国家卫生城市工作领导小组办公室"],
    out: (d) => join(d, "通知书"),
  },
];

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number) => (Math.round(x * 100) / 100).toFixed(2);

/** A generated ledger of `rows` rows, made once and kept (generation is slower than any verb). */
function ledger(rows: number): string {
  const file = join(WORK, `ledger-v1-${rows}.xlsx`);
  if (!existsSync(file)) {
    process.stdout.write(`  (generating ${rows} rows …)\n`);
    writeFileSync(file, generatedLedgerXlsx(rows));
  }
  return file;
}

function buildFloor(): void {
  const esbuild = require("esbuild") as typeof import("esbuild");
  esbuild.buildSync({
    entryPoints: [join(ROOT, "bench", "floor.ts")],
    outfile: FLOOR,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel: "warning",
  });
}

interface Cell {
  ratio: number;
  ratios: number[];
  /** Median of the paired CPU-time ratios. */
  cpuRatio: number;
  ms: number;
  floorMs: number;
  rssMb: number;
  floorRssMb: number;
  /** Set when the verb did not finish (crash, out of memory): how it ended. */
  failed?: string;
}

function runVerb(verb: Verb, rows: number, file: string): Cell {
  try {
    return runVerbRounds(verb, rows, file);
  } catch (e) {
    if (!(e instanceof RunFailed)) throw e;
    return { ratio: NaN, ratios: [], cpuRatio: NaN, ms: NaN, floorMs: NaN, rssMb: NaN, floorRssMb: NaN, failed: e.message };
  }
}

function runVerbRounds(verb: Verb, rows: number, file: string): Cell {
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  const ms: number[] = [];
  const floors: number[] = [];
  let rss = 0;
  let floorRss = 0;
  const dir = join(WORK, "out");
  for (let i = 0; i < roundsFor(rows); i++) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const out = verb.out?.(dir) ?? join(dir, "unused");
    // Alternate which goes first, so drift in the machine's speed hits both alike.
    const floorRun = () => measure(FLOOR, [file, verb.floor]);
    const verbRun = () => measure(CLI, verb.args(file, out));
    let f: Sample;
    let v: Sample;
    if (i % 2 === 0) {
      f = floorRun();
      v = verbRun();
    } else {
      v = verbRun();
      f = floorRun();
    }
    ratios.push(v.ms / f.ms);
    cpuRatios.push(v.cpuMs / f.cpuMs);
    ms.push(v.ms);
    floors.push(f.ms);
    rss = Math.max(rss, v.rssMb);
    floorRss = Math.max(floorRss, f.rssMb);
  }
  return {
    ratio: median(ratios),
    ratios,
    cpuRatio: median(cpuRatios),
    ms: median(ms),
    floorMs: median(floors),
    rssMb: rss,
    floorRssMb: floorRss,
  };
}

function main(): void {
  buildFloor();
  spawnSync(process.execPath, [CLI, "--help"], { stdio: "ignore" }); // builds the CLI if src/ changed
  process.stdout.write(
    `创卫台账助手 benchmark — ${new Date().toISOString().slice(0, 16)}, node ${process.version}, sizes ${SIZES.join("/")}\n`,
  );
  process.stdout.write(`floor: SheetJS reading the file as the project reads it (write verbs: and writing a workbook back)\n\n`);

  const small = join(WORK, "ledger-20.xlsx");
  writeFileSync(small, generatedLedgerXlsx(20));
  const smallRuns = Array.from({ length: 7 }, () => measure(CLI, ["structure", small, "--json"]).ms);
  const smallMs = median(smallRuns);

  const table = new Map<string, Map<number, Cell>>(VERBS.map((v) => [v.name, new Map()]));
  for (const rows of SIZES) {
    const file = ledger(rows);
    process.stdout.write(`${rows} rows (${(statSync(file).size / 1e6).toFixed(1)} MB), ${roundsFor(rows)} round(s):\n`);
    for (const verb of VERBS) {
      const cell = runVerb(verb, rows, file);
      table.get(verb.name)!.set(rows, cell);
      process.stdout.write(
        cell.failed
          ? `  ${verb.name.padEnd(17)} FAILED (${cell.failed})\n`
          : `  ${verb.name.padEnd(17)} ${fmt(cell.ratio)}×  (${(cell.ms / 1000).toFixed(2)} s vs ${(cell.floorMs / 1000).toFixed(2)} s; rounds ${cell.ratios.map(fmt).join(" ")}; CPU ${fmt(cell.cpuRatio)}×; peak ${cell.rssMb.toFixed(0)} MB vs ${cell.floorRssMb.toFixed(0)} MB)\n`,
      );
    }
  }

  const memRows = SIZES.includes(100_000) ? 100_000 : SIZES.at(-1)!;
  const head = `| verb | ${SIZES.map((s) => `${s >= 1000 ? `${s / 1000}k` : s} rows (CPU)`).join(" | ")} | peak memory at ${memRows / 1000}k (floor) |`;
  const lines = [head, `|${"---|".repeat(SIZES.length + 2)}`];
  const verdicts: string[] = [];
  for (const verb of VERBS) {
    const cells = table.get(verb.name)!;
    const goal = verb.name === "structure --json" ? 1.2 : 1.5;
    const mem = cells.get(memRows)!;
    const shown = (c: Cell) => (c.failed ? "**crash**" : `${fmt(c.ratio)}× (${fmt(c.cpuRatio)}×)`);
    lines.push(
      `| ${verb.name} | ${SIZES.map((s) => shown(cells.get(s)!)).join(" | ")} | ${mem.failed ? "—" : `${(mem.rssMb / 1024).toFixed(2)} GB (${(mem.floorRssMb / 1024).toFixed(2)}), ${fmt(mem.rssMb / mem.floorRssMb)}×`} |`,
    );
    for (const s of SIZES) {
      const failed = cells.get(s)!.failed;
      if (failed) verdicts.push(`${verb.name} at ${s / 1000}k: did not finish (${failed})`);
    }
    // Goals are judged on the wall-time values as printed (rounded to 2 places): "1.50" is within 1.5.
    for (const s of SIZES.filter((n) => n >= 10_000 && !cells.get(n)!.failed)) {
      const r = Math.round(cells.get(s)!.ratio * 100) / 100;
      if (r > goal) verdicts.push(`${verb.name} at ${s / 1000}k: ${fmt(r)}× > ${goal}×`);
    }
    const m = Math.round((mem.rssMb / mem.floorRssMb) * 100) / 100;
    if (!mem.failed && m > 2) verdicts.push(`${verb.name} peak memory ${fmt(m)}× the floor's > 2×`);
  }
  // Growth: time per row from the second-largest to the largest size.
  process.stdout.write(`\n${lines.join("\n")}\n\n`);
  if (SIZES.length >= 2) {
    const [a, b] = SIZES.slice(-2) as [number, number];
    const growth = VERBS.map((v) => {
      const c = table.get(v.name)!;
      if (c.get(a)!.failed || c.get(b)!.failed) return `${v.name} —`;
      return `${v.name} ${fmt(c.get(b)!.ms / b / (c.get(a)!.ms / a))}`;
    });
    process.stdout.write(`time per row, ${b / 1000}k vs ${a / 1000}k (1.00 = linear): ${growth.join(", ")}\n`);
  }
  process.stdout.write(
    `CLI on a 20-row file (structure --json, median of 7): ${(smallMs / 1000).toFixed(2)} s (goal ≤ 0.30 s)${smallMs > 300 ? "  OVER" : ""}\n`,
  );
  const pane = firstLoadSize(ROOT);
  process.stdout.write(
    `pane, first load: ${(pane.gzip / 1024).toFixed(0)} KB gzipped (${(pane.raw / 1024).toFixed(0)} KB) in ${pane.files.length} files (goal ≤ 300 KB)${pane.gzip > 300 * 1024 ? "  OVER" : ""}\n`,
  );
  process.stdout.write(
    verdicts.length
      ? `\nover the goals:\n${verdicts.map((v) => `  ${v}`).join("\n")}\n`
      : "\nevery goal met (≤ 1.5× the floor from 10k rows, ≤ 1.2× for structure, memory ≤ 2×)\n",
  );
  rmSync(join(WORK, "out"), { recursive: true, force: true });
}

main();
