import type { Figures } from "./monthlyFigures";
import type { Report } from "./reportModel";
import { FIGURE_HEADERS } from "./reportSheetPlan";
import { percent } from "./reportText";
import { escapeMarkup as esc } from "../output/escapeMarkup";

const cells = (f: Figures): string =>
  [f.found, f.rectified, f.inProgress, f.pending, f.relapsed, f.closedInMonth, f.overdue].map((n) => `<td>${n}</td>`).join("") +
  `<td>${percent(f.rectificationRate)}</td><td>${percent(f.onTimeRate)}</td>`;
const table = (first: string, rows: Array<[string, Figures]>): string =>
  `<table><thead><tr><th>${first}</th>${FIGURE_HEADERS.map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>${rows.map(([k, f]) => `<tr><td class="k">${esc(k)}</td>${cells(f)}</tr>`).join("")}</tbody></table>`;

/** The 月报 as a printable page (A4), with the text as edited and the pane's chart pictures. */
export function reportHtml(r: Report, text: string, chartSvgs: readonly string[] = []): string {
  const [y, m] = r.month.split("-").map(Number) as [number, number];
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"/><title>${y}年${m}月创卫月报</title><style>
@page { size: A4 portrait; margin: 18mm 16mm; }
body { font-family: "仿宋_GB2312", "仿宋", "FangSong", "Noto Serif CJK SC", serif; font-size: 11pt; }
h1 { font-family: "方正小标宋简体", "华文中宋", "SimSun", "Noto Serif CJK SC", serif; font-weight: normal; text-align: center; font-size: 18pt; }
h2 { font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif; font-weight: normal; font-size: 12pt; margin: 12pt 0 4pt; }
p.text { text-indent: 2em; line-height: 1.8; font-size: 12pt; }
table { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
th, td { border: 1px solid #000; padding: 2pt 3pt; text-align: center; }
td.k { text-align: left; }
thead { display: table-header-group; }
tr, .chart { break-inside: avoid; }
.chart svg { max-width: 100%; height: auto; }
</style></head><body>
<h1>${y}年${m}月创卫问题整改情况月报</h1>
<p class="text">${esc(text)}</p>
<h2>一、总体情况</h2>${table("范围", [
    [`${m}月`, r.totals],
    ["上月", r.previous],
    [`${y}年1—${m}月`, r.yearToDate],
  ])}
<h2>二、各单位情况（按整改率排名）</h2>${table(
    "责任单位",
    r.ranking.byRate.map((u) => [u, r.byUnit.find((x) => x.unit === u)!] as [string, Figures]),
  )}
<h2>三、各类别情况</h2>${table(
    "问题类别",
    r.byCategory.map((c) => [c.category, c] as [string, Figures]),
  )}
${chartSvgs.map((svg) => `<div class="chart">${svg}</div>`).join("\n")}
</body></html>`;
}
