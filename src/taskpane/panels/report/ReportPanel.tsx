import { useCallback, useRef, useState } from "react";
import type { WorkbookHost } from "../../../core/port/workbookHost";
import { reportHtml } from "../../../core/report/reportHtml";
import { svgToPng } from "../../shell/svgToPng";
import { renderReportPanel } from "./renderReportPanel";
import type { ReportOutputs } from "./reportOutputs";
import { useReportPanel } from "./useReportPanel";
import { useReportPanelStyles } from "./useReportPanelStyles";

export function ReportPanel({ host, outputs }: { host: WorkbookHost; outputs: ReportOutputs }) {
  const state = useReportPanel(host);
  const classes = useReportPanelStyles();
  const unitChart = useRef<HTMLDivElement>(null);
  const trendChart = useRef<HTMLDivElement>(null);
  const [printMessage, setPrintMessage] = useState<string | null>(null);
  const svgOf = (el: HTMLDivElement | null): SVGSVGElement | null => el?.querySelector("svg") ?? null;

  const savePng = useCallback(
    (which: "unit" | "trend") => {
      const svg = svgOf(which === "unit" ? unitChart.current : trendChart.current);
      if (!svg) return;
      void svgToPng(svg).then(
        (blob) => outputs.downloadPng(blob, `${which === "unit" ? "各单位发现与整改情况" : "逐月发现与整改趋势"}-${state.month}.png`),
        (e: unknown) => setPrintMessage(e instanceof Error ? e.message : String(e)),
      );
    },
    [outputs, state.month],
  );

  const print = useCallback(() => {
    const run = state.run;
    if (!run) return;
    const svgs = [svgOf(unitChart.current), svgOf(trendChart.current)].flatMap((s) => (s ? [s.outerHTML] : []));
    void outputs.print({ sheet: run.sheet, html: reportHtml(run.report, state.text, svgs), write: state.write }).then(setPrintMessage);
  }, [outputs, state.run, state.text, state.write]);

  return renderReportPanel(state, classes, { unitChart, trendChart, chartWidth: 420, savePng, print, printMessage });
}
