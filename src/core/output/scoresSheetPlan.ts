import type { ScoreRecord, ScoringRules } from "../model/score";
import { textColumn, type SheetPlan } from "./sheetPlan";

export const SCORES_SHEET = "考评汇总";

/** 考评汇总: units ranked by total, invalid rows last with no total, then the count per grade. */
export function scoresSheetPlan(records: readonly ScoreRecord[], rules: ScoringRules): SheetPlan {
  const valid = records
    .filter((r) => r.total !== null)
    .sort((a, b) => b.total! - a.total! || (a.unit ?? "").localeCompare(b.unit ?? "", "zh-CN"));
  const invalid = records.filter((r) => r.total === null);
  let rank = 0;
  let previous: number | null = null;
  const rows = valid.map((r, i) => {
    if (r.total !== previous) rank = i + 1; // ties share a rank
    previous = r.total;
    return [rank, r.unit, r.env, r.health, r.vector, r.total, r.grade, `${r.source.sheet ?? ""}第${r.source.row}行`];
  });
  for (const r of invalid)
    rows.push([null, r.unit, r.env, r.health, r.vector, null, "无效（分数有误）", `${r.source.sheet ?? ""}第${r.source.row}行`]);
  rows.push([null, null, null, null, null, null, null, null]);
  const weights = rules.weights.map((w) => Math.round(w * 100) / 10).join(":");
  rows.push(["等次统计", `权重 ${weights}`, null, null, null, null, null, null]);
  const grades = [...rules.grades].sort((a, b) => b.min - a.min);
  grades.forEach((g, i) => {
    rows.push([
      g.label,
      valid.filter((r) => r.grade === g.label).length,
      null,
      null,
      null,
      null,
      i === grades.length - 1 ? "其余" : `≥ ${g.min}`,
      null,
    ]);
  });
  return {
    name: SCORES_SHEET,
    columns: [
      { header: "名次", width: 8, numberFormat: null, kind: "number" },
      textColumn("责任单位", 22),
      { header: "环境卫生", width: 10, numberFormat: null, kind: "number" },
      { header: "健康教育", width: 10, numberFormat: null, kind: "number" },
      { header: "病媒防制", width: 10, numberFormat: null, kind: "number" },
      { header: "总分", width: 10, numberFormat: "0.0", kind: "number" },
      textColumn("等次", 16),
      textColumn("来源", 18),
    ],
    rows,
    table: null,
    freezeHeader: true,
  };
}
