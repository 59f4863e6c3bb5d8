import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { FindingField } from "../../../core/model/finding";
import type { WorkbookHost } from "../../../core/port/workbookHost";
import type { MappingOverride } from "../../../core/structure/mapColumns";
import { runStructure, saveMappingCorrections, type StructureRun, type Structurer } from "../../../workflows/structureWorkflow";
import { columnIndex } from "../../../core/model/address";
import { errorText } from "../errorText";

export type FieldChoice = FindingField | "ignore";

export interface StructurePanelState {
  phase: "idle" | "running" | "done" | "error";
  /** While running: what is being done (读取 → 结构化 → 写入), as the spinner says it. */
  step: string | null;
  run: StructureRun | null;
  error: string | null;
  /** Column-mapping edits not yet saved, by `${sheet}\u0001${label}`. */
  edits: ReadonlyMap<string, FieldChoice>;
  selected: { sheet: string | null; row: number } | null;
  /** While a run can still be stopped (it runs in a worker and has written nothing): stops it. */
  cancel: (() => void) | null;
  /** The last run was cancelled: the workbook is as it was, and so is what the panel shows. */
  cancelled: boolean;
  structure: () => Promise<void>;
  editMapping: (sheet: string, label: string, field: FieldChoice) => void;
  saveMappings: () => Promise<void>;
  goTo: (sheet: string | null, row: number, column?: string | null) => Promise<void>;
}

const editKey = (sheet: string, label: string): string => `${sheet}\u0001${label}`;

/** State and actions of the 结构化 panel; the render is a pure function of what this returns. */
const STEPS = { structure: "正在结构化…", write: "正在写入“标准台账”…" } as const;

export function useStructurePanel(
  host: WorkbookHost,
  onResult?: (run: StructureRun) => void,
  structurer?: Structurer,
): StructurePanelState {
  const [phase, setPhase] = useState<StructurePanelState["phase"]>("idle");
  const [step, setStep] = useState<string | null>(null);
  const [run, setRun] = useState<StructureRun | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [edits, setEdits] = useState<Map<string, FieldChoice>>(new Map());
  const [selected, setSelected] = useState<StructurePanelState["selected"]>(null);

  const [cancellable, setCancellable] = useState<AbortController | null>(null);
  const [cancelled, setCancelled] = useState(false);
  // What the panel showed before the run: a cancelled run goes back to it.
  const settled = useRef<{ phase: StructurePanelState["phase"]; error: string | null }>({ phase: "idle", error: null });
  const running = useRef<AbortController | null>(null);
  // A panel closed mid-run (another file picked) stops its run.
  useEffect(() => () => running.current?.abort(), []);

  const structure = useCallback(async () => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setPhase("running");
    setStep("正在读取工作簿…");
    setError(null);
    setCancelled(false);
    // Only a run in a worker can be stopped: on the main thread nothing would hear the click.
    if (structurer) setCancellable(controller);
    const end = (phase: StructurePanelState["phase"], err: string | null) => {
      settled.current = { phase, error: err };
      setError(err);
      setPhase(phase);
    };
    try {
      const r = await runStructure(host, {
        structure: structurer,
        signal: controller.signal,
        onStage: (s) => {
          if (s === "write") setCancellable(null);
          setStep(STEPS[s]);
        },
      });
      setRun(r);
      end("done", null);
      onResult?.(r);
    } catch (e) {
      if (controller.signal.aborted) {
        if (running.current !== controller) return;
        setError(settled.current.error);
        setPhase(settled.current.phase);
        setCancelled(true);
      } else end("error", errorText(e));
    } finally {
      if (running.current === controller) {
        running.current = null;
        setCancellable(null);
        setStep(null);
      }
    }
  }, [host, onResult, structurer]);

  const cancel = useMemo(() => (cancellable ? () => cancellable.abort() : null), [cancellable]);

  const editMapping = useCallback((sheet: string, label: string, field: FieldChoice) => {
    setEdits((prev) => new Map(prev).set(editKey(sheet, label), field));
  }, []);

  const saveMappings = useCallback(async () => {
    const changes: MappingOverride[] = [...edits].map(([key, field]) => {
      const [sheet, label] = key.split("\u0001") as [string, string];
      return { sheet, label, field };
    });
    if (changes.length === 0) return;
    setPhase("running");
    try {
      await saveMappingCorrections(host, changes);
      setEdits(new Map());
      await structure();
    } catch (e) {
      setError(errorText(e));
      setPhase("error");
    }
  }, [edits, host, structure]);

  const goTo = useCallback(
    async (sheet: string | null, row: number, column?: string | null) => {
      setSelected({ sheet, row });
      const name = sheet ?? run?.result.tables[0]?.sheetName ?? "";
      const col = column ? Math.max(0, columnIndex(column)) : 0;
      try {
        await host.goTo(name, row - 1, col);
      } catch (e) {
        setError(errorText(e));
      }
    },
    [host, run],
  );

  return useMemo(
    () => ({ phase, step, run, error, edits, selected, cancel, cancelled, structure, editMapping, saveMappings, goTo }),
    [phase, step, run, error, edits, selected, cancel, cancelled, structure, editMapping, saveMappings, goTo],
  );
}
