import { useCallback, useMemo, useRef, useState } from "react";
import type { WorkbookGrid } from "../../core/model/grid";
import type { FileHost } from "../../hosts/file/fileHost";
import type { PlannedRun, Structurer } from "../../workflows/structureWorkflow";
import { loadSimplifier } from "../lazy/simplifier";
import type { WorkerStage } from "../worker/protocol";
import { runInWorker, TaskCancelled, type RunningTask } from "../worker/workerTask";
import { downloadBytes, XLSX_TYPE } from "./downloadBytes";
import { errorText } from "../panels/errorText";

/** The steps of opening a file, in order, as the progress display names them. */
export const READ_STEPS = [
  { id: "read", label: "读取文件" },
  { id: "unzip", label: "解压" },
  { id: "parse", label: "解析工作表" },
  { id: "pictures", label: "读取图片" },
] as const;
export type ReadStep = (typeof READ_STEPS)[number]["id"];

export interface ReadProgress {
  fileName: string;
  step: ReadStep;
  /** Within 读取文件: the share of the bytes read so far (0–1). */
  fraction: number | null;
}

export interface OpenFile {
  /** Counts the files opened: each gets fresh panels, even one of the same name. */
  id: number;
  host: FileHost;
  name: string;
  bytes: Uint8Array;
}

export interface WorkbookFileState {
  file: OpenFile | null;
  /** While a file is being opened. */
  progress: ReadProgress | null;
  error: string | null;
  /** While the result workbook is being written for download. */
  saving: boolean;
  pick: (file: File) => Promise<void>;
  cancel: () => void;
  download: () => Promise<void>;
  /** 结构化's pure part (and 标准台账's layout), run in a worker over the open file; its signal cancels it. */
  structurer: Structurer;
}

/** The bytes of a picked file, read in slices so the display can count them (and a cancel can stop it). */
async function readBytes(file: File, onFraction: (f: number) => void, cancelled: () => boolean): Promise<Uint8Array> {
  const out = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let at = 0;
  let shown = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (cancelled()) {
      await reader.cancel();
      throw new TaskCancelled();
    }
    if (at + value.length > out.length) throw new Error(`文件“${file.name}”在读取时被改动了，请重新选择`);
    out.set(value, at);
    at += value.length;
    if (at / out.length - shown >= 0.02) onFraction((shown = at / out.length));
  }
  return at === out.length ? out : out.subarray(0, at);
}

/**
 * The standalone page's file: picked, read in a worker with its steps shown (取消 stops it and leaves
 * the page as it was), structured in a worker, and saved in a worker for download (one save at a time).
 */
export function useWorkbookFile(onOpened: () => void): WorkbookFileState {
  const [file, setFile] = useState<OpenFile | null>(null);
  const [progress, setProgress] = useState<ReadProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const running = useRef<{ cancelled: boolean; task: RunningTask<unknown> | null } | null>(null);
  const savingNow = useRef(false);
  const opened = useRef(0);

  const pick = useCallback(
    async (picked: File) => {
      running.current?.task?.cancel();
      const run: { cancelled: boolean; task: RunningTask<unknown> | null } = { cancelled: false, task: null };
      running.current = run;
      setError(null);
      const show = (step: ReadStep, fraction: number | null = null) => {
        if (!run.cancelled) setProgress({ fileName: picked.name, step, fraction });
      };
      show("read", 0);
      try {
        const bytes = await readBytes(
          picked,
          (f) => show("read", f),
          () => run.cancelled,
        );
        const task = runInWorker<{ type: "read"; grid: WorkbookGrid; bytes: Uint8Array; textEncoding: FileHost["textEncoding"] }>(
          { type: "read", bytes, fileName: picked.name },
          [bytes.buffer],
          (stage: WorkerStage) => {
            if (stage === "unzip" || stage === "parse" || stage === "pictures") show(stage);
          },
        );
        run.task = task;
        const [read, { FileHost }] = await Promise.all([
          task.result,
          import(/* webpackChunkName: "file-host" */ "../../hosts/file/fileHost"),
          loadSimplifier(),
        ]);
        if (run.cancelled) return;
        setFile({
          id: ++opened.current,
          host: FileHost.fromRead(read.bytes, picked.name, read.grid, read.textEncoding),
          name: picked.name,
          bytes: read.bytes,
        });
        onOpened();
      } catch (e) {
        if (e instanceof TaskCancelled || run.cancelled) return;
        setFile(null);
        setError(errorText(e));
      } finally {
        if (running.current === run) {
          running.current = null;
          setProgress(null);
        }
      }
    },
    [onOpened],
  );

  const cancel = useCallback(() => {
    const run = running.current;
    if (!run) return;
    run.cancelled = true;
    run.task?.cancel();
    running.current = null;
    setProgress(null);
  }, []);

  const download = useCallback(async () => {
    if (!file || savingNow.current) return;
    savingNow.current = true;
    setSaving(true);
    setError(null);
    try {
      const h = file.host;
      const task = runInWorker<{ type: "saved"; bytes: Uint8Array }>(
        { type: "save", bytes: file.bytes, fileName: file.name, plans: h.plans(), printPlans: h.printPlans(), charts: h.chartPlans() },
        [],
      );
      const { bytes } = await task.result;
      downloadBytes(bytes, `${file.name.replace(/\.[^.]+$/, "")}-标准台账.xlsx`, XLSX_TYPE);
    } catch (e) {
      setError(`结果工作簿没有生成：${errorText(e)}`);
    } finally {
      savingNow.current = false;
      setSaving(false);
    }
  }, [file]);

  // 取消 (the signal) terminates the worker: nothing of the run reaches the page.
  const structurer = useCallback<Structurer>(async (workbook, registry, now, { write, signal }) => {
    signal?.throwIfAborted();
    const task = runInWorker<{ type: "structured" } & PlannedRun>({ type: "structure", workbook, registry, now, write }, []);
    const stop = () => task.cancel();
    signal?.addEventListener("abort", stop, { once: true });
    try {
      const { run, plans } = await task.result;
      return { run, plans };
    } finally {
      signal?.removeEventListener("abort", stop);
    }
  }, []);

  return useMemo(
    () => ({ file, progress, error, saving, pick, cancel, download, structurer }),
    [file, progress, error, saving, pick, cancel, download, structurer],
  );
}
