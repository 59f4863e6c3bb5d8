import { useCallback, useState } from "react";
import type { WorkbookHost } from "../../../core/port/workbookHost";
import { trendChartModel, unitChartModel } from "../../../core/report/chartModel";
import { comboChartSvg } from "../../../core/report/comboChartSvg";
import { reportHtml } from "../../../core/report/reportHtml";
import { svgToPng } from "../../shell/svgToPng";
import { renderReportPanel } from "./renderReportPanel";
import type { ReportOutputs } from "./reportOutputs";
import { useReportPanel } from "./useReportPanel";
import { useReportPanelStyles } from "./useReportPanelStyles";
import { errorText } from "../errorText";

// A saved chart is drawn for a document page, not at the pane's width.
const PNG_WIDTH = 720;

export function ReportPanel({ host, outputs }: { host: WorkbookHost; outputs: ReportOutputs }) {
  const state = useReportPanel(host);
  const classes = useReportPanelStyles();
  const [printMessage, setPrintMessage] = useState<string | null>(null);

  const savePng = useCallback(
    (which: "unit" | "trend") => {
      const r = state.run?.report;
      if (!r) return;
      const model = which === "unit" ? unitChartModel(r) : trendChartModel(r);
      void svgToPng(comboChartSvg(model, { width: PNG_WIDTH }))
        .then((blob) => outputs.downloadPng(blob, `${model.title}-${state.month}.png`))
        .catch((e: unknown) => setPrintMessage(errorText(e)));
    },
    [outputs, state.run, state.month],
  );

  const print = useCallback(() => {
    const run = state.run;
    if (!run) return;
    void outputs.print({ sheet: run.sheet, html: reportHtml(run.report, state.text), write: state.write }).then(setPrintMessage);
  }, [outputs, state.run, state.text, state.write]);

  return renderReportPanel(state, classes, { savePng, print, printMessage });
}
