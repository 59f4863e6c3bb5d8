import type { ProblemCode } from "../messages/zhCN";
import { ALL_RULES } from "./ruleSet";

// Problems found while structuring (the validation rules carry their own labels).
const STRUCTURE_LABELS: Partial<Record<ProblemCode, string>> = {
  "date-unreadable": "日期无法识别",
  "date-impossible": "日期不存在",
  "date-ambiguous": "日期有歧义",
  "date-no-year": "日期缺少年份",
  "deadline-unreadable": "整改时限无法识别",
  "status-unknown": "整改情况无法识别",
  "category-unknown": "问题类别不在类别表中",
  "score-not-number": "考评分数不是数字",
  "score-out-of-range": "考评分数超出0–100",
  "row-skipped": "未作为问题记录的行",
  "row-empty-record": "没有问题内容的行",
  "sheet-skipped": "未结构化的工作表",
  "column-unmapped": "未导入的列",
  "unit-alias": "按单位名录统一的单位名称",
  "photos-in-cells-unread": "读不到的置于单元格中的照片",
  "doc-no-duplicate": "通知书文号重复",
};

/** The name a user reads for a kind of problem: in the 校验 panel's groups and the 规则 column of 校验结果 (codes stay in --json). */
export function ruleLabel(code: ProblemCode): string {
  return ALL_RULES.find((r) => r.code === code)?.label ?? STRUCTURE_LABELS[code] ?? code;
}
