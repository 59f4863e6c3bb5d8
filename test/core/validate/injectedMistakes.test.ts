import type { CellValue } from "../../../src/core/model/grid";
import { buildUnitIndex } from "../../../src/core/registry/matchUnit";
import type { UnitEntry } from "../../../src/core/registry/unitRegistry";
import { structureWorkbook } from "../../../src/core/structure/structureWorkbook";
import { validateStructured } from "../../../src/core/validate/validateWorkbook";

/** Small deterministic PRNG, so every run sees the same "unseen" ledgers. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

const REGISTRY: UnitEntry[] = ["区城市管理局", "区卫生健康局", "南湖街道", "北山街道", "桂花社区", "区教育局"].map((name) => ({
  name,
  aliases: [],
  type: null,
  street: null,
  contact: null,
  phone: null,
}));
const HEADERS = [
  ["序号", "检查日期", "责任单位", "问题描述", "具体位置", "整改期限", "整改情况", "完成日期", "联系电话"],
  ["编号", "督查时间", "被检查单位", "发现问题", "点位", "限期", "整改状态", "整改日期", "手机号"],
  ["序", "巡查日期", "责任主体", "存在问题", "地点", "整改时限", "是否整改", "完成时间", "联系方式"],
];
const PROBLEMS = ["垃圾桶满溢", "墙面乱张贴", "防蝇设施缺失", "控烟标识缺失", "餐具消毒记录不全", "健康教育栏未更新", "积水容器未清理"];

type Row = [number, string, string | null, string | null, string, string, string, string | null, string];

function cleanRow(i: number, r: () => number): Row {
  const day = 1 + Math.floor(r() * 20);
  const done = r() < 0.5;
  return [
    i + 1,
    `2024.6.${day}`,
    REGISTRY[Math.floor(r() * REGISTRY.length)]!.name,
    `${PROBLEMS[Math.floor(r() * PROBLEMS.length)]}（${i + 1}号点）`,
    `解放路${i + 1}号`,
    `2024年6月${day + 5}日`,
    done ? "已整改" : "整改中",
    done ? `2024-06-${String(day + 3).padStart(2, "0")}` : null,
    `139${String(10_000_000 + i * 7919).slice(-8)}`,
  ];
}

const INJECTIONS: Array<{ code: string; apply: (row: Row, rows: Row[]) => void }> = [
  {
    code: "missing-unit",
    apply: (row) => {
      row[2] = null;
    },
  },
  {
    code: "missing-description",
    apply: (row) => {
      row[3] = null;
    },
  },
  {
    code: "date-impossible",
    apply: (row) => {
      row[1] = "2024.6.31";
    },
  },
  {
    code: "date-unreadable",
    apply: (row) => {
      row[1] = "上周三";
    },
  },
  {
    code: "deadline-before-inspection",
    apply: (row) => {
      row[1] = "2024.6.20";
      row[5] = "2024年6月10日";
      row[6] = "整改中";
      row[7] = null;
    },
  },
  {
    code: "deadline-unreadable",
    apply: (row) => {
      row[5] = "尽快";
    },
  },
  {
    code: "rectified-without-date",
    apply: (row) => {
      row[6] = "已销号";
      row[7] = null;
    },
  },
  {
    code: "rectified-before-inspection",
    apply: (row) => {
      row[1] = "2024.6.15";
      row[5] = "2024年6月20日";
      row[6] = "已整改";
      row[7] = "2024-06-12";
    },
  },
  {
    code: "open-with-completion-date",
    apply: (row) => {
      row[6] = "未整改";
      row[7] = "2024-06-25";
    },
  },
  {
    code: "unknown-unit",
    apply: (row) => {
      row[2] = "区城管执法大队";
    },
  },
  {
    code: "bad-phone",
    apply: (row) => {
      row[8] = "1391234";
    },
  },
  {
    code: "date-out-of-period",
    apply: (row) => {
      row[1] = "2025.6.3";
      row[5] = "2025年6月8日";
      row[6] = "整改中";
      row[7] = null;
    },
  },
  {
    code: "duplicate-finding",
    apply: (row, rows) => {
      const first = rows[0]!;
      row.splice(1, 8, ...first.slice(1));
    },
  },
];

describe("validation on generated ledgers with injected mistakes", () => {
  const tally = { injected: 0, found: 0, falseAlarms: [] as string[] };
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    test(`ledger ${seed}`, () => {
      const r = rng(seed);
      const rows: Row[] = Array.from({ length: 40 }, (_, i) => cleanRow(i, r));
      const injected = new Map<number, string>();
      INJECTIONS.forEach((inj, k) => {
        const at = 2 + k * 3 + Math.floor(r() * 2);
        inj.apply(rows[at]!, rows);
        injected.set(at + 3, inj.code); // title + header above: sheet row = index + 3
      });
      const values: CellValue[][] = [[`某街道2024年6月创卫问题台账（${seed}）`], HEADERS[seed % HEADERS.length]!, ...rows];
      const result = structureWorkbook({ fileName: `台账${seed}.xlsx`, sheets: [{ name: "6月", isCsv: false, values, merges: [] }] });
      const problems = validateStructured(result, { asOf: "2024-06-30", units: buildUnitIndex(REGISTRY), disabled: new Set() }).filter(
        (p) => p.severity !== "info",
      );
      for (const [row, code] of injected) {
        tally.injected += 1;
        if (problems.some((p) => p.row === row && p.code === code)) tally.found += 1;
        else tally.falseAlarms.push(`seed ${seed}: missed ${code} at row ${row}`);
      }
      for (const p of problems) if (!injected.has(p.row!)) tally.falseAlarms.push(`seed ${seed}: false alarm ${p.code} at row ${p.row}`);
      expect(tally.falseAlarms).toEqual([]);
    });
  }
  afterAll(() =>
    process.stdout.write(`injected mistakes: ${tally.found}/${tally.injected} found, ${tally.falseAlarms.length} misses or false alarms\n`),
  );
});
