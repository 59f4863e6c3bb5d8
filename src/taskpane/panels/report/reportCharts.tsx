import { VerticalStackedBarChart, type VerticalStackedChartProps } from "@fluentui/react-charts";
import type { Report } from "../../../core/report/reportModel";

const BLUE = "#4472C4";
const GREEN = "#70AD47";
const GREY = "#C9CED6";
const ORANGE = "#ED7D31";

function stacks(points: Array<{ label: string; found: number; rectified: number; rate: number | null }>): VerticalStackedChartProps[] {
  return points.map((p) => ({
    xAxisPoint: p.label,
    chartData: [
      { legend: "已整改", data: p.rectified, color: GREEN },
      { legend: "未完成", data: p.found - p.rectified, color: GREY, yAxisCalloutData: `发现 ${p.found}` },
    ],
    lineData: p.rate === null ? [] : [{ y: Math.round(p.rate * 1000) / 10, legend: "整改率（%）", color: ORANGE, useSecondaryYScale: true }],
  }));
}

/** Units: bars are 发现 split into 已整改 and 未完成; the line is 整改率 on the right axis. */
export function UnitChart({ report, width }: { report: Report; width: number }) {
  const data = stacks(report.ranking.byRate.map((u) => report.byUnit.find((x) => x.unit === u)!).filter((u) => u.found > 0).map((u) => ({ label: u.unit, found: u.found, rectified: u.rectified, rate: u.rectificationRate })));
  return (
    <VerticalStackedBarChart
      data={data}
      width={width}
      height={260}
      barWidth="auto"
      secondaryYScaleOptions={{ yMinValue: 0, yMaxValue: 100 }}
      yAxisTitle="问题数"
      secondaryYAxistitle="整改率（%）"
      wrapXAxisLables
      hideLegend={false}
      culture="zh-CN"
      chartTitle="各单位发现与整改情况"
    />
  );
}

/** The months of the year so far, same encoding. */
export function TrendChart({ report, width }: { report: Report; width: number }) {
  const data = stacks(report.trend.map((t) => ({ label: `${Number(t.month.slice(5))}月`, found: t.found, rectified: t.rectified, rate: t.rectificationRate })));
  return (
    <VerticalStackedBarChart
      data={data}
      width={width}
      height={240}
      barWidth="auto"
      secondaryYScaleOptions={{ yMinValue: 0, yMaxValue: 100 }}
      yAxisTitle="问题数"
      secondaryYAxistitle="整改率（%）"
      culture="zh-CN"
      chartTitle="逐月发现与整改趋势"
    />
  );
}

export const CHART_COLORS = { BLUE, GREEN, GREY, ORANGE };
