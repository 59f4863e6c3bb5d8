import { useGuardedAction } from "../useGuardedAction";
import { useCallback, useEffect, useMemo, useState } from "react";
import { columnIndex } from "../../../core/model/address";
import type { Problem } from "../../../core/model/problem";
import { isLiveHost, type WorkbookHost } from "../../../core/port/workbookHost";
import { createRowBatcher, revalidateLedgerRows } from "../../../workflows/liveValidation";
import { acceptUnitSuggestion, createRegistryFromLedger, importRegistry } from "../../../workflows/registryWorkflow";
import { todayIso } from "../../../workflows/today";
import { clearMarks, runValidation, type ValidationRun } from "../../../workflows/validateWorkflow";
import type { WorkbookGrid } from "../../../core/model/grid";
import { errorText } from "../errorText";

export interface ValidatePanelState {
  phase: "idle" | "running" | "done" | "error";
  run: ValidationRun | null;
  error: string | null;
  notice: string | null;
  asOf: string;
  setAsOf: (iso: string) => void;
  /** Problems found by live checking since the last full run, by 标准台账 row (Excel only). */
  live: ReadonlyMap<number, Problem[]>;
  liveEnabled: boolean;
  validate: () => Promise<void>;
  clear: () => Promise<void>;
  accept: (p: Problem) => Promise<void>;
  goTo: (p: Problem) => Promise<void>;
  createRegistry: () => Promise<void>;
  importRegistryFrom: (read: () => Promise<WorkbookGrid>) => Promise<void>;
}

/** State and actions of the 校验 panel. */
export function useValidatePanel(host: WorkbookHost): ValidatePanelState {
  const { phase, error, setError, guarded } = useGuardedAction();
  const [run, setRun] = useState<ValidationRun | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [asOf, setAsOf] = useState(todayIso());
  const [live, setLive] = useState<Map<number, Problem[]>>(new Map());
  const liveEnabled = isLiveHost(host);

  // After each full run, edits to 标准台账 are re-validated row by row while the user types.
  useEffect(() => {
    if (!run || !isLiveHost(host)) return;
    let unsubscribe: (() => Promise<void>) | null = null;
    let active = true;
    const batch = createRowBatcher(600, (first, last) => {
      void revalidateLedgerRows(host, run, first, last)
        .then((problems) => {
          if (!active) return;
          setLive((prev) => {
            const next = new Map(prev);
            for (let r = Math.max(2, first + 1); r <= last + 1; r++) next.delete(r);
            // Grouped in lists of this update's own (prev's lists are state, never changed in place), each
            // appended in place: copying a row's list on every problem was quadratic.
            const byRow = new Map<number, Problem[]>();
            for (const p of problems) {
              const list = byRow.get(p.row!);
              if (list) list.push(p);
              else byRow.set(p.row!, [p]);
            }
            for (const [row, list] of byRow) next.set(row, (next.get(row) ?? []).concat(list));
            return next;
          });
        })
        .catch((e: unknown) => setError(errorText(e)));
    });
    void host.watchSheet("标准台账", batch).then((u) => {
      if (active) unsubscribe = u;
      else void u();
    });
    setLive(new Map());
    return () => {
      active = false;
      void unsubscribe?.();
    };
  }, [host, run, setError]);

  const validate = useCallback(() => guarded(async () => setRun(await runValidation(host, { asOf }))), [guarded, host, asOf]);

  const clear = useCallback(
    () =>
      guarded(async () => {
        await clearMarks(host);
        setNotice("已清除“标准台账”中的颜色标记。");
      }),
    [guarded, host],
  );

  const accept = useCallback(
    (p: Problem) =>
      guarded(async () => {
        const typed = p.params.value;
        if (!p.suggestion || typeof typed !== "string") return;
        await acceptUnitSuggestion(host, typed, p.suggestion);
        setNotice(`已把“${typed}”记为“${p.suggestion}”的别名（单位名录），源表保持不变。`);
        setRun(await runValidation(host, { asOf }));
      }),
    [guarded, host, asOf],
  );

  const goTo = useCallback(
    async (p: Problem) => {
      if (p.row === null) return;
      try {
        const sheet = p.sheet ?? run?.structure.result.tables[0]?.sheetName ?? "";
        await host.goTo(sheet, p.row - 1, p.column ? Math.max(0, columnIndex(p.column)) : 0);
      } catch (e) {
        setError(errorText(e));
      }
    },
    [host, run],
  );

  const createRegistry = useCallback(
    () =>
      guarded(async () => {
        const entries = await createRegistryFromLedger(host);
        setNotice(`“单位名录”现有 ${entries.length} 个单位，请补全简称、类型和联系人。`);
      }),
    [guarded, host],
  );

  const importRegistryFrom = useCallback(
    (read: () => Promise<WorkbookGrid>) =>
      guarded(async () => {
        const entries = await importRegistry(host, await read());
        setNotice(`已导入单位名录：共 ${entries.length} 个单位。`);
      }),
    [guarded, host],
  );

  return useMemo(
    () => ({
      phase,
      run,
      error,
      notice,
      asOf,
      setAsOf,
      live,
      liveEnabled,
      validate,
      clear,
      accept,
      goTo,
      createRegistry,
      importRegistryFrom,
    }),
    [phase, run, error, notice, asOf, live, liveEnabled, validate, clear, accept, goTo, createRegistry, importRegistryFrom],
  );
}
