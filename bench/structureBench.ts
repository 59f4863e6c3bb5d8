/**
 * npm run bench: time to structure a generated 100,000-row ledger (read + structure) against the
 * time SheetJS alone takes to read the same file, as a ratio measured in the same run (target ≤ 1.5).
 */
import * as XLSX from "@e965/xlsx";
import { performance } from "node:perf_hooks";
import { structureWorkbook } from "../src/core/structure/structureWorkbook";
import { readWorkbookBytes } from "../src/hosts/file/readWorkbookBytes";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const UNITS = ["区城市管理局", "区卫生健康局", "區農貿市場管理所", "南湖街道", "北山街道", "桂花社区", "区第二人民医院", "区实验小学"];
const CATS = ["环境卫生", "除四害", "健康教育", "控烟", "食品安全", "饮用水"];
const STATUS = ["已整改", "整改中", "未整改", "√", "×", "已销号", "反弹"];
const PROBLEMS = [
  "垃圾桶满溢未及时清理",
  "防蝇设施缺失",
  "健康教育宣传栏未更新",
  "室内公共场所有人吸烟",
  "餐具消毒记录不全",
  "二次供水水箱未加锁",
];

function generate(rows: number): Uint8Array {
  const aoa: unknown[][] = [
    ["某区2024年创卫问题整改台账（自动生成）"],
    ["序号", "检查日期", "责任单位", "问题类别", "问题描述", "具体位置", "整改期限", "整改情况", "完成日期", "责任人", "联系电话"],
  ];
  for (let i = 0; i < rows; i++) {
    const day = 45_292 + (i % 360); // 2024
    const text = i % 3 === 1;
    const d = new Date(Date.UTC(1899, 11, 30) + day * 86_400_000);
    aoa.push([
      i + 1,
      text ? `${d.getUTCFullYear()}.${d.getUTCMonth() + 1}.${d.getUTCDate()}` : day,
      UNITS[i % UNITS.length],
      CATS[i % CATS.length],
      `${PROBLEMS[i % PROBLEMS.length]}（第${i + 1}处）`,
      `解放路${i % 500}号`,
      i % 11 === 0 ? "立行立改" : day + 7,
      STATUS[i % STATUS.length],
      i % 2 === 0 ? day + 5 : null,
      "张三",
      `138${String(10_000_000 + i).slice(0, 8)}`,
    ]);
  }
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "台账");
  // A shared-string table, as Excel itself writes: the realistic (and faster to read) baseline.
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx", bookSST: true, compression: true }) as ArrayBuffer);
}

function time(f: () => unknown): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const bytes = generate(ROWS);
process.stdout.write(`generated ${ROWS} rows, ${(bytes.length / 1e6).toFixed(1)} MB\n`);
const opts = { type: "array", dense: true, cellFormula: true, cellNF: true, cellDates: false, sheetStubs: true } as const;
// Warm up both paths once so the JIT and the opencc dictionaries are loaded before timing.
structureWorkbook(readWorkbookBytes(bytes, "bench.xlsx"));
// Alternate the two in each round, so drift in the machine's speed hits both alike; the median of the
// per-round ratios is what counts.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const baselines: number[] = [];
const ours: number[] = [];
let records = 0;
for (let i = 0; i < ROUNDS; i++) {
  baselines.push(time(() => XLSX.read(bytes, opts)));
  ours.push(
    time(() => {
      records = structureWorkbook(readWorkbookBytes(bytes, "bench.xlsx")).tables.reduce((n, t) => n + t.records.length, 0);
    }),
  );
}
const ratios = baselines.map((b, i) => ours[i]! / b);
const ratio = median(ratios);
process.stdout.write(`  SheetJS read alone: median ${median(baselines).toFixed(0)} ms over ${ROUNDS} rounds\n`);
process.stdout.write(`  read + structure:   median ${median(ours).toFixed(0)} ms\n`);
process.stdout.write(`records: ${records}\nper-round ratios: ${ratios.map((r) => r.toFixed(2)).join(" ")}\n`);
process.stdout.write(
  `ratio (read + structure) / (SheetJS read), median: ${ratio.toFixed(2)}  (target ≤ 1.5) ${ratio <= 1.5 ? "OK" : "OVER TARGET"}\n`,
);
