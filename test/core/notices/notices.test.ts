import type { Finding } from "../../../src/core/model/finding";
import { planToGrid } from "../../../src/core/output/planToGrid";
import { buildNotices, registerEntries } from "../../../src/core/notices/buildNotices";
import { chineseDate, formatDocNo, parseDocNo } from "../../../src/core/notices/docNumber";
import { nextNumbers, parseRegister, registerSheetPlan, voidNotice } from "../../../src/core/notices/noticeRegister";
import { NoticeSettingsSchema } from "../../../src/core/notices/noticeSettings";
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
  expect(n!.opening).toContain("2024年5月3日至5月26日，市创卫办督查组采取暗访方式对你单位创卫工作进行了督查");
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
