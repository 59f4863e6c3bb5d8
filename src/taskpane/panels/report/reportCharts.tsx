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
    lineData:
      p.rate === null ? [] : [{ y: Math.round(p.rate * 1000) / 10, legend: "整改率（%）", color: ORANGE, useSecondaryYScale: true }],
  }));
}

/** Columns stacked as 已整改 + 未完成 (so the bar is 发现), 整改率 as a line on the right axis. */
function ComboChart({ data, width, height, title }: { data: VerticalStackedChartProps[]; width: number; height: number; title: string }) {
  return (
    <VerticalStackedBarChart
      data={data}
      width={width}
      height={height}
      barWidth="auto"
      secondaryYScaleOptions={{ yMinValue: 0, yMaxValue: 100 }}
      yAxisTitle="问题数"
      secondaryYAxistitle="整改率（%）"
      wrapXAxisLables
      culture="zh-CN"
      chartTitle={title}
    />
  );
}

/** Units with problems found this month, in the order of the 整改率 ranking. */
export function UnitChart({ report, width }: { report: Report; width: number }) {
  const units = report.ranking.byRate.map((u) => report.byUnit.find((x) => x.unit === u)!).filter((u) => u.found > 0);
  return (
    <ComboChart
      data={stacks(units.map((u) => ({ label: u.unit, found: u.found, rectified: u.rectified, rate: u.rectificationRate })))}
      width={width}
      height={260}
      title="各单位发现与整改情况"
    />
  );
}

/** The months of the year so far. */
export function TrendChart({ report, width }: { report: Report; width: number }) {
  const months = report.trend.map((t) => ({
    label: `${Number(t.month.slice(5))}月`,
    found: t.found,
    rectified: t.rectified,
    rate: t.rectificationRate,
  }));
  return <ComboChart data={stacks(months)} width={width} height={240} title="逐月发现与整改趋势" />;
}

export const CHART_COLORS = { BLUE, GREEN, GREY, ORANGE };
