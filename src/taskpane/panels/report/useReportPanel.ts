import { useGuardedAction } from "../useGuardedAction";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Finding } from "../../../core/model/finding";
import type { WorkbookHost } from "../../../core/port/workbookHost";
import { monthPeriod } from "../../../core/report/monthlyFigures";
import { monthsWithFindings } from "../../../core/report/reportMonths";
import { defaultReportMonth, ledgerOf, runReport, type ReportRun } from "../../../workflows/reportWorkflow";
import { todayIso } from "../../../workflows/today";

export interface ReportPanelState {
  phase: "idle" | "running" | "done" | "error";
  error: string | null;
  notice: string | null;
  /** Months with findings, newest first ("" until the ledger is read). */
  months: Array<{ month: string; found: number }>;
  month: string;
  asOf: string;
  run: ReportRun | null;
  /** The report text as the clerk edited it. */
  text: string;
  setMonth: (m: string) => void;
  setAsOf: (d: string) => void;
  setText: (t: string) => void;
  /** Reads the ledger again (after structuring more, say). */
  reload: () => Promise<void>;
  write: () => Promise<void>;
  copy: () => Promise<void>;
}

/** State and actions of the 月报 panel: the ledger is read once, reports for any month are computed from it. */
export function useReportPanel(host: WorkbookHost): ReportPanelState {
  const [notice, setNotice] = useState<string | null>(null);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [month, setMonthState] = useState("");
  const [asOf, setAsOf] = useState("");
  const [run, setRun] = useState<ReportRun | null>(null);
  const [text, setText] = useState("");

  const setMonth = useCallback((m: string) => {
    setMonthState(m);
    setAsOf(monthPeriod(m).to);
  }, []);

  const clearNotice = useCallback(() => setNotice(null), []);
  const { phase, error, guarded } = useGuardedAction(clearNotice);

  const reload = useCallback(
    () =>
      guarded(async () => {
        setFindings(await ledgerOf(host));
      }),
    [guarded, host],
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  // Opens on the latest month with findings; a month the clerk picked stays picked across reloads.
  useEffect(() => {
    if (findings && !month) setMonth(defaultReportMonth(findings, todayIso()));
  }, [findings, month, setMonth]);

  useEffect(() => {
    if (!findings || !month || !asOf) return;
    void guarded(async () => {
      const r = await runReport(findings, month, { asOf });
      setRun(r);
      setText(r.report.text);
    });
  }, [guarded, findings, month, asOf]);

  const write = useCallback(
    () =>
      guarded(async () => {
        if (!findings) return;
        const r = await runReport(findings, month, { asOf, target: host });
        setRun(r);
        setNotice(`已写入工作表“${r.sheet}”（含图表，已设好 A4 打印）；重新生成只替换该月的工作表。`);
      }),
    [guarded, host, findings, month, asOf],
  );

  const copy = useCallback(async () => {
    try {
      await navigator.clipboard.writeText(text);
      setNotice("报告文字已复制。");
    } catch {
      setNotice("浏览器不允许直接复制：请在文本框中全选后按 Ctrl+C。");
    }
  }, [text]);

  const months = useMemo(() => (findings ? monthsWithFindings(findings) : []), [findings]);

  return useMemo(
    () => ({ phase, error, notice, months, month, asOf, run, text, setMonth, setAsOf, setText, reload, write, copy }),
    [phase, error, notice, months, month, asOf, run, text, setMonth, reload, write, copy],
  );
}
