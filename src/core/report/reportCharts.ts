import type { ReportLayout } from "./reportSheetPlan";

/** A native chart over cells of the report sheet: columns on the primary axis, a rate line on the secondary. */
export interface ChartPlan {
  sheet: string;
  title: string;
  /** 0-based rows of the data (header excluded) and the columns holding categories and series. */
  firstRow: number;
  lastRow: number;
  categoryCol: number;
  columns: Array<{ col: number; name: string }>;
  line: { col: number; name: string } | null;
  /** Where it sits: 0-based top-left cell and size in points. */
  anchor: { row: number; col: number; width: number; height: number };
}

/** The two charts of a 月报: by unit (发现 vs 已整改, 整改率 line) and the months of the year. */
export function reportCharts(sheet: string, layout: ReportLayout): ChartPlan[] {
  const charts: ChartPlan[] = [];
  if (layout.byUnit.lastRow >= layout.byUnit.firstRow) {
    charts.push({
      sheet,
      title: "各单位发现与整改情况",
      firstRow: layout.byUnit.firstRow,
      lastRow: layout.byUnit.lastRow,
      categoryCol: 0,
      columns: [{ col: 1, name: "发现" }, { col: 2, name: "已整改" }],
      line: { col: 8, name: "整改率" },
      anchor: { row: 2, col: 11, width: 480, height: 280 },
    });
  }
  charts.push({
    sheet,
    title: "逐月发现与整改趋势",
    firstRow: layout.trend.firstRow,
    lastRow: layout.trend.lastRow,
    categoryCol: 0,
    columns: [{ col: 1, name: "发现" }, { col: 2, name: "已整改" }],
    line: { col: 3, name: "整改率" },
    anchor: { row: 22, col: 11, width: 480, height: 260 },
  });
  return charts;
}
