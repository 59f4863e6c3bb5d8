import { FIELD_LABELS, type FindingField } from "../model/finding";
import { problemMessage, type Problem } from "../model/problem";
import type { ProblemCode } from "../messages/zhCN";
import { ruleLabel } from "../validate/ruleLabels";
import { EXCEL_LIMITS, textColumn, type SheetPlan } from "./sheetPlan";

export const PROBLEMS_SHEET = "校验结果";
const SEVERITY_LABELS = { error: "错误", warning: "警告", info: "提示" } as const;
const SCORE_LABELS: Record<string, string> = { env: "环境卫生", health: "健康教育", vector: "病媒防制" };

/** 校验结果: one row per problem, its cell a link that jumps to the cell to fix. */
export function problemsSheetPlan(problems: readonly Problem[], fileName: string): SheetPlan {
  const rows = problems.map((p) => [
    SEVERITY_LABELS[p.severity],
    p.sheet ?? fileName,
    p.row === null ? null : `${p.column ?? ""}${p.row}`,
    p.field ? (FIELD_LABELS[p.field as FindingField] ?? SCORE_LABELS[p.field] ?? null) : null,
    problemMessage(p),
    p.suggestion,
    ruleLabel(p.code as ProblemCode),
  ]);
  return {
    name: PROBLEMS_SHEET,
    columns: [
      textColumn("级别", 8),
      textColumn("工作表", 14),
      textColumn("单元格", 10),
      textColumn("字段", 10),
      textColumn("问题", 48),
      textColumn("建议", 18),
      textColumn("规则", 20),
    ],
    rows,
    table: { name: "校验结果表", style: "TableStyleLight1" },
    freezeHeader: true,
    // Excel keeps at most 65,530 hyperlinks a sheet; the problems past them still list their cell.
    links: problems
      .flatMap((p, i) =>
        p.sheet !== null && p.row !== null ? [{ row: i, col: 2, sheet: p.sheet, cell: `${p.column ?? "A"}${p.row}` }] : [],
      )
      .slice(0, EXCEL_LIMITS.hyperlinksPerSheet),
  };
}
