import { escapeMarkup as esc } from "../output/escapeMarkup";
import { trendChartModel, unitChartModel } from "./chartModel";
import { comboChartSvg } from "./comboChartSvg";
import type { Figures } from "./monthlyFigures";
import type { Report } from "./reportModel";
import { FIGURE_HEADERS } from "./reportSheetPlan";
import { percent } from "./reportText";

// 170 mm of the A4 page's 178 mm between margins, at 96 px per inch.
const CHART_PX = 640;

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

/**
 * The 月报 as a printable page (A4), laid out as the 月报 sheet is: figures, the text as the clerk
 * edited it, by unit, by category; then from a new page the trend, the two charts and the overdue list.
 * The charts are drawn here from the report (plain SVG), not copied from the pane.
 */
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
tr, .chart { break-inside: avoid; }
.trend { break-before: page; }
.chart { margin: 0 0 8mm; text-align: center; }
.chart svg { max-width: 100%; height: auto; }
</style></head><body>
<h1>${y}年${m}月创卫问题整改情况月报</h1>
<p class="scope">统计口径：${y}年${m}月检查发现的问题；超期未整改截至${esc(r.asOf)}（含以前月份遗留）。</p>
<h2>一、总体情况</h2>${table("范围", [
    [`${m}月`, r.totals],
    ["上月", r.previous],
    [`${y}年1—${m}月`, r.yearToDate],
  ])}
<p class="text">${esc(text)}</p>
<h2>二、各单位情况（按整改率排名）</h2>${table(
    "责任单位",
    r.ranking.byRate.map((u) => [u, r.byUnit.find((x) => x.unit === u)!] as [string, Figures]),
  )}
<h2>三、各类别情况</h2>${table(
    "问题类别",
    r.byCategory.map((c) => [c.category, c] as [string, Figures]),
  )}
<section class="trend"><h2>四、${y}年逐月趋势</h2>${trendTable(r)}</section>
<h2>五、图表</h2>
${charts.map((c) => `<div class="chart">${comboChartSvg(c, { width: CHART_PX })}</div>`).join("\n")}
<h2>六、超期未整改问题（${r.overdueList.length}个）</h2>${overdueTable(r)}
</body></html>`;
}
