import { normalizeCategory } from "../../../src/core/normalize/normalizeCategory";
import { foldText } from "../../../src/core/normalize/text";
import { toSimplified } from "../../../src/core/normalize/traditional";
import { deadlineKeyword, readDeadlinePhrase } from "../../../src/core/vocab/deadlines";
import { normalizeStatus } from "../../../src/core/vocab/statuses";
import { scoreHeader } from "../../../src/core/structure/headerMatch";

test.each([
  ["已整改", "rectified"],
  ["√", "rectified"],
  ["是", "rectified"],
  ["整改到位", "rectified"],
  ["已完成整改", "rectified"],
  ["完成", "rectified"],
  ["整改中", "inProgress"],
  ["部分整改", "inProgress"],
  ["正在整改", "inProgress"],
  ["未整改", "pending"],
  ["×", "pending"],
  ["否", "pending"],
  ["尚未整改", "pending"],
  ["未完成", "pending"],
  ["已销号", "closed"],
  ["复查合格", "closed"],
  ["验收合格", "closed"],
  ["反弹", "relapsed"],
  ["问题反弹", "relapsed"],
])("status %s → %s", (text, status) => {
  expect(normalizeStatus(text)).toBe(status);
});

test("an unknown status is null, not a guess", () => {
  expect(normalizeStatus("待定")).toBeNull();
});

test.each([
  ["环境卫生", "市容环境卫生"],
  ["环卫", "市容环境卫生"],
  ["除四害", "病媒生物防制"],
  ["病媒", "病媒生物防制"],
  ["健教", "健康教育"],
  ["禁烟", "控烟"],
  ["食安", "食品安全"],
  ["餐饮卫生", "食品安全"],
  ["一、病媒生物防制(共3个问题)", "病媒生物防制"],
  ["（一）市容市貌问题", "市容环境卫生"],
  ["（三）无烟环境问题", "控烟"],
  ["飲用水", "生活饮用水"],
  ["環境衛生", "市容环境卫生"],
])("category %s → %s", (text, name) => {
  expect(normalizeCategory(text)).toBe(name);
});

test("deadline words", () => {
  expect(deadlineKeyword("立行立改")).toBe("immediate");
  expect(deadlineKeyword("立即整改")).toBe("immediate");
  expect(deadlineKeyword("长期")).toBe("longTerm");
  expect(deadlineKeyword("长期坚持")).toBe("longTerm");
  expect(deadlineKeyword("5月10日")).toBeNull();
  expect(readDeadlinePhrase("7日内")).toEqual({ kind: "span", count: 7, unit: "day" });
  expect(readDeadlinePhrase("10个工作日内完成")).toEqual({ kind: "span", count: 10, unit: "workingDay" });
});

test("Traditional → Simplified and text folding", () => {
  expect(toSimplified("區農貿市場管理所")).toBe("区农贸市场管理所");
  expect(toSimplified("整改臺賬")).toBe("整改台账");
  expect(foldText("  垃圾桶\n周边　蝇类 ")).toBe("垃圾桶周边蝇类");
  expect(foldText("Ｂ区 12 号")).toBe("B区 12 号");
});

test.each([
  ["检查时间", "inspectedOn"],
  ["被检查单位", "unit"],
  ["发现问题", "description"],
  ["具体位置", "location"],
  ["整改期限", "deadline"],
  ["限期", "deadline"],
  ["整改状态", "status"],
  ["整改日期", "rectifiedOn"],
  ["整改情况·是否整改", "status"],
  ["整改情况·完成时间", "rectifiedOn"],
  ["檢查時間", "inspectedOn"],
  ["问题点位", "location"],
  ["存在的主要问题", "description"],
  ["督查发现时间", "inspectedOn"],
])("header %s → %s", (label, field) => {
  expect(scoreHeader(label)[0]!.field).toBe(field);
});
