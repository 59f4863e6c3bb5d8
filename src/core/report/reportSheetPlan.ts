import type { PrintCell, PrintImage, PrintRow, PrintSheetPlan, PrintStyle } from "../output/printSheetPlan";
import { charsToPoints } from "../output/sheetPlan";
import { fitInto, imageSize } from "../photos/imageData";
import type { Figures } from "./monthlyFigures";
import type { Report } from "./reportModel";
import { percent } from "./reportText";

export const reportSheetName = (month: string): string => `月报-${month}`;

export const REPORT_WIDTHS = [18, 8, 8, 8, 8, 8, 9, 8, 9, 9];
const WIDTHS = REPORT_WIDTHS;
const TEXT: PrintStyle = { font: "body", size: 12, align: "justify" };
const HEAD: PrintStyle = { font: "hei", size: 10.5, align: "center", border: true };
const NUM: PrintStyle = { font: "body", size: 10.5, align: "center", border: true };
const NAME: PrintStyle = { font: "body", size: 10.5, align: "left", border: true };
export const FIGURE_HEADERS = ["发现", "已整改", "整改中", "未整改", "反弹", "本月销号", "超期未整改", "整改率", "按期整改率"] as const;

/** Where the chart data sit, for the hosts that draw native charts over them (0-based rows). */
export interface ReportLayout {
  /** maxCount: the largest 发现 in the range (the count axis runs to it in whole steps). */
  byUnit: { headerRow: number; firstRow: number; lastRow: number; maxCount: number };
  trend: { headerRow: number; firstRow: number; lastRow: number; maxCount: number };
  /** Blank rows kept for the charts, inside the print area: first row and row count of each slot. */
  chartSlots: Array<{ row: number; rows: number }>;
}

/** The printable height of the report's A4 page (20 mm margins top and bottom), in points. */
export const REPORT_PAGE_PT = ((297 - 40) / 25.4) * 72;

// Two slots and their heading (566 pt) leave room above them on a page for a trend of up to seven months.
export const CHART_SLOT_ROWS = 13;
const CHART_ROW_PT = 20;

function num(col: number, v: number): PrintCell {
  return { col, span: 1, text: String(v), value: v, numberFormat: "0", style: NUM };
}
function rate(col: number, v: number | null): PrintCell {
  return { col, span: 1, text: percent(v), value: v, numberFormat: "0.0%", style: NUM };
}

function figureCells(f: Figures): PrintCell[] {
  return [
    num(1, f.found),
    num(2, f.rectified),
    num(3, f.inProgress),
    num(4, f.pending),
    num(5, f.relapsed),
    num(6, f.closedInMonth),
    num(7, f.overdue),
    rate(8, f.rectificationRate),
    rate(9, f.onTimeRate),
  ];
}

const line = (text: string, style: PrintStyle, height = 22): PrintRow => ({
  height,
  cells: [{ col: 0, span: WIDTHS.length, text, style }],
});
const header = (first: string): PrintRow => ({
  height: 30,
  cells: [{ col: 0, span: 1, text: first, style: HEAD }, ...FIGURE_HEADERS.map((h, i) => ({ col: i + 1, span: 1, text: h, style: HEAD }))],
});

// A picture of a pair within three report columns (about 45 × 30 mm).
const PAIR_BOX = { width: 120, height: 84 };

/** 七、整改前后对照: unit, problem, then the 整改前 and 整改后 pictures over three columns each. */
function pairRows(r: Report): PrintRow[] {
  if (r.photoPairs.length === 0) return [];
  const rows: PrintRow[] = [
    // Pictures are tall: the 对照 starts a page, so its heading stays with its table.
    { ...line(`七、整改前后对照（${r.photoPairs.length}个）`, { font: "hei", size: 12, align: "left" }, 26), breakBefore: true },
    {
      height: 22,
      cells: [
        { col: 0, span: 1, text: "责任单位", style: HEAD },
        { col: 1, span: 3, text: "问题", style: HEAD },
        { col: 4, span: 3, text: "整改前", style: HEAD },
        { col: 7, span: 3, text: "整改后", style: HEAD },
      ],
    },
  ];
  for (const p of r.photoPairs) {
    const images: PrintImage[] = [];
    const place = (ref: typeof p.before, col: number) => {
      if (!ref) return;
      const size = fitInto(imageSize(ref.data), PAIR_BOX);
      images.push({ col, offsetXPt: 4, offsetYPt: 4, widthPt: size.width, heightPt: size.height, mime: ref.mime, data: ref.data });
    };
    place(p.before, 4);
    place(p.after, 7);
    rows.push({
      height: PAIR_BOX.height + 8,
      cells: [
        { col: 0, span: 1, text: p.unit, style: NAME },
        { col: 1, span: 3, text: p.description, style: NAME },
        { col: 4, span: 3, text: p.before ? null : "无照片", style: NUM },
        { col: 7, span: 3, text: p.after ? null : "无照片", style: NUM },
      ],
      images,
    });
  }
  return rows;
}

/**
 * Page breaks where a block (a heading with its table, the charts with their heading) would otherwise
 * be cut by the page's end: the block starts the next page instead. Blocks taller than a page are left
 * to break where they must.
 */
function keepTogether(rows: PrintRow[], blocks: ReadonlyArray<readonly [number, number]>): void {
  const starts = new Map(blocks.map(([a, b]) => [a, b]));
  let used = 0;
  rows.forEach((row, i) => {
    const end = starts.get(i);
    if (end !== undefined && used > 0) {
      const height = rows.slice(i, end + 1).reduce((h, r) => h + r.height, 0);
      if (used + height > REPORT_PAGE_PT && height <= REPORT_PAGE_PT) rows[i] = { ...row, breakBefore: true };
    }
    if (rows[i]!.breakBefore || used + row.height > REPORT_PAGE_PT) used = 0;
    used += row.height;
  });
}

