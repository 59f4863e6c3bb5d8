import { z } from "zod";
import { FindingPhotosSchema } from "../photos/picture";

export const FINDING_FIELDS = [
  "inspectedOn",
  "unit",
  "category",
  "description",
  "location",
  "measure",
  "deadline",
  "status",
  "rectifiedOn",
  "owner",
  "phone",
  "noticeNo",
  "remark",
  "origin",
] as const;
export const FindingFieldSchema = z.enum(FINDING_FIELDS);
export type FindingField = z.infer<typeof FindingFieldSchema>;

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const DeadlineSchema = z.union([IsoDateSchema, z.literal("immediate"), z.literal("longTerm")]);
export type Deadline = z.infer<typeof DeadlineSchema>;

export const STATUSES = ["rectified", "inProgress", "pending", "closed", "relapsed"] as const;
export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;

export const SourceRefSchema = z.object({
  file: z.string(),
  /** null for CSV files, which have no sheets. */
  sheet: z.string().nullable(),
  /** 1-based sheet row. */
  row: z.number().int().positive(),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** The canonical finding of DESIGN.md; every field a row does not carry is null. */
export const FindingSchema = z.object({
  id: z.string(),
  source: SourceRefSchema,
  inspectedOn: IsoDateSchema.nullable(),
  unit: z.string().nullable(),
  category: z.string().nullable(),
  description: z.string().nullable(),
  location: z.string().nullable(),
  measure: z.string().nullable(),
  deadline: DeadlineSchema.nullable(),
  status: StatusSchema.nullable(),
  rectifiedOn: IsoDateSchema.nullable(),
  owner: z.string().nullable(),
  phone: z.string().nullable(),
  noticeNo: z.string().nullable(),
  remark: z.string().nullable(),
  /** 问题来源 (上级督查交办, 社区自查, 群众举报 …): from a 来源 column or the section title over the table. */
  origin: z.string().nullable().optional(),
  /** 整改前/整改后 pictures from the row's photo columns; absent when the sheet has none. */
  photos: FindingPhotosSchema.optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** 中文 labels users see for each field (the 标准台账 headers). */
export const FIELD_LABELS: Record<FindingField, string> = {
  inspectedOn: "检查日期",
  unit: "责任单位",
  category: "问题类别",
  description: "问题描述",
  location: "地点",
  measure: "整改措施",
  deadline: "整改时限",
  status: "整改情况",
  rectifiedOn: "完成时间",
  owner: "责任人",
  phone: "联系电话",
  noticeNo: "通知书编号",
  remark: "备注",
  origin: "问题来源",
};

export const STATUS_LABELS: Record<Status, string> = {
  rectified: "已整改",
  inProgress: "整改中",
  pending: "未整改",
  closed: "已销号",
  relapsed: "反弹",
};

export const DEADLINE_LABELS = { immediate: "立行立改", longTerm: "长期" } as const;
