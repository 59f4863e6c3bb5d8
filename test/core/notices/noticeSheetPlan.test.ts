import type { Finding } from "../../../src/core/model/finding";
import { buildNotices } from "../../../src/core/notices/buildNotices";
import { noticeSheetPlan } from "../../../src/core/notices/noticeSheetPlan";
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
