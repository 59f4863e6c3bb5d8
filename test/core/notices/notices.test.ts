import type { Finding } from "../../../src/core/model/finding";
import { planToGrid } from "../../../src/core/output/planToGrid";
import { buildNotices, registerEntries } from "../../../src/core/notices/buildNotices";
import { chineseDate, formatDocNo, parseDocNo } from "../../../src/core/notices/docNumber";
import { nextNumbers, parseRegister, registerSheetPlan, voidNotice } from "../../../src/core/notices/noticeRegister";
import {
  missingNoticeSettings,
  noticeSettingRows,
  noticeSettings,
  NoticeSettingsSchema,
  officeLevel,
} from "../../../src/core/notices/noticeSettings";
import { selectForNotices } from "../../../src/core/notices/selectForNotices";

function finding(id: string, over: Partial<Finding> = {}): Finding {
  return {
    id,
    source: { file: "a.xlsx", sheet: "台账", row: 3 },
    inspectedOn: "2024-05-11",
    unit: "区城市管理局",
    category: null,
    description: `问题${id}`,
    location: "解放路",
    measure: null,
    deadline: "2024-05-26",
    status: "pending",
    rectifiedOn: null,
    owner: null,
    phone: null,
    noticeNo: null,
    remark: null,
    ...over,
  };
}
const settings = NoticeSettingsSchema.parse({ issuer: "某区创卫办", prefix: "区创卫办" });

test("文号 follow GB/T 9704: 六角括号, full year, no leading zeros", () => {
  expect(formatDocNo("区创卫办", 2024, 7)).toBe("区创卫办〔2024〕7号");
  expect(parseDocNo("区创卫办〔2024〕7号")).toEqual({ prefix: "区创卫办", year: 2024, number: 7 });
  expect(parseDocNo("区创卫办[2024]第007号")).toEqual({ prefix: "区创卫办", year: 2024, number: 7 });
  expect(chineseDate("2024-05-06")).toBe("2024年5月6日");
});

test("open findings without a notice are chosen; incomplete ones are held back by the pre-check", () => {
  const ledger = [
    finding("1"),
    finding("2", { status: "rectified" }),
    finding("3", { noticeNo: "区创卫办〔2024〕1号" }),
    finding("4", { unit: null }),
    finding("5", { deadline: null }),
    finding("6", { status: "relapsed", unit: "南湖街道" }),
    finding("7", { inspectedOn: null }),
  ];
  const c = selectForNotices(ledger);
  expect(c.chosen.map((f) => f.id)).toEqual(["1", "6"]);
  expect(c.alreadyIssued.map((f) => f.id)).toEqual(["3"]);
  expect(c.excluded.map((e) => [e.finding.id, e.reason])).toEqual([
    ["4", "noUnit"],
    ["5", "noDeadline"],
    ["7", "noInspectionDate"],
  ]);
  expect(selectForNotices(ledger, { units: ["南湖街道"] }).chosen.map((f) => f.id)).toEqual(["6"]);
  expect(selectForNotices(ledger, { reissue: true }).chosen.map((f) => f.id)).toEqual(["1", "3", "6"]);
  expect(selectForNotices(ledger, { ids: ["2"] }).chosen.map((f) => f.id)).toEqual(["2"]);
});

test("one notice per unit, numbered on from the register without gaps; voided numbers are never reused", () => {
  const chosen = [finding("1"), finding("2", { unit: "南湖街道", deadline: "immediate" }), finding("3")];
  const first = buildNotices(chosen, settings, [], "2024-06-01");
  expect(first.map((n) => [n.docNo, n.recipient, n.items.length])).toEqual([
    ["区创卫办〔2024〕1号", "区城市管理局", 2],
    ["区创卫办〔2024〕2号", "南湖街道", 1],
  ]);
  expect(first[1]!.items[0]!.deadline).toBe("立行立改");
  // The register survives a save and reopen (written as a sheet, read back).
  let register = parseRegister(planToGrid(registerSheetPlan(registerEntries(first))));
  expect(register.map((e) => [e.docNo, e.findingIds])).toEqual([
    ["区创卫办〔2024〕1号", ["1", "3"]],
    ["区创卫办〔2024〕2号", ["2"]],
  ]);
  register = voidNotice(register, "区创卫办〔2024〕2号");
  expect(register[1]!.status).toBe("作废");
  expect(nextNumbers(register, 2024, 2)).toEqual([3, 4]);
  expect(nextNumbers(register, 2025, 1)).toEqual([1]);
  const again = buildNotices([finding("9")], settings, register, "2024-06-02");
  expect(again[0]!.docNo).toBe("区创卫办〔2024〕3号");
});

