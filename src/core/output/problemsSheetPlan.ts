import { FIELD_LABELS, type FindingField } from "../model/finding";
import { problemMessage, type Problem } from "../model/problem";
import type { SheetPlan } from "./sheetPlan";

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
    p.code,
  ]);
  return {
    name: PROBLEMS_SHEET,
    columns: [
      { header: "级别", width: 8, numberFormat: "@", kind: "text" },
      { header: "工作表", width: 14, numberFormat: "@", kind: "text" },
      { header: "单元格", width: 10, numberFormat: "@", kind: "text" },
      { header: "字段", width: 10, numberFormat: "@", kind: "text" },
      { header: "问题", width: 48, numberFormat: "@", kind: "text" },
      { header: "建议", width: 18, numberFormat: "@", kind: "text" },
      { header: "规则", width: 24, numberFormat: "@", kind: "text" },
    ],
    rows,
    table: { name: "校验结果表", style: "TableStyleLight1" },
    freezeHeader: true,
    links: problems.flatMap((p, i) => (p.sheet !== null && p.row !== null ? [{ row: i, col: 2, sheet: p.sheet, cell: `${p.column ?? "A"}${p.row}` }] : [])),
  };
}
