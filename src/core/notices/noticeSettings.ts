import { z } from "zod";
import type { Settings } from "../settings/settings";

export const NOTICE_KIND = "通知书";

/** Everything a notice says that is not a finding: who issues it, how it is numbered, whom to call. */
export const NoticeSettingsSchema = z.object({
  issuer: z.string().default(""),
  prefix: z.string().default("创卫办"),
  title: z.string().default("创卫工作限期整改通知书"),
  variant: z.enum(["notice", "assignment"]).default("notice"),
  team: z.string().default("市创卫办督查组"),
  method: z.enum(["明查", "暗访", "明查暗访"]).default("明查"),
  contact: z.string().default(""),
  phone: z.string().default(""),
  cc: z.string().default(""),
  reportDays: z.number().int().positive().default(3),
});
export type NoticeSettings = z.infer<typeof NoticeSettingsSchema>;

const NAMES: Record<keyof NoticeSettings, string> = {
  issuer: "发文机关",
  prefix: "发文代字",
  title: "标题",
  variant: "样式",
  team: "检查组",
  method: "检查方式",
  contact: "联系人",
  phone: "联系电话",
  cc: "抄送",
  reportDays: "反馈期限（天）",
};

/** 设置 rows 通知书 | 发文机关 | …; unknown or empty values fall back to the defaults. */
export function noticeSettings(settings: Settings): NoticeSettings {
  const raw: Record<string, unknown> = {};
  for (const o of settings.other) {
    if (o.kind !== NOTICE_KIND || o.value.trim() === "") continue;
    const key = (Object.keys(NAMES) as Array<keyof NoticeSettings>).find((k) => NAMES[k] === o.name);
    if (!key) continue;
    if (key === "reportDays") raw[key] = Number(o.value);
    else if (key === "variant") raw[key] = o.value.includes("交办") ? "assignment" : "notice";
    else raw[key] = o.value.trim();
  }
  const parsed = NoticeSettingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : NoticeSettingsSchema.parse({});
}

export function noticeSettingRows(s: NoticeSettings): Settings["other"] {
  return (Object.keys(NAMES) as Array<keyof NoticeSettings>).map((k) => ({
    kind: NOTICE_KIND,
    sheet: "",
    name: NAMES[k],
    value: k === "variant" ? (s.variant === "assignment" ? "督查问题交办单" : "限期整改通知书") : String(s[k]),
    note: k === "issuer" ? "落款和版头使用的机关全称" : k === "prefix" ? "文号写作 代字〔年份〕序号号" : "",
  }));
}