test("the notice says when and how the unit was inspected, and what to do", () => {
  const [n] = buildNotices(
    [finding("1", { inspectedOn: "2024-05-03" }), finding("2", { inspectedOn: "2024-05-26" })],
    { ...settings, method: "暗访" },
    [],
    "2024-06-01",
  );
  // The default 检查组 is the office's level's (a 区 office's notice never names a 市 group).
  expect(n!.opening).toContain("2024年5月3日至5月26日，区创卫办督查组采取暗访方式对你单位创卫工作进行了督查");
  expect(n!.requirements[1]).toContain("报某区创卫办申请复查销号");
  expect(n!.issuedOnText).toBe("2024年6月1日");
});

test("a 督查问题交办单 lists several units under one number", () => {
  const [n, ...rest] = buildNotices(
    [finding("1"), finding("2", { unit: "南湖街道" })],
    { ...settings, variant: "assignment" },
    [],
    "2024-06-01",
  );
  expect(rest).toHaveLength(0);
  expect(n).toMatchObject({ title: "创卫督查问题交办单", recipient: "区城市管理局、南湖街道", assignment: true });
  expect(n!.items.map((i) => i.unit)).toEqual(["区城市管理局", "南湖街道"]);
});

test("the office's level comes from its name: 县, 区 or 市 of the place, not the 市 of 卫生城市", () => {
  expect(officeLevel("某区创建国家卫生城市工作领导小组办公室")).toBe("区");
  expect(officeLevel("长沙市雨花区爱国卫生运动委员会办公室")).toBe("区");
  expect(officeLevel("浏阳市创卫办")).toBe("市");
  expect(officeLevel("宁乡县创建国家卫生县城工作领导小组办公室")).toBe("县");
  expect(officeLevel("某某旗爱卫办")).toBe("县");
  expect(officeLevel("市场监管所")).toBeNull();
  expect(officeLevel("")).toBeNull();
});

test("the consequence sentence and the default 检查组 follow the level, and an office's own wording wins", () => {
  const at = (over: Partial<typeof settings>) => buildNotices([finding("1")], { ...settings, ...over }, [], "2024-06-01")[0]!;
  const county = at({ issuer: "宁乡县爱卫办" });
  expect(county.requirements[2]).toBe("三、逾期未整改或整改不到位的，将在全县创卫工作通报中予以通报，并纳入年度创卫工作考评扣分。");
  expect(county.opening).toContain("县创卫办督查组");
  const city = at({ issuer: "某区创卫办", level: "市" });
  expect(city.requirements[2]).toContain("将在全市创卫工作通报中予以通报");
  expect(city.opening).toContain("市创卫办督查组");
  const own = at({ consequence: "逾期未整改的，约谈单位主要负责人。", team: "联合检查组" });
  expect(own.requirements[2]).toBe("三、逾期未整改的，约谈单位主要负责人。");
  expect(own.opening).toContain("联合检查组采取明查方式");
  // Neither mixed nor invented when the level cannot be told.
  expect(at({ issuer: "某某创卫办" }).requirements[2]).toContain("将在创卫工作通报中予以通报");
});

test("level and wording round-trip through 设置; a missing 发文机关 is what blocks numbering", () => {
  const s = { ...settings, issuer: "长沙市雨花区创卫办", consequence: "逾期未整改的，予以通报。" };
  const rows = noticeSettingRows(s);
  expect(rows.find((r) => r.name === "级别")!.value).toBe("区");
  expect(noticeSettings({ mappings: [], other: rows })).toEqual({ ...s, level: "区" });
  expect(missingNoticeSettings(s)).toEqual([]);
  expect(missingNoticeSettings(NoticeSettingsSchema.parse({}))).toEqual(["发文机关"]);
});

test("a preview carries no number and cannot be registered", () => {
  const [n] = buildNotices([finding("1")], settings, [], "2024-06-01", { preview: true });
  expect(n!.number).toBeNull();
  expect(n!.docNo).not.toMatch(/〔2024〕\d+号/);
  expect(n!.docNo).toMatch(/^区创卫办〔2024〕\s+号$/);
  expect(() => registerEntries([n!])).toThrow();
});
