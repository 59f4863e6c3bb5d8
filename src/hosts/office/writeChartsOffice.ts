import { columnLetter } from "../../core/model/address";
import type { ChartPlan } from "../../core/report/reportCharts";

const col = (c: number, from: number, to: number): string => `${columnLetter(c)}${from + 1}:${columnLetter(c)}${to + 1}`;

/**
 * Native combo charts: clustered columns with a line on the secondary axis. All charts of a
 * report in one sync (they are a handful, whatever the data).
 */
export async function writeChartsOffice(context: Excel.RequestContext, charts: readonly ChartPlan[]): Promise<void> {
  const styled: Excel.Chart[] = [];
  for (const c of charts) {
    const ws = context.workbook.worksheets.getItem(c.sheet);
    const first = c.columns[0]!;
    const chart = ws.charts.add(
      "ColumnClustered" as Excel.ChartType,
      ws.getRange(col(first.col, c.firstRow, c.lastRow)),
      "Columns" as Excel.ChartSeriesBy,
    );
    chart.title.text = c.title;
    const categories = ws.getRange(col(c.categoryCol, c.firstRow, c.lastRow));
    const s0 = chart.series.getItemAt(0);
    s0.name = first.name;
    s0.setXAxisValues(categories);
    for (const extra of c.columns.slice(1)) {
      const s = chart.series.add(extra.name);
      s.setValues(ws.getRange(col(extra.col, c.firstRow, c.lastRow)));
      s.setXAxisValues(categories);
    }
    if (c.line) {
      const s = chart.series.add(c.line.name);
      s.setValues(ws.getRange(col(c.line.col, c.firstRow, c.lastRow)));
      s.setXAxisValues(categories);
      s.chartType = "Line" as Excel.ChartType;
      s.axisGroup = "Secondary" as Excel.ChartAxisGroup;
    }
    chart.legend.position = "Bottom" as Excel.ChartLegendPosition;
    styled.push(chart);
    // The chart fills its slot of blank rows inside the print area.
    chart.setPosition(
      ws.getCell(c.anchor.row, c.anchor.col),
      ws.getCell(c.anchor.row + c.anchor.rows - 1, c.anchor.col + c.anchor.cols - 1),
    );
  }
  await context.sync();
  // Axis names and whole-number steps (Excel's automatic unit is 0.5 for small counts), in a sync of their
  // own: an Excel without the secondary-axis API (ExcelApi 1.7) keeps the charts as drawn above.
  styled.forEach((chart, i) => {
    const c = charts[i]!;
    const counts = chart.axes.valueAxis;
    counts.minimum = 0;
    counts.majorUnit = c.countStep;
    counts.title.text = c.axisTitles.count;
    if (c.line) chart.axes.getItem("Value" as Excel.ChartAxisType, "Secondary" as Excel.ChartAxisGroup).title.text = c.axisTitles.rate;
  });
  try {
    await context.sync();
  } catch {
    // The charts stand without axis names.
  }
}
