import type { PrintSheetPlan } from "../../core/output/printSheetPlan";
import type { ChartPlan } from "../../core/report/reportCharts";
import { chartXml, drawingXml, type ChartData } from "./chartXml";
import type { OwnedSheet } from "./placeSheets";

/** The categories and values a chart plots, read from the print plan the sheet was written from. */
export function chartData(chart: ChartPlan, sheet: PrintSheetPlan): ChartData {
  const rows = sheet.rows.slice(chart.firstRow, chart.lastRow + 1);
  const cellAt = (row: (typeof rows)[number], col: number) => row.cells.find((c) => c.col === col);
  return {
    categories: rows.map((r) => cellAt(r, chart.categoryCol)?.text ?? ""),
    series: [...chart.columns.map((c) => ({ ...c, line: false })), ...(chart.line ? [{ ...chart.line, line: true }] : [])].map((s) => ({
      name: s.name,
      col: s.col,
      line: s.line,
      values: rows.map((r) => cellAt(r, s.col)?.value ?? null),
    })),
  };
}

/**
 * Native charts for a print sheet (DrawingML chart parts and the drawing that anchors them), attached
 * to the owned sheet so placeSheets writes them with their relationships and content types. Excel and
 * LibreOffice open them as ordinary charts.
 */
export function withCharts(sheet: OwnedSheet, charts: readonly ChartPlan[], plan: PrintSheetPlan): OwnedSheet {
  if (charts.length === 0) return sheet;
  return {
    ...sheet,
    drawing: { xml: drawingXml(charts), charts: charts.map((c) => chartXml(c, chartData(c, plan))) },
  };
}
