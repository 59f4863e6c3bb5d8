import type { FindingField } from "../model/finding";

/**
 * Header words offices use for each canonical field, strongest first. Matching also goes by
 * similarity and by what a column's values look like (see mapColumns), so this lists the words,
 * not every spelling of them.
 */
export const FIELD_SYNONYMS: Record<FindingField, readonly string[]> = {
  inspectedOn: [
    "检查日期", "检查时间", "督查日期", "督查时间", "巡查日期", "巡查时间", "暗访日期", "暗访时间", "发现日期",
    "发现时间", "交办日期", "交办时间", "登记日期", "检查日", "督导时间", "抽查时间", "日期",
  ],
  unit: [
    "责任单位", "被检查单位", "被督查单位", "被检单位", "责任主体", "整改单位", "责任部门", "所属单位", "包保单位",
    "属地单位", "单位名称", "单位", "属地", "责任街道", "所属社区", "社区", "街道", "部门",
  ],
  category: [
    "问题类别", "问题分类", "问题类型", "检查类别", "检查项目", "类别", "分类", "类型", "项目类别", "所属类别", "专项", "项目",
  ],
  description: [
    "问题描述", "发现问题", "存在问题", "问题内容", "主要问题", "具体问题", "问题情况", "检查发现问题", "存在的问题",
    "问题表现", "问题", "检查内容", "情况描述",
  ],
  location: [
    "具体位置", "具体地点", "问题地点", "问题点位", "所在位置", "检查地点", "检查点位", "地点", "位置", "点位", "地址",
    "区域", "路段", "场所",
  ],
  measure: ["整改措施", "整改要求", "整改意见", "处理意见", "处置意见", "整改建议", "措施", "要求"],
  deadline: [
    "整改时限", "整改期限", "完成时限", "整改时间要求", "要求完成时间", "限期整改时间", "限期", "时限", "期限", "截止日期",
    "截止时间", "整改期",
  ],
  status: [
    "整改情况", "整改状态", "是否整改", "整改结果", "整改进度", "进展情况", "完成情况", "落实情况", "整改进展", "状态",
    "是否完成", "销号情况",
  ],
  rectifiedOn: [
    "完成日期", "完成时间", "整改日期", "整改完成时间", "整改完成日期", "实际完成时间", "销号日期", "销号时间", "整改时间",
    "复查日期", "复查时间", "办结时间",
  ],
  owner: ["责任人", "负责人", "整改责任人", "经办人", "联系人", "包保责任人"],
  phone: ["联系电话", "电话", "手机", "手机号", "手机号码", "联系方式"],
  noticeNo: ["通知书编号", "通知书文号", "交办单号", "文号", "通知编号"],
  remark: ["备注", "说明", "附注"],
};

/** Headers that are known and deliberately not imported (row numbers and the like). */
export const IGNORED_HEADERS = ["序号", "编号", "序", "no", "id", "行号"];

/** Score-sheet part columns (unit assessment, seed 003). */
export const SCORE_SYNONYMS = {
  env: ["环境卫生", "市容环境卫生", "环境卫生得分", "环卫"],
  health: ["健康教育", "健康教育得分", "健教"],
  vector: ["除四害", "病媒防制", "病媒生物防制", "病媒", "四害防制", "除四害得分"],
  total: ["总分", "合计得分", "综合得分", "得分合计"],
  grade: ["等次", "等级", "评定等次", "考评等次"],
} as const;
