import type { Finding } from "../../../src/core/model/finding";
import type { PrintRow } from "../../../src/core/output/printSheetPlan";
import { buildReport } from "../../../src/core/report/reportModel";
import { REPORT_PAGE_PT, reportSheetPlan } from "../../../src/core/report/reportSheetPlan";

const f = (i: number, unit: string, inspectedOn: string): Finding => ({
  id: `F${i}`,
  source: { file: "a", sheet: "s", row: i },
  inspectedOn,
  unit,
  category: ["市容环境卫生", "病媒生物防制", "控烟", "食品安全", "健康教育"][i % 5]!,
  description: `问题${i}`,
  location: null,
  measure: null,
  deadline: "2025-05-20",
  status: i % 2 ? "rectified" : "pending",
  rectifiedOn: i % 2 ? "2025-05-18" : null,
  owner: null,
  phone: null,
  noticeNo: null,
  remark: null,
});

/** The pages as Excel and LibreOffice cut them: at each manual break, and wherever the next row no longer fits. */
function pages(rows: readonly PrintRow[]): PrintRow[][] {
  const out: PrintRow[][] = [[]];
  let used = 0;
  for (const r of rows) {
    if ((r.breakBefore || used + r.height > REPORT_PAGE_PT) && out[out.length - 1]!.length) {
      out.push([]);
      used = 0;
    }
    out[out.length - 1]!.push(r);
    used += r.height;
  }
  return out;
}
const texts = (page: PrintRow[]): string[] => page.flatMap((r) => r.cells.map((c) => c.text ?? ""));

test.each([
  ["9 units, May (the demo ledger's shape)", 9, 5],
  ["3 units, February", 3, 2],
  ["20 units, December", 20, 12],
])("%s: the trend table stays with its heading, the charts share a page, no page holds only a remnant", (_, units, month) => {
  const findings = Array.from({ length: units * 2 }, (_, i) =>
    f(i, `单位${i % units}`, `2025-${String(1 + (i % month)).padStart(2, "0")}-${String(1 + (i % 27)).padStart(2, "0")}`),
  );
  const { plan, layout } = reportSheetPlan(buildReport(findings, `2025-${String(month).padStart(2, "0")}`));
  const paged = pages(plan.rows);
  const pageOf = (row: number): number => paged.findIndex((p) => p.includes(plan.rows[row]!));
  // 四: heading, header and every month on one page.
  expect(pageOf(layout.trend.headerRow - 1)).toBe(pageOf(layout.trend.lastRow));
  // 五: the heading and both chart slots on one page.
  const [units1, trend] = layout.chartSlots as [{ row: number; rows: number }, { row: number; rows: number }];
  expect(pageOf(units1.row - 1)).toBe(pageOf(trend.row + trend.rows - 1));
  // Every page has a heading or a title on it, or continues a table it is long enough to need.
  for (const page of paged) expect(texts(page).some((t) => /^[一二三四五六]、|月报$/.test(t)) || page.length > 8).toBe(true);
});
