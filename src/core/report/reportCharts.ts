import { countStep } from "./chartModel";
import { REPORT_WIDTHS, type ReportLayout } from "./reportSheetPlan";

// The slot spans the table's columns; a character of the default font is ~5.25 pt, rows are 20 pt.
const WIDTH_PT = REPORT_WIDTHS.reduce((a, b) => a + b, 0) * 5.25;

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
  /** The names of the count axis (left) and the rate axis (right), as on the pane's chart. */
  axisTitles: { count: string; rate: string };
  /** Whole numbers on the count axis: its step (a count of problems has no halves). */
  countStep: number;
  /** Where it sits: 0-based top-left cell, the rows and columns it covers, and its size in points. */
  anchor: { row: number; col: number; rows: number; cols: number; width: number; height: number };
}

function slot(s: { row: number; rows: number }): ChartPlan["anchor"] {
  return { row: s.row, col: 0, rows: s.rows, cols: REPORT_WIDTHS.length, width: Math.round(WIDTH_PT), height: s.rows * 20 };
}

/** 发现 and 已整改 as columns (sheet columns B, C) over the categories in A, the rate as a line. */
function combo(
  sheet: string,
  title: string,
  rows: { firstRow: number; lastRow: number; maxCount: number },
  rateCol: number,
  where: { row: number; rows: number },
): ChartPlan {
  return {
    sheet,
    title,
    firstRow: rows.firstRow,
    lastRow: rows.lastRow,
    categoryCol: 0,
    columns: [
      { col: 1, name: "发现" },
      { col: 2, name: "已整改" },
    ],
    line: { col: rateCol, name: "整改率" },
    axisTitles: { count: "问题数（个）", rate: "整改率" },
    countStep: countStep(rows.maxCount),
    anchor: slot(where),
  };
}

/** The two charts of a 月报: by unit (发现 vs 已整改, 整改率 line) and the months of the year. */
export function reportCharts(sheet: string, layout: ReportLayout): ChartPlan[] {
  const units =
    layout.byUnit.lastRow >= layout.byUnit.firstRow ? [combo(sheet, "各单位发现与整改情况", layout.byUnit, 8, layout.chartSlots[0]!)] : [];
  return [...units, combo(sheet, "逐月发现与整改趋势", layout.trend, 3, layout.chartSlots[1]!)];
}
