import type { Finding } from "../../../src/core/model/finding";
import { buildNotices } from "../../../src/core/notices/buildNotices";
import { keepPunctuation, noticeSheetPlan } from "../../../src/core/notices/noticeSheetPlan";
import { NoticeSettingsSchema } from "../../../src/core/notices/noticeSettings";

const PAGE_PT = (225 / 25.4) * 72;
const f = (i: number, unit: string): Finding => ({
  id: `CW-${i}`,
  source: { file: "a", sheet: "s", row: i + 2 },
  inspectedOn: "2025-05-03",
  unit,
  category: null,
  description: `问题${i}：公厕洗手液缺失、保洁记录未填写，地面有积水`,
  location: "解放路与人民路交叉口东北角",
  measure: "立即整改，举一反三，建立长效管理机制",
  deadline: "2025-06-10",
  status: "pending",
  rectifiedOn: null,
  owner: null,
  phone: null,
  noticeNo: null,
  remark: null,
});

test("pages never overflow, long tables repeat their header, the 回执 stays whole, each notice starts a page", () => {
  const findings = [
    ...Array.from({ length: 40 }, (_, i) => f(i, "区城市管理局")),
    ...Array.from({ length: 2 }, (_, i) => f(100 + i, "南湖街道")),
  ];
  const notices = buildNotices(findings, NoticeSettingsSchema.parse({ issuer: "某区创卫办", prefix: "区创卫办" }), [], "2025-06-03");
  const plan = noticeSheetPlan(notices);
  const pages: Array<typeof plan.rows> = [[]];
  for (const row of plan.rows) {
    if (row.breakBefore) pages.push([]);
    pages[pages.length - 1]!.push(row);
  }
  for (const page of pages) expect(page.reduce((a, r) => a + r.height, 0)).toBeLessThanOrEqual(PAGE_PT);
  const isHeader = (r: (typeof plan.rows)[number]) => r.cells[0]?.text === "序号";
  const firstNoticePages = pages.slice(
    0,
    pages.findIndex((p) => p.some((r) => r.cells.some((c) => c.text === "区创卫办〔2025〕2号"))),
  );
  expect(firstNoticePages.length).toBeGreaterThan(2);
  // Every page of the long table after the first begins with the repeated header.
  for (const page of firstNoticePages.slice(1))
    if (page.some((r) => /^\d+$/.test(r.cells[0]?.text ?? ""))) expect(isHeader(page[0]!)).toBe(true);
  // The cut line and the 回执 are on one page.
  for (const page of pages) {
    const cut = page.findIndex((r) => r.cells[0]?.text?.includes("沿此线剪下"));
    if (cut >= 0) expect(page.slice(cut).some((r) => r.cells.some((c) => c.text === "单位盖章"))).toBe(true);
  }
  // The second notice starts a page with its masthead.
  const second = plan.rows.findIndex((r) => r.cells.some((c) => c.text === "区创卫办〔2025〕2号"));
  expect(plan.rows[second - 1]!.breakBefore).toBe(true);
});

test("the columns are points that fill the 156 mm text area, the sheet prints at 100 %, and no label is clipped", () => {
  const notices = buildNotices(
    [f(1, "区城市管理局")],
    NoticeSettingsSchema.parse({ issuer: "某区创卫办", prefix: "区创卫办" }),
    [],
    "2025-06-03",
  );
  const plan = noticeSheetPlan(notices);
  const total = plan.columnWidthsPt.reduce((a, b) => a + b, 0);
  expect(total).toBeLessThanOrEqual((156 / 25.4) * 72);
  expect(total).toBeGreaterThan((156 / 25.4) * 72 - 12);
  expect(plan.page.fit).toBe("none");
  // Labels (the table header, the 回执's 文号/完成日期/负责人签字 …) sit on one line in their cells, with Excel's padding.
  const labels = plan.rows.flatMap((r) =>
    r.cells.filter((c) => c.style.border && c.style.align === "center" && c.text && !/\d/.test(c.text)),
  );
  expect(labels.map((c) => c.text)).toEqual(expect.arrayContaining(["序号", "整改时限", "完成日期", "负责人签字", "单位盖章"]));
  for (const c of labels) {
    const width = plan.columnWidthsPt.slice(c.col, c.col + c.span).reduce((a, b) => a + b, 0);
    expect({ label: c.text, fits: [...c.text!].length * c.style.size + 6 <= width }).toEqual({ label: c.text, fits: true });
  }
});

