import { useGuardedAction } from "../useGuardedAction";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { WorkbookHost } from "../../../core/port/workbookHost";
import { monthPeriod } from "../../../core/report/monthlyFigures";
import { lastMonth, ledgerOf, runReport, type ReportRun } from "../../../workflows/reportWorkflow";
import { todayIso } from "../../../workflows/today";

export interface ReportPanelState {
  phase: "idle" | "running" | "done" | "error";
  error: string | null;
  notice: string | null;
  month: string;
  asOf: string;
  run: ReportRun | null;
  /** The report text as the clerk edited it. */
  text: string;
  setMonth: (m: string) => void;
  setAsOf: (d: string) => void;
  setText: (t: string) => void;
  build: () => Promise<void>;
  write: () => Promise<void>;
  copy: () => Promise<void>;
}

/** State and actions of the 月报 panel. */
export function useReportPanel(host: WorkbookHost): ReportPanelState {
  const [notice, setNotice] = useState<string | null>(null);
  const [month, setMonthState] = useState(lastMonth(todayIso()));
  const [asOf, setAsOf] = useState(monthPeriod(lastMonth(todayIso())).to);
  const [run, setRun] = useState<ReportRun | null>(null);
  const [text, setText] = useState("");

  const setMonth = useCallback((m: string) => {
    setMonthState(m);
    setAsOf(monthPeriod(m).to);
  }, []);

  const clearNotice = useCallback(() => setNotice(null), []);
  const { phase, error, guarded } = useGuardedAction(clearNotice);

  const build = useCallback(
    () =>
      guarded(async () => {
        const r = await runReport(await ledgerOf(host), month, { asOf });
        setRun(r);
        setText(r.report.text);
      }),
    [guarded, host, month, asOf],
  );

  useEffect(() => {
    void build();
  }, [build]);

  const write = useCallback(
    () =>
      guarded(async () => {
        const r = await runReport(await ledgerOf(host), month, { asOf, target: host });
        setRun(r);
        setNotice(`已写入工作表“${r.sheet}”（含图表，已设好 A4 打印）；重新生成只替换该月的工作表。`);
      }),
    [guarded, host, month, asOf],
  );

  const copy = useCallback(async () => {
    try {
      await navigator.clipboard.writeText(text);
      setNotice("报告文字已复制。");
    } catch {
      setNotice("浏览器不允许直接复制：请在文本框中全选后按 Ctrl+C。");
    }
  }, [text]);

  return useMemo(
    () => ({ phase, error, notice, month, asOf, run, text, setMonth, setAsOf, setText, build, write, copy }),
    [phase, error, notice, month, asOf, run, text, setMonth, build, write, copy],
  );
}
