import type { CellValue } from "../../src/core/model/grid";
import { isoToExcelSerial } from "../../src/core/normalize/calendar";

/**
 * The cells of a generated ledger as clerks write them, each with what it means: header words, dates in
 * six spellings, deadline dates and phrases, status words and status sentences with or without a date.
 * Computed here independently of the structurer (plain UTC dates), so that a rule is checked, not echoed.
 */

export function rng(seed: number) {
  // Scramble the seed so that neighbouring seeds do not start on neighbouring values.
  let s = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  const next = () => (s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0) / 2 ** 32;
  for (let i = 0; i < 4; i++) next();
  return {
    next,
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
  };
}
export type Rng = ReturnType<typeof rng>;

export const WORDS = {
  inspectedOn: ["检查日期", "检查时间", "督查时间", "巡查日期", "发现时间"],
  unit: ["责任单位", "被检查单位", "责任主体", "整改单位"],
  category: ["问题类别", "问题分类", "类别"],
  description: ["问题描述", "发现问题", "存在问题", "问题内容"],
  location: ["地点", "具体位置", "点位", "问题地点"],
  deadline: ["整改时限", "整改期限", "限期", "完成时限", "整改要求时限"],
  status: ["整改情况", "整改状态", "是否整改", "整改进度"],
  statusText: ["整改落实情况", "整改结果", "落实情况", "整改完成情况"],
  rectifiedOn: ["完成日期", "完成时间", "整改日期", "销号时间"],
  photoBefore: ["整改前照片", "问题照片", "现场照片"],
  photoAfter: ["整改后照片", "整改完成照片"],
} as const;

export const STATUS_WORDS: Record<string, string[]> = {
  rectified: ["已整改", "整改到位", "已完成整改", "√", "已经整改"],
  inProgress: ["整改中", "正在整改", "部分整改"],
  pending: ["未整改", "尚未整改", "×", "整改不到位"],
  closed: ["已销号", "复查合格"],
  relapsed: ["反弹", "问题反弹"],
};

const pad = (n: number) => String(n).padStart(2, "0");
export const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
export const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const utc = (s: string) => {
  const [y, m, d] = s.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};
const isoOf = (t: Date) => iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());

export function plusDays(s: string, days: number): string {
  const t = utc(s);
  t.setUTCDate(t.getUTCDate() + days);
  return isoOf(t);
}

function plusWorkingDays(s: string, days: number): string {
  const t = utc(s);
  for (let left = days; left > 0;) {
    t.setUTCDate(t.getUTCDate() + 1);
    if (t.getUTCDay() !== 0 && t.getUTCDay() !== 6) left -= 1;
  }
  return isoOf(t);
}

/** The Friday of the week (Monday to Sunday) after the one holding `s`. */
function nextWeeksFriday(s: string): string {
  const weekday = utc(s).getUTCDay() || 7;
  return plusDays(s, 7 - weekday + 5);
}

export function dateCell(s: string, style: number, r: Rng): CellValue {
  const [y, m, d] = s.split("-").map(Number) as [number, number, number];
  const spellings: CellValue[] = [isoToExcelSerial(s), `${y}.${m}.${d}`, `${y}年${m}月${d}日`, `${y}/${pad(m)}/${pad(d)}`, `${m}月${d}日`];
  return spellings[style] ?? (r.chance(0.5) ? `${m}.${d}` : `${m}月${d}日`);
}

const CN = ["", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"];

/** A deadline cell and what it means, counted from the inspection date where it is a phrase. */
export function deadlineCell(inspected: string, style: number, r: Rng): [CellValue, string] {
  const [y, m, d] = inspected.split("-").map(Number) as [number, number, number];
  const kind = r.int(0, 9);
  if (kind <= 2) return [dateCell(plusDays(inspected, 5), style, r), plusDays(inspected, 5)];
  const days = r.int(3, 10);
  const hours = r.pick([24, 48, 72]);
  const phrases: Array<[string, string]> = [
    [`${m}月底前`, iso(y, m, lastDay(y, m))],
    [`${m}月${Math.min(d + 6, 28)}日前`, iso(y, m, Math.min(d + 6, 28))],
    [r.pick(["即知即改", "立行立改", "即时整改", "立整立改"]), "immediate"],
    ["限3日内", plusDays(inspected, 3)],
    [r.pick(["一周内", "7日内", "一周"]), plusDays(inspected, 7)],
    ["本月内", iso(y, m, lastDay(y, m))],
    [r.pick(["两周内", "两周内完成整改"]), plusDays(inspected, 14)],
    [r.pick([`限期${days}天`, `限${days}日`, `${CN[days]}天`]), plusDays(inspected, days)],
    [`${hours}小时内`, plusDays(inspected, hours / 24)],
    [`${CN[5]}个工作日`, plusWorkingDays(inspected, 5)],
    ["下周五前", nextWeeksFriday(inspected)],
    ["限期一个月", m === 12 ? iso(y + 1, 1, d) : iso(y, m + 1, Math.min(d, lastDay(y, m + 1)))],
  ];
  return r.pick(phrases);
}

/** A status cell: a word, or in a free-text column a sentence, with the completion date it states. */
export function statusCell(status: string, done: string | null, text: boolean, year: number, r: Rng): [string, string | null] {
  if (!text) return [r.pick(STATUS_WORDS[status]!), null];
  const [, m, d] = (done ?? "2000-01-01").split("-").map(Number) as [number, number, number];
  switch (status) {
    case "rectified":
      return r.pick<[string, string | null]>([
        [`已于${m}月${d}日整改到位`, done],
        [`已于${m}月${d}日${r.pick(["整改", "拆除", "清理", "疏通到位", "当场整改"])}`, done],
        [`已于${m}/${d}整改`, done],
        [`已整改（${year}.${m}.${d}）`, done],
        [`整改完毕 ${m}/${d}`, done],
        [`已整改到位（限期${m}月${Math.min(d + 2, 28)}日）`, null],
        ["已整改", null],
      ]);
    case "closed":
      return r.pick<[string, string | null]>([
        [`${m}月${d}日复查已销号`, done],
        ["已销号", null],
      ]);
    case "inProgress":
      return r.pick<[string, string | null]>([
        [`正在整改，预计${Math.min(m + 1, 12)}月底完成`, null],
        ["整改中", null],
      ]);
    case "pending":
      return r.pick<[string, string | null]>([
        ["未整改（商户不配合）", null],
        ["尚未整改", null],
        ["整改不到位", null],
        ["复查未通过（问题仍存在）", null],
        ["无法整改，已上报", null],
      ]);
    default:
      return ["问题反弹", null];
  }
}
