import { z } from "zod";
import type { Settings } from "../settings/settings";

export const NOTICE_KIND = "通知书";

export const OFFICE_LEVELS = ["县", "区", "市"] as const;
export type OfficeLevel = (typeof OFFICE_LEVELS)[number];

/** Everything a notice says that is not a finding: who issues it, how it is numbered, whom to call. */
export const NoticeSettingsSchema = z.object({
  issuer: z.string().default(""),
  /** 县/区/市: whose 通报 the consequence sentence names and the default 检查组; null: read from the issuer's name. */
  level: z.enum(OFFICE_LEVELS).nullable().default(null),
  prefix: z.string().default("创卫办"),
  title: z.string().default("创卫工作限期整改通知书"),
  variant: z.enum(["notice", "assignment"]).default("notice"),
  /** Empty: "<级别>创卫办督查组". */
  team: z.string().default(""),
  method: z.enum(["明查", "暗访", "明查暗访"]).default("明查"),
  contact: z.string().default(""),
  phone: z.string().default(""),
  cc: z.string().default(""),
  reportDays: z.number().int().positive().default(3),
  /** The third requirement: what follows if the unit does not rectify. Empty: the default for the level. */
  consequence: z.string().default(""),
});
export type NoticeSettings = z.infer<typeof NoticeSettingsSchema>;

export const NOTICE_TITLES = { notice: "创卫工作限期整改通知书", assignment: "创卫督查问题交办单" } as const;

const NAMES: Record<keyof NoticeSettings, string> = {
  issuer: "发文机关",
  level: "级别",
  prefix: "发文代字",
  title: "标题",
  variant: "样式",
  team: "检查组",
  method: "检查方式",
  contact: "联系人",
  phone: "联系电话",
  cc: "抄送",
  reportDays: "反馈期限（天）",
  consequence: "通报措辞",
};

const NOTES: Partial<Record<keyof NoticeSettings, string>> = {
  issuer: "落款和版头使用的机关全称",
  level: "县、区或市：决定“全X创卫工作通报”和默认检查组",
  prefix: "文号写作 代字〔年份〕序号号",
  team: "留空时为“X创卫办督查组”（X 为级别）",
  consequence: "留空时按级别生成，如“将在全区创卫工作通报中予以通报”",
};

/**
 * The level of an office from its name: the last 县/区/市 of the place name before the office words
 * ("某区创建国家卫生城市…办公室" → 区, "长沙市雨花区爱卫办" → 区, "浏阳市创卫办" → 市).
 */
export function officeLevel(issuer: string): OfficeLevel | null {
  const place = /^(.*?)(创|爱|卫|巩|人民政府|党委|委员会|领导小组|办公室|指挥部)/.exec(issuer)?.[1] ?? issuer;
  const found = [...place.replace(/城市|市场/g, "")].reverse().find((c) => c === "县" || c === "区" || c === "市" || c === "旗");
  return found === "旗" ? "县" : ((found as OfficeLevel | undefined) ?? null);
}

export function effectiveLevel(s: NoticeSettings): OfficeLevel | null {
  return s.level ?? officeLevel(s.issuer);
}

export function defaultTeam(s: NoticeSettings): string {
  return `${effectiveLevel(s) ?? ""}创卫办督查组`;
}

export function defaultConsequence(s: NoticeSettings): string {
  const level = effectiveLevel(s);
  return `逾期未整改或整改不到位的，将在${level ? `全${level}` : ""}创卫工作通报中予以通报，并纳入年度创卫工作考评扣分。`;
}

/** What must be set before a notice can carry a number: a notice without its office is not a document. */
export function missingNoticeSettings(s: NoticeSettings): string[] {
  return s.issuer.trim() ? [] : ["发文机关"];
}

/** 设置 rows 通知书 | 发文机关 | …; unknown or empty values fall back to the defaults. */
export function noticeSettings(settings: Settings): NoticeSettings {
  const raw: Record<string, unknown> = {};
  for (const o of settings.other) {
    if (o.kind !== NOTICE_KIND || o.value.trim() === "") continue;
    const key = (Object.keys(NAMES) as Array<keyof NoticeSettings>).find((k) => NAMES[k] === o.name);
    if (!key) continue;
    const value = o.value.trim();
    if (key === "reportDays") raw[key] = Number(value);
    else if (key === "variant") raw[key] = value.includes("交办") ? "assignment" : "notice";
    else if (key === "level") raw[key] = OFFICE_LEVELS.find((l) => value.startsWith(l)) ?? null;
    else raw[key] = value;
  }
  const parsed = NoticeSettingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : NoticeSettingsSchema.parse({});
}

export function noticeSettingRows(s: NoticeSettings): Settings["other"] {
  return (Object.keys(NAMES) as Array<keyof NoticeSettings>).map((k) => ({
    kind: NOTICE_KIND,
    sheet: "",
    name: NAMES[k],
    value:
      k === "variant"
        ? s.variant === "assignment"
          ? "督查问题交办单"
          : "限期整改通知书"
        : k === "level"
          ? (effectiveLevel(s) ?? "")
          : String(s[k]),
    note: NOTES[k] ?? "",
  }));
}
