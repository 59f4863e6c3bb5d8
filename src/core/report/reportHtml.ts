import { escapeMarkup as esc } from "../output/escapeMarkup";
import { trendChartModel, unitChartModel } from "./chartModel";
import { comboChartSvg } from "./comboChartSvg";
import type { Figures } from "./monthlyFigures";
import type { Report } from "./reportModel";
import { FIGURE_HEADERS } from "./reportSheetPlan";
import { percent } from "./reportText";
import { dataUrl } from "../photos/imageData";

// 170 mm of the A4 page's 178 mm between margins, at 96 px per inch.
const CHART_PX = 640;

// A section of up to this many rows prints whole, moving to the next page when it does not fit: a heading
// must not sit at a page's foot with a row or two of its table (browsers do not keep h2 with what follows).
const WHOLE_ROWS = 25;
const section = (heading: string, body: string, rows: number, cls = ""): string =>
  `<section class="${[cls, rows <= WHOLE_ROWS ? "whole" : ""].filter(Boolean).join(" ")}"><h2>${heading}</h2>${body}</section>`;

const cells = (f: Figures): string =>
  [f.found, f.rectified, f.inProgress, f.pending, f.relapsed, f.closedInMonth, f.overdue].map((n) => `<td>${n}</td>`).join("") +
  `<td>${percent(f.rectificationRate)}</td><td>${percent(f.onTimeRate)}</td>`;
const table = (first: string, rows: Array<[string, Figures]>): string =>
  `<table><thead><tr><th>${first}</th>${FIGURE_HEADERS.map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>${rows.map(([k, f]) => `<tr><td class="k">${esc(k)}</td>${cells(f)}</tr>`).join("")}</tbody></table>`;

function trendTable(r: Report): string {
  const rows = r.trend.map(
    (t) =>
      `<tr><td class="k">${Number(t.month.slice(5))}月</td><td>${t.found}</td><td>${t.rectified}</td><td>${percent(t.rectificationRate)}</td></tr>`,
  );
  return `<table class="narrow"><thead><tr><th>月份</th><th>发现</th><th>已整改</th><th>整改率</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function overdueTable(r: Report): string {
  if (r.overdueList.length === 0) return "<p>无。</p>";
  const rows = r.overdueList.map(
    (o) =>
      `<tr><td class="k">${esc(o.unit ?? "")}</td><td class="k">${esc(o.description ?? "")}</td><td>${esc(o.deadline ?? "")}</td><td>${o.days}</td></tr>`,
  );
  return `<table><thead><tr><th>责任单位</th><th>问题</th><th>整改时限</th><th>超期天数</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function pairsSection(r: Report): string {
  if (r.photoPairs.length === 0) return "";
  const img = (p: Report["photoPairs"][number]["before"], alt: string) =>
    p ? `<img src="${dataUrl(p.mime, p.data)}" alt="${alt}" />` : `<span class="none">无照片</span>`;
  const rows = r.photoPairs.map(
    (p) =>
      `<tr><td class="k">${esc(p.unit ?? "")}</td><td class="k">${esc(p.description ?? "")}</td><td class="ph">${img(p.before, "整改前照片")}</td><td class="ph">${img(p.after, "整改后照片")}</td></tr>`,
  );
  // Pictures make rows tall: a few of them fill a page, so only the heading keeps with its first row.
  return `<h2>七、整改前后对照（${r.photoPairs.length}个）</h2><table class="pairs"><thead><tr><th>责任单位</th><th>问题</th><th>整改前</th><th>整改后</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

/**
 * The 月报 as a printable page (A4), laid out as the 月报 sheet is: figures, the text as the clerk
 * edited it, by unit, by category; then from a new page the trend, the two charts and the overdue list.
 * The charts are drawn here from the report (plain SVG), not copied from the pane.
 */
const chart = (c: Parameters<typeof comboChartSvg>[0]): string => `<div class="chart">${comboChartSvg(c, { width: CHART_PX })}</div>`;

export function reportHtml(r: Report, text: string): string {
  const [y, m] = r.month.split("-").map(Number) as [number, number];
  const units = unitChartModel(r);
  const charts = [...(units.categories.length ? [units] : []), trendChartModel(r)];
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"/><title>${y}年${m}月创卫月报</title><style>
@page { size: A4 portrait; margin: 18mm 16mm; }
body { margin: 0; font-family: "仿宋_GB2312", "仿宋", "FangSong", "Noto Serif CJK SC", serif; font-size: 11pt; color: #000; }
h1 { font-family: "方正小标宋简体", "华文中宋", "SimSun", "Noto Serif CJK SC", serif; font-weight: normal; text-align: center; font-size: 18pt; margin: 0 0 4pt; }
.scope { text-align: center; color: #555; font-size: 10pt; margin: 0 0 8pt; }
h2 { font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif; font-weight: normal; font-size: 12pt; margin: 12pt 0 4pt; break-after: avoid; }
p.text { text-indent: 2em; line-height: 1.8; font-size: 12pt; margin: 6pt 0; white-space: pre-wrap; }
table { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
table.narrow { width: 50%; }
th, td { border: 1px solid #000; padding: 2pt 3pt; text-align: center; }
th { font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif; font-weight: normal; }
td.k { text-align: left; }
thead { display: table-header-group; }
tr, .chart, section.whole { break-inside: avoid; }
.trend { break-before: page; }
.chart { margin: 0 0 8mm; text-align: center; }
.chart svg { max-width: 100%; height: auto; }
table.pairs td.ph { width: 30%; padding: 3pt; }
table.pairs img { max-width: 100%; max-height: 40mm; }
table.pairs .none { color: #777; }
</style></head><body>
<h1>${y}年${m}月创卫问题整改情况月报</h1>
<p class="scope">统计口径：${y}年${m}月检查发现的问题；超期未整改截至${esc(r.asOf)}（含以前月份遗留）。</p>
${section(
  "一、总体情况",
  table("范围", [
    [`${m}月`, r.totals],
    ["上月", r.previous],
    [`${y}年1—${m}月`, r.yearToDate],
  ]),
  3,
)}
<p class="text">${esc(text)}</p>
${section(
  "二、各单位情况（按整改率排名）",
  table(
    "责任单位",
    r.ranking.byRate.map((u) => [u, r.byUnit.find((x) => x.unit === u)!] as [string, Figures]),
  ),
  r.ranking.byRate.length,
)}
${section(
  "三、各类别情况",
  table(
    "问题类别",
    r.byCategory.map((c) => [c.category, c] as [string, Figures]),
  ),
  r.byCategory.length,
)}
${section(`四、${y}年逐月趋势`, trendTable(r), r.trend.length, "trend")}
${charts.map((c, i) => (i === 0 ? section("五、图表", chart(c), 0) : chart(c))).join("\n")}
${section(`六、超期未整改问题（${r.overdueList.length}个）`, overdueTable(r), r.overdueList.length)}
${pairsSection(r)}
</body></html>`;
}
