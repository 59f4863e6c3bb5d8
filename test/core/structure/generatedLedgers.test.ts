import type { CellRange, CellValue } from "../../../src/core/model/grid";
import { isoToExcelSerial } from "../../../src/core/normalize/calendar";
import { structureWorkbook } from "../../../src/core/structure/structureWorkbook";

/** Deterministic PRNG so the "unseen" ledgers are the same every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  const next = () => (s = (s * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32;
  return { next, pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!, chance: (p: number) => next() < p };
}

const WORDS = {
  inspectedOn: ["检查日期", "检查时间", "督查时间", "巡查日期", "发现时间"],
  unit: ["责任单位", "被检查单位", "责任主体", "整改单位"],
  description: ["问题描述", "发现问题", "存在问题", "问题内容"],
  location: ["地点", "具体位置", "点位", "问题地点"],
  deadline: ["整改时限", "整改期限", "限期", "完成时限"],
  status: ["整改情况", "整改状态", "是否整改", "整改进度"],
  rectifiedOn: ["完成日期", "完成时间", "整改日期", "销号时间"],
} as const;
type Field = keyof typeof WORDS;
const STATUS_WORDS: Record<string, string[]> = {
  rectified: ["已整改", "整改到位", "已完成整改", "√"],
  inProgress: ["整改中", "正在整改", "部分整改"],
  pending: ["未整改", "尚未整改", "×"],
  closed: ["已销号", "复查合格"],
  relapsed: ["反弹", "问题反弹"],
};
const UNITS = ["区城市管理局", "南湖街道", "桂花社区", "区卫生健康局", "区实验小学"];
const CATEGORIES: Array<[string, string]> = [
  ["（一）市容环境卫生问题", "市容环境卫生"],
  ["二、病媒生物防制(共3个问题)", "病媒生物防制"],
  ["（三）控烟问题", "控烟"],
];

interface Truth {
  row: number;
  unit: string;
  inspectedOn: string;
  deadline: string;
  status: string;
  rectifiedOn: string | null;
  category?: string;
}

function dateText(iso: string, style: number, r: ReturnType<typeof rng>): CellValue {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return (
    [
      isoToExcelSerial(iso),
      `${y}.${m}.${d}`,
      `${y}年${m}月${d}日`,
      `${y}/${String(m).padStart(2, "0")}/${String(d).padStart(2, "0")}`,
      `${m}月${d}日`,
      `${y}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}`,
    ][style] ?? (r.chance(0.5) ? `${m}.${d}` : `${m}月${d}日`)
  );
}

function ledger(seed: number) {
  const r = rng(seed);
  const month = 3 + Math.floor(r.next() * 8);
  const fields = (Object.keys(WORDS) as Field[]).sort(() => r.next() - 0.5);
  const twoRow = r.chance(0.5);
  // Status and completion side by side under a group when the header has two rows.
  if (twoRow) {
    const rest = fields.filter((f) => f !== "status" && f !== "rectifiedOn");
    fields.splice(0, fields.length, ...rest.slice(0, 3), "status", "rectifiedOn", ...rest.slice(3));
  }
  const cols: Array<Field | "seq"> = ["seq", ...fields];
  const values: CellValue[][] = [];
  const merges: CellRange[] = [];
  const titles = Math.floor(r.next() * 3);
  for (let t = 0; t < titles; t++) {
    values.push([t === 0 ? `某区2024年${month}月创卫问题整改台账` : "填报单位：区创卫办（盖章）    填报日期："]);
    if (t === 0) merges.push({ startRow: values.length - 1, startCol: 0, endRow: values.length - 1, endCol: cols.length - 1 });
  }
  const dateStyle = Math.floor(r.next() * (titles ? 6 : 4)); // month-day dates need a title for the year
  const h = values.length;
  if (twoRow) {
    values.push(cols.map((c) => (c === "seq" ? "序号" : c === "status" ? "整改落实情况" : c === "rectifiedOn" ? null : r.pick(WORDS[c]))));
    values.push(cols.map((c) => (c === "status" ? r.pick(WORDS.status) : c === "rectifiedOn" ? r.pick(WORDS.rectifiedOn) : null)));
    cols.forEach((c, i) => {
      if (c === "status") merges.push({ startRow: h, startCol: i, endRow: h, endCol: i + 1 });
      else if (c !== "rectifiedOn") merges.push({ startRow: h, startCol: i, endRow: h + 1, endCol: i });
    });
  } else values.push(cols.map((c) => (c === "seq" ? "序号" : r.pick(WORDS[c]))));
  const truth: Truth[] = [];
  const groups = r.chance(0.4);
  let n = 0;
  for (let g = 0; g < (groups ? 3 : 1); g++) {
    if (groups) {
      values.push([CATEGORIES[g]![0]]);
      merges.push({ startRow: values.length - 1, startCol: 0, endRow: values.length - 1, endCol: cols.length - 1 });
    }
    let unitRun = 0;
    let unit = r.pick(UNITS);
    for (let i = 0; i < 5 + Math.floor(r.next() * 5); i++) {
      const day = 1 + Math.floor(r.next() * 20);
      const inspectedOn = `2024-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      const deadline = `2024-${String(month).padStart(2, "0")}-${String(day + 5).padStart(2, "0")}`;
      const status = r.pick(Object.keys(STATUS_WORDS));
      const done = status === "rectified" || status === "closed";
      const rectifiedOn = done ? `2024-${String(month).padStart(2, "0")}-${String(day + 3).padStart(2, "0")}` : null;
      if (unitRun === 0) {
        unit = r.pick(UNITS);
        unitRun = 1 + Math.floor(r.next() * 3);
      }
      const row: CellValue[] = cols.map((c) => {
        switch (c) {
          case "seq":
            return ++n;
          case "inspectedOn":
            return dateText(inspectedOn, dateStyle, r);
          case "unit":
            return unit;
          case "description":
            return `问题${n}：垃圾堆放`;
          case "location":
            return `解放路${n}号`;
          case "deadline":
            return dateText(deadline, dateStyle, r);
          case "status":
            return r.pick(STATUS_WORDS[status]!);
          case "rectifiedOn":
            return rectifiedOn ? dateText(rectifiedOn, dateStyle, r) : null;
        }
      });
      values.push(row);
      truth.push({
        row: values.length,
        unit,
        inspectedOn,
        deadline,
        status,
        rectifiedOn,
        ...(groups ? { category: CATEGORIES[g]![1] } : {}),
      });
      unitRun -= 1;
    }
    if (groups) values.push(["小计", null]);
  }
  // Merge each run of the same unit down the column, as clerks do.
  const unitCol = cols.indexOf("unit");
  for (let i = 0; i < truth.length;) {
    let j = i;
    while (j + 1 < truth.length && truth[j + 1]!.unit === truth[i]!.unit && truth[j + 1]!.row === truth[j]!.row + 1) j++;
    if (j > i) {
      merges.push({ startRow: truth[i]!.row - 1, startCol: unitCol, endRow: truth[j]!.row - 1, endCol: unitCol });
      for (let k = i + 1; k <= j; k++) values[truth[k]!.row - 1]![unitCol] = null;
    }
    i = j + 1;
  }
  values.push([]);
  values.push(["制表：张三    审核：李四"]);
  return { grid: { name: `${month}月`, isCsv: false, values, merges }, truth, seed };
}

describe("generated ledgers mixing the kinds of mess at random", () => {
  const tally = { rows: 0, fields: 0, right: 0, misses: [] as string[] };
  for (let seed = 1; seed <= 40; seed++) {
    test(`ledger ${seed}`, () => {
      const { grid, truth } = ledger(seed);
      const records = structureWorkbook({ fileName: `g${seed}.xlsx`, sheets: [grid] }).tables.flatMap((t) =>
        t.kind === "findings" ? t.records : [],
      );
      expect(records.map((x) => x.source.row)).toEqual(truth.map((t) => t.row));
      for (const t of truth) {
        const got = records.find((x) => x.source.row === t.row) as unknown as Record<string, unknown>;
        tally.rows += 1;
        for (const [k, v] of Object.entries(t)) {
          if (k === "row") continue;
          tally.fields += 1;
          if (got[k] === v) tally.right += 1;
          else tally.misses.push(`seed ${seed} row ${t.row} ${k}: want ${v} got ${String(got[k])}`);
        }
      }
    });
  }
  afterAll(() =>
    process.stdout.write(
      `generated ledgers: ${tally.right}/${tally.fields} fields right over ${tally.rows} rows\n${tally.misses.slice(0, 20).join("\n")}\n`,
    ),
  );
  test("every field right", () => expect(tally.misses).toEqual([]));
});
