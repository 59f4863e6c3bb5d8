import { DEADLINE_LABELS, STATUS_LABELS, type Finding } from "../model/finding";
import type { CellValue } from "../model/grid";
import { isoToExcelSerial } from "../normalize/calendar";
import { toHalfWidth } from "../normalize/text";
import type { Settings } from "../settings/settings";

/** Sheet names of a 交办单 workbook: the form, and the hidden facts the reply is matched by. */
export const FORM_SHEET = "交办单";
export const FORM_INFO_SHEET = "交办信息";

export type FormColumnKey =
  | "id"
  | "inspectedOn"
  | "category"
  | "description"
  | "location"
  | "requirement"
  | "deadline"
  | "status"
  | "rectifiedOn"
  | "measure"
  | "owner"
  | "phone";

export interface FormColumn {
  key: FormColumnKey;
  header: string;
  /** Characters. */
  width: number;
  /** Reply columns are the unit's to fill; the finding's columns are locked. */
  reply: boolean;
  kind: "text" | "date";
}

/** The form's columns; headers are also how a reply is read back, so they are fixed words. */
export const FORM_COLUMNS: readonly FormColumn[] = [
  { key: "id", header: "编号", width: 19, reply: false, kind: "text" },
  { key: "inspectedOn", header: "检查日期", width: 11, reply: false, kind: "date" },
  { key: "category", header: "问题类别", width: 11, reply: false, kind: "text" },
  { key: "description", header: "问题描述", width: 28, reply: false, kind: "text" },
  { key: "location", header: "地点", width: 14, reply: false, kind: "text" },
  { key: "requirement", header: "整改要求", width: 16, reply: false, kind: "text" },
  { key: "deadline", header: "整改时限", width: 11, reply: false, kind: "date" },
  { key: "status", header: "整改情况", width: 10, reply: true, kind: "text" },
  { key: "rectifiedOn", header: "完成时间", width: 11, reply: true, kind: "date" },
  { key: "measure", header: "整改措施/说明", width: 24, reply: true, kind: "text" },
  { key: "owner", header: "责任人", width: 9, reply: true, kind: "text" },
  { key: "phone", header: "联系电话", width: 15, reply: true, kind: "text" },
];

/** Empty rows under the findings where a unit can add problems it found itself. */
export const FORM_SPARE_ROWS = 10;

/** Rows above the header: title, 单位 line, instructions. */
export const FORM_HEADER_ROW = 4;

export interface ReplyFormPlan {
  unit: string;
  fileName: string;
  title: string;
  /** 责任单位, dates and batch, on one line under the title. */
  subtitle: string;
  instructions: string;
  statusWords: string[];
  /** One row per finding, in FORM_COLUMNS order; dates as serials. */
  rows: CellValue[][];
  findingIds: string[];
  /** Written to the hidden 交办信息 sheet: 批次, 交办日期, 回复期限, 单位, 本批次单位. */
  info: Array<[string, string]>;
}

export interface BatchInfo {
  batch: string;
  issuedOn: string;
  replyBy: string | null;
  units: readonly string[];
}

export const DISTRIBUTE_KIND = "交办单";
const REPLY_DAYS = toHalfWidth("回复期限（天）");
const DEFAULT_STATUS_WORDS = [STATUS_LABELS.rectified, STATUS_LABELS.inProgress, STATUS_LABELS.pending];

/** 设置 rows 交办单 | 整改情况选项 | 已整改、整改中、未整改 and 交办单 | 回复期限（天） | 7. */
export function distributeSettings(settings: Settings): { statusWords: string[]; replyDays: number } {
  let statusWords = DEFAULT_STATUS_WORDS;
  let replyDays = 7;
  for (const o of settings.other) {
    if (o.kind !== DISTRIBUTE_KIND) continue;
    // parseSettings folds full-width brackets, so （天） arrives as (天); either spelling is the setting.
    const name = toHalfWidth(o.name);
    if (name === "整改情况选项") {
      const words = o.value
        .split(/[、,，;；\s]+/)
        .map((w) => w.trim())
        .filter(Boolean);
      if (words.length > 0) statusWords = words;
    }
    if (name === REPLY_DAYS && Number.isInteger(Number(o.value)) && Number(o.value) > 0) replyDays = Number(o.value);
  }
  return { statusWords, replyDays };
}

const safeName = (s: string): string => s.replace(/[\\/:*?"<>|\s]/g, "_");

function formRow(f: Finding): CellValue[] {
  const date = (iso: string | null): CellValue => (iso ? isoToExcelSerial(iso) : null);
  return FORM_COLUMNS.map((c) => {
    switch (c.key) {
      case "id":
        return f.id;
      case "inspectedOn":
        return date(f.inspectedOn);
      case "category":
        return f.category;
      case "description":
        return f.description;
      case "location":
        return f.location;
      case "requirement":
        return f.measure;
      case "deadline":
        return f.deadline === "immediate" || f.deadline === "longTerm" ? DEADLINE_LABELS[f.deadline] : date(f.deadline);
      case "status":
        return f.status ? STATUS_LABELS[f.status] : null;
      case "rectifiedOn":
        return date(f.rectifiedOn);
      case "measure":
        return null;
      case "owner":
        return f.owner;
      case "phone":
        return f.phone;
    }
  });
}

/**
 * One 交办单 per unit: the unit's open findings with their 编号 (locked), and the columns the unit
 * fills in (unlocked). The hidden 交办信息 sheet says which batch it belongs to and which units the
 * batch went to, so replies can be matched and silent units found without any other record.
 */
export function replyFormPlans(findings: readonly Finding[], batch: BatchInfo, statusWords: readonly string[]): ReplyFormPlan[] {
  const byUnit = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.unit) continue;
    let list = byUnit.get(f.unit);
    if (!list) byUnit.set(f.unit, (list = []));
    list.push(f);
  }
  const replyBy = batch.replyBy ? `，请于${batch.replyBy}前回复` : "";
  return [...byUnit].map(([unit, list]) => ({
    unit,
    fileName: `交办单-${safeName(unit)}-${batch.issuedOn}.xlsx`,
    title: "创卫问题整改交办单",
    subtitle: `责任单位：${unit}\u3000\u3000交办日期：${batch.issuedOn}${replyBy}\u3000\u3000批次：${batch.batch}`,
    instructions:
      "请在黄色列填写：整改情况（下拉选择）、完成时间（如 2025-06-10）、整改措施/说明、责任人、联系电话；灰色列请勿改动；新发现的问题请写在表格下方空行。",
    statusWords: [...statusWords],
    rows: list.map(formRow),
    findingIds: list.map((f) => f.id),
    info: [
      ["批次", batch.batch],
      ["交办日期", batch.issuedOn],
      ["回复期限", batch.replyBy ?? ""],
      ["单位", unit],
      ["本批次单位", batch.units.join("、")],
    ],
  }));
}