/** 月报-YYYY-MM: title, summary, the report text, by unit, by category, trend, overdue list; A4 and print area set. */
export function reportSheetPlan(r: Report): { plan: PrintSheetPlan; layout: ReportLayout } {
  const [y, m] = r.month.split("-").map(Number) as [number, number];
  const rows: PrintRow[] = [
    line(`${y}年${m}月创卫问题整改情况月报`, { font: "title", size: 18, align: "center" }, 36),
    line(`统计口径：${y}年${m}月检查发现的问题；超期未整改截至${r.asOf}（含以前月份遗留）。`, {
      font: "body",
      size: 10.5,
      align: "center",
      color: "555555",
    }),
    line("一、总体情况", { font: "hei", size: 12, align: "left" }, 26),
    header("范围"),
    { height: 22, cells: [{ col: 0, span: 1, text: `${m}月`, style: NAME }, ...figureCells(r.totals)] },
    { height: 22, cells: [{ col: 0, span: 1, text: "上月", style: NAME }, ...figureCells(r.previous)] },
    { height: 22, cells: [{ col: 0, span: 1, text: `${y}年1—${m}月`, style: NAME }, ...figureCells(r.yearToDate)] },
    {
      height: Math.max(44, Math.ceil(r.text.length / 44) * 20),
      cells: [{ col: 0, span: WIDTHS.length, text: r.text, style: { ...TEXT, indentChars: 2 } }],
    },
    line("二、各单位情况（按整改率排名）", { font: "hei", size: 12, align: "left" }, 26),
  ];
  const unitHeader = rows.length;
  rows.push(header("责任单位"));
  const unitOrder = r.ranking.byRate;
  for (const u of unitOrder) {
    const fig = r.byUnit.find((x) => x.unit === u)!;
    rows.push({ height: 20, cells: [{ col: 0, span: 1, text: u, style: NAME }, ...figureCells(fig)] });
  }
  const unitLast = rows.length - 1;
  rows.push(line("三、各类别情况", { font: "hei", size: 12, align: "left" }, 26), header("问题类别"));
  for (const c of r.byCategory) rows.push({ height: 20, cells: [{ col: 0, span: 1, text: c.category, style: NAME }, ...figureCells(c)] });
  rows.push(line(`四、${y}年逐月趋势`, { font: "hei", size: 12, align: "left" }, 26));
  const trendHeader = rows.length;
  rows.push({ height: 22, cells: ["月份", "发现", "已整改", "整改率"].map((t, i) => ({ col: i, span: 1, text: t, style: HEAD })) });
  for (const t of r.trend)
    rows.push({
      height: 20,
      cells: [
        { col: 0, span: 1, text: `${Number(t.month.slice(5))}月`, style: NAME },
        num(1, t.found),
        num(2, t.rectified),
        rate(3, t.rectificationRate),
      ],
    });
  const trendLast = rows.length - 1;
  const chartsHeading = rows.length;
  rows.push(line("五、图表", { font: "hei", size: 12, align: "left" }, 26));
  const chartSlots: ReportLayout["chartSlots"] = [];
  for (const _chart of ["units", "trend"]) {
    chartSlots.push({ row: rows.length, rows: CHART_SLOT_ROWS });
    for (let i = 0; i < CHART_SLOT_ROWS; i++) rows.push({ height: CHART_ROW_PT, cells: [] });
    rows.push({ height: 10, cells: [] });
  }
  const overdueHeading = rows.length;
  rows.push(line(`六、超期未整改问题（${r.overdueList.length}个）`, { font: "hei", size: 12, align: "left" }, 26));
  if (r.overdueList.length) {
    rows.push({
      height: 22,
      cells: [
        { col: 0, span: 1, text: "责任单位", style: HEAD },
        { col: 1, span: 5, text: "问题", style: HEAD },
        { col: 6, span: 2, text: "整改时限", style: HEAD },
        { col: 8, span: 2, text: "超期天数", style: HEAD },
      ],
    });
    for (const o of r.overdueList) {
      rows.push({
        height: 20,
        cells: [
          { col: 0, span: 1, text: o.unit, style: NAME },
          { col: 1, span: 5, text: o.description, style: NAME },
          { col: 6, span: 2, text: o.deadline, style: NUM },
          { ...num(8, o.days), span: 2 },
        ],
      });
    }
  } else rows.push(line("无。", TEXT));
  keepTogether(rows, [
    [trendHeader - 1, trendLast],
    [chartsHeading, chartSlots[1]!.row + CHART_SLOT_ROWS - 1],
    [overdueHeading, Math.min(overdueHeading + 2, rows.length - 1)],
  ]);
  // A loop, not push(...): a month can have more pairs than a call takes arguments (≈ 125k).
  for (const row of pairRows(r)) rows.push(row);
  return {
    plan: {
      name: reportSheetName(r.month),
      columnWidthsPt: WIDTHS.map(charsToPoints),
      rows,
      page: { marginsMm: { top: 20, bottom: 20, left: 18, right: 18 }, orientation: "portrait", fit: "width" },
    },
    layout: {
      byUnit: {
        headerRow: unitHeader,
        firstRow: unitHeader + 1,
        lastRow: unitLast,
        // reduce, not Math.max(...): a ledger can name more units than a call takes arguments.
        maxCount: r.byUnit.reduce((m, u) => Math.max(m, u.found), 0),
      },
      trend: {
        headerRow: trendHeader,
        firstRow: trendHeader + 1,
        lastRow: trendLast,
        maxCount: Math.max(0, ...r.trend.map((t) => t.found)),
      },
      chartSlots,
    },
  };
}