test("整改前 pictures stay within the problem column, however many there are", () => {
  const notices = buildNotices(
    [f(1, "区城市管理局")],
    NoticeSettingsSchema.parse({ issuer: "某区创卫办", prefix: "区创卫办" }),
    [],
    "2025-06-03",
  );
  // A 4:3 photo (its size read from the PNG header) five times over.
  const png = new Uint8Array(24);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  png.set([0, 0, 1, 144, 0, 0, 1, 44], 16);
  for (const count of [1, 2, 3, 5]) {
    const item = { ...notices[0]!.items[0]!, photos: Array.from({ length: count }, () => ({ mime: "image/png", data: png })) };
    const plan = noticeSheetPlan([{ ...notices[0]!, items: [item] }]);
    const row = plan.rows.find((r) => r.images?.length)!;
    expect(row.images).toHaveLength(count);
    for (const img of row.images!) {
      expect({ count, right: img.offsetXPt + img.widthPt <= plan.columnWidthsPt[img.col]! }).toEqual({ count, right: true });
      expect({ count, bottom: img.offsetYPt + img.heightPt <= row.height }).toEqual({ count, bottom: true });
    }
  }
});

test("paragraphs sit at the top of their rows, with no gap above them; table cells stay centred", () => {
  const notices = buildNotices(
    [f(1, "区城市管理局")],
    NoticeSettingsSchema.parse({ issuer: "某区创卫办", prefix: "区创卫办", contact: "王明", phone: "0731-85551234" }),
    [],
    "2025-06-03",
  );
  const plan = noticeSheetPlan(notices);
  const paragraphs = plan.rows.filter(
    (r) => r.cells.length === 1 && r.cells[0]!.style.font === "body" && (r.cells[0]!.style.indentChars ?? 0) > 0,
  );
  expect(paragraphs.length).toBeGreaterThanOrEqual(5); // 开头、三条要求、联系人 …
  for (const r of paragraphs.filter((p) => p.cells[0]!.style.align !== "right")) expect(r.cells[0]!.style.valign).toBe("top");
  const recipient = plan.rows.find((r) => r.cells[0]?.text === "区城市管理局：")!;
  expect(recipient.cells[0]!.style.valign).toBe("top");
});

test("a wrapped line never starts with a closing mark: the character before goes down with it", () => {
  // 27 characters a line at 三号 over the 156 mm: "一、请你单位高度重视，逐项落实整改责任人和整改措施" fills the first (after
  // the two-character indent), so the sheet's own wrap would start the second with "，".
  expect(keepPunctuation("一、请你单位高度重视，逐项落实整改责任人和整改措施，在整改时限内整改到位。", 442, 16, 2)).toBe(
    "一、请你单位高度重视，逐项落实整改责任人和整改措\n施，在整改时限内整改到位。",
  );
  // Nothing to move: the text is returned as it was.
  expect(keepPunctuation("立即整改，举一反三，建立长效管理机制", 112, 10.5)).toBe("立即整改，举一反三，建立长效管理机制");
  // A typed line break starts a fresh line. Digits are narrower in some faces than counted: from them on
  // the spreadsheet wraps by itself (forcing a break there printed "整改到" | "位。").
  expect(keepPunctuation("甲\n2025年4月30日", 80, 10.5)).toBe("甲\n2025年4月30日");
  const opening = "2025年4月16日，区创卫办督查组采取明查方式对你单位创卫工作进行了督查，发现以下问题，请按要求限期整改到位。";
  expect(keepPunctuation(opening, 442, 16, 2)).toBe(opening);
});

test("整改时限 holds a whole date on one line, and 整改要求 the usual sentence in two", () => {
  const plan = noticeSheetPlan(
    buildNotices([f(1, "区城市管理局")], NoticeSettingsSchema.parse({ issuer: "某区创卫办", prefix: "区创卫办" }), [], "2025-06-03"),
  );
  const perLine = (col: number, size: number) => Math.floor((plan.columnWidthsPt[col]! * (25.4 / 72) - 2) / (size * (25.4 / 72)));
  expect(perLine(4, 10.5)).toBeGreaterThanOrEqual(7); // "2025年12月31日": seven character widths
  expect(perLine(3, 10.5)).toBeGreaterThanOrEqual(10); // "立即整改，举一反三，" | "建立长效管理机制"
});
