import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ConflictItem } from "../../../core/ledger/conflicts";
import type { ConflictChoice } from "../../../core/ledger/mergeField";
import type { WorkbookHost } from "../../../core/port/workbookHost";
import { listConflicts, resolveConflicts } from "../../../workflows/conflictsWorkflow";
import { runConsolidate, type ConsolidateRun, type FileProgress } from "../../../workflows/consolidateWorkflow";
import { openFindingsByUnit, runDistribute } from "../../../workflows/distributeWorkflow";
import { runSubmissions, type SubmissionsRun } from "../../../workflows/submissionsWorkflow";
import { todayIso } from "../../../workflows/today";
import { useGuardedAction } from "../useGuardedAction";
import { formBytes, formsZip, inputsFromFiles, workbookFiles } from "./consolidateFiles";

export interface ConsolidateOutputs {
  download(bytes: Uint8Array, fileName: string, type: string): void;
}

export interface FormFile {
  unit: string;
  fileName: string;
  findings: number;
  bytes: Uint8Array;
}

export interface ConsolidatePanelState {
  phase: "idle" | "running" | "done" | "error";
  error: string | null;
  notice: string | null;
  // 交办单
  openUnits: Array<{ unit: string; open: number }>;
  chosenUnits: ReadonlySet<string>;
  toggleUnit: (unit: string) => void;
  issuedOn: string;
  setIssuedOn: (d: string) => void;
  forms: FormFile[];
  batch: string | null;
  distribute: () => Promise<void>;
  downloadForm: (form: FormFile) => void;
  downloadAll: () => Promise<void>;
  // 汇总
  files: File[];
  addFiles: (list: Iterable<File>) => void;
  clearFiles: () => void;
  progress: FileProgress[];
  consolidating: boolean;
  consolidate: () => Promise<void>;
  cancel: () => void;
  run: ConsolidateRun | null;
  conflicts: ConflictItem[];
  decide: (c: ConflictItem, choice: ConflictChoice) => Promise<void>;
  decideAll: (choice: ConflictChoice) => Promise<void>;
  // 报送情况
  month: string;
  setMonth: (m: string) => void;
  submissions: SubmissionsRun | null;
  reminder: string;
  setReminder: (t: string) => void;
  copyReminder: () => Promise<void>;
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** State and actions of the 汇总 panel: 交办单 out, files back in, conflicts, 报送情况. */
export function useConsolidatePanel(host: WorkbookHost, outputs: ConsolidateOutputs): ConsolidatePanelState {
  const [notice, setNotice] = useState<string | null>(null);
  const clearNotice = useCallback(() => setNotice(null), []);
  const { phase, error, setError, guarded } = useGuardedAction(clearNotice);
  const [openUnits, setOpenUnits] = useState<Array<{ unit: string; open: number }>>([]);
  const [chosenUnits, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [issuedOn, setIssuedOn] = useState(todayIso());
  const [forms, setForms] = useState<FormFile[]>([]);
  const [batch, setBatch] = useState<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<FileProgress[]>([]);
  const [consolidating, setConsolidating] = useState(false);
  const cancelled = useRef(false);
  const [run, setRun] = useState<ConsolidateRun | null>(null);
  const [conflicts, setConflicts] = useState<ConflictItem[]>([]);
  const [month, setMonthState] = useState(todayIso().slice(0, 7));
  const [submissions, setSubmissions] = useState<SubmissionsRun | null>(null);
  const [reminder, setReminder] = useState("");

  const refresh = useCallback(
    async (m: string) => {
      const [units, pending, s] = await Promise.all([
        openFindingsByUnit(host),
        listConflicts(host),
        runSubmissions(host, { month: m, write: false }),
      ]);
      setOpenUnits(units);
      setConflicts(pending);
      setSubmissions(s);
      setReminder(s.reminder ?? "");
    },
    [host],
  );
  // On opening; later refreshes follow the user's actions.
  const firstMonth = useRef(month);
  useEffect(() => {
    void guarded(() => refresh(firstMonth.current));
  }, [guarded, refresh]);

  const toggleUnit = useCallback((unit: string) => {
    setChosen((old) => {
      const next = new Set(old);
      if (next.has(unit)) next.delete(unit);
      else next.add(unit);
      return next;
    });
  }, []);

  const distribute = useCallback(
    () =>
      guarded(async () => {
        const r = await runDistribute(host, { units: [...chosenUnits], issuedOn, record: true });
        const made: FormFile[] = [];
        for (const f of r.forms) made.push({ unit: f.unit, fileName: f.fileName, findings: f.rows.length, bytes: await formBytes(f) });
        setForms(made);
        setBatch(r.forms.length > 0 ? r.batch : null);
        setNotice(
          r.forms.length > 0
            ? `已生成 ${r.forms.length} 份交办单（批次 ${r.batch}，请于 ${r.replyBy} 前回复），已记入“交办记录”。`
            : "所选单位没有未整改的问题，未生成交办单。",
        );
      }),
    [guarded, host, chosenUnits, issuedOn],
  );

  const downloadForm = useCallback((form: FormFile) => outputs.download(form.bytes, form.fileName, XLSX), [outputs]);
  const downloadAll = useCallback(async () => {
    outputs.download(await formsZip(forms), `交办单-${batch ?? issuedOn}.zip`, "application/zip");
  }, [outputs, forms, batch, issuedOn]);

  const addFiles = useCallback((list: Iterable<File>) => {
    const picked = workbookFiles(list);
    setFiles((old) => [
      ...old,
      ...picked.filter((f) => !old.some((o) => o.name === f.name && o.size === f.size && o.lastModified === f.lastModified)),
    ]);
  }, []);
  const clearFiles = useCallback(() => {
    setFiles([]);
    setProgress([]);
  }, []);

  const consolidate = useCallback(
    () =>
      guarded(async () => {
        cancelled.current = false;
        setConsolidating(true);
        setProgress([]);
        try {
          // 报送情况 follows the files: the 交办 batch they answer, else the current month.
          const r = await runConsolidate(host, inputsFromFiles(files), {
            isCancelled: () => cancelled.current,
            onProgress: (p) =>
              setProgress((old) => {
                const next = old.length === p.total ? [...old] : Array.from({ length: p.total }, (_, i) => old[i] ?? p);
                next[p.index] = p;
                return next;
              }),
          });
          if (r.cancelled) {
            setNotice("已取消：汇总工作簿没有任何改动。");
            return;
          }
          setRun(r);
          setConflicts(await listConflicts(host));
          setSubmissions({ period: r.period, submissions: r.submissions, reminder: r.reminder, batches: [] });
          setReminder(r.reminder ?? "");
          setOpenUnits(await openFindingsByUnit(host));
        } finally {
          setConsolidating(false);
        }
      }),
    [guarded, host, files],
  );
  const cancel = useCallback(() => {
    cancelled.current = true;
  }, []);

  const decideMany = useCallback(
    (list: readonly ConflictItem[], choice: ConflictChoice) =>
      guarded(async () => {
        const left = await resolveConflicts(
          host,
          list.map((c) => ({ id: c.id, field: c.field, choice })),
        );
        setConflicts(left);
        setNotice(`已${choice === "keep" ? "保留本表的值" : "采用报送的值"}（${list.length} 处），两边的值都记在“更新记录”中。`);
      }),
    [guarded, host],
  );
  const decide = useCallback((c: ConflictItem, choice: ConflictChoice) => decideMany([c], choice), [decideMany]);
  const decideAll = useCallback((choice: ConflictChoice) => decideMany(conflicts, choice), [decideMany, conflicts]);

  const setMonth = useCallback(
    (m: string) => {
      setMonthState(m);
      void guarded(async () => {
        const s = await runSubmissions(host, { month: m, write: false });
        setSubmissions(s);
        setReminder(s.reminder ?? "");
      });
    },
    [guarded, host],
  );

  const copyReminder = useCallback(async () => {
    try {
      await navigator.clipboard.writeText(reminder);
      setNotice("提醒文字已复制，可粘贴到工作群。");
    } catch {
      setError("浏览器不允许直接复制：请在文本框中全选后按 Ctrl+C。");
    }
  }, [reminder, setError]);

  return useMemo(
    () => ({
      phase,
      error,
      notice,
      openUnits,
      chosenUnits,
      toggleUnit,
      issuedOn,
      setIssuedOn,
      forms,
      batch,
      distribute,
      downloadForm,
      downloadAll,
      files,
      addFiles,
      clearFiles,
      progress,
      consolidating,
      consolidate,
      cancel,
      run,
      conflicts,
      decide,
      decideAll,
      month,
      setMonth,
      submissions,
      reminder,
      setReminder,
      copyReminder,
    }),
    [
      phase,
      error,
      notice,
      openUnits,
      chosenUnits,
      toggleUnit,
      issuedOn,
      forms,
      batch,
      distribute,
      downloadForm,
      downloadAll,
      files,
      addFiles,
      clearFiles,
      progress,
      consolidating,
      consolidate,
      cancel,
      run,
      conflicts,
      decide,
      decideAll,
      month,
      setMonth,
      submissions,
      reminder,
      copyReminder,
    ],
  );
}
