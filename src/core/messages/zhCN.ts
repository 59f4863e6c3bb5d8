/**
 * The one place user-facing problem messages live. Codes are stable identifiers (they appear in the
 * CLI's JSON); messages are Simplified Chinese templates with {param} slots.
 */
const MESSAGES = {
  "date-unreadable": "{label}无法识别为日期：“{value}”",
  "date-impossible": "{label}不是真实存在的日期：“{value}”",
  "date-ambiguous": "{label}“{value}”有两种读法（{candidates}），请写成完整日期",
  "date-no-year": "{label}“{value}”没有年份，标题、工作表名和相邻行也无法确定年份",
  "deadline-unreadable": "整改时限既不是日期，也不是“立行立改”或“长期”：“{value}”",
  "status-unknown": "整改情况无法识别：“{value}”",
  "category-unknown": "问题类别“{value}”不在类别表中，已原样保留",
  "score-not-number": "{label}不是数字：“{value}”",
  "score-out-of-range": "{label}应在0到100之间，实际为{value}",
  "row-skipped": "第{row}行未作为问题记录：{reason}",
  "row-empty-record": "第{row}行没有可识别的问题内容",
  "sheet-skipped": "工作表“{sheet}”未结构化：{reason}",
  "column-unmapped": "列“{header}”未对应到标准字段，其内容未导入",
  "missing-unit": "缺少责任单位",
  "missing-description": "缺少问题描述",
  "missing-inspection-date": "缺少检查日期",
  "date-out-of-period": "{label}{value}超出台账所属期间（{period}）",
  "deadline-before-inspection": "整改时限早于检查日期",
  "rectified-without-date": "已整改或已销号，但没有填写完成时间",
  "rectified-before-inspection": "完成时间早于检查日期",
  "open-with-completion-date": "整改情况为“{status}”，却填写了完成时间",
  "unknown-unit": "责任单位“{value}”不在单位名录中{hint}",
  "unit-alias": "“{value}”按单位名录统一为“{name}”",
  "duplicate-finding": "与第{otherRow}行重复（单位、问题、地点、日期均相同）",
  "bad-phone": "联系电话格式不正确：“{value}”",
  "photos-in-cells-unread":
    "“{header}”列有{count}张置于单元格中的图片（显示为 #VALUE!），在 Excel 中加载项读不到这类图片（Office.js 尚未正式提供读取接口），浮动在单元格上的图片可以读到；如需附上这些照片，请在浏览器页面或命令行中打开该文件",
  "doc-no-duplicate": "文号“{docNo}”在通知书登记中出现了{count}次（第{rows}行），同一文号只能发一份通知书",
  overdue: "截至{asOf}已超过整改时限（{deadline}）{days}天，仍未整改完成",
} as const;

export type ProblemCode = keyof typeof MESSAGES;
export const PROBLEM_CODES = Object.keys(MESSAGES) as [ProblemCode, ...ProblemCode[]];

/** Why rows or sheets are skipped, in the words the pane and the CLI show. */
export const SKIP_REASONS = {
  blank: "空行",
  subtotal: "小计/合计行",
  group: "分组标题行",
  note: "表尾签名或说明行",
  repeatedHeader: "重复的表头行",
  page: "页码行",
  summary: "汇总/统计表（不是台账）",
  contents: "目录或说明（不是台账）",
  empty: "空工作表",
  noHeader: "没有找到表头（不像台账）",
  owned: "本加载项生成的工作表",
  registry: "单位名录",
} as const;
export type SkipReason = keyof typeof SKIP_REASONS;

export function messageFor(code: ProblemCode, params: Record<string, string | number> = {}): string {
  const template: string = MESSAGES[code];
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = params[key];
    return v === undefined ? "" : String(v);
  });
}
