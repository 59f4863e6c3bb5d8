import { useGuardedAction } from "../useGuardedAction";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { NoticeSettings } from "../../../core/notices/noticeSettings";
import { isLiveHost, type WorkbookHost } from "../../../core/port/workbookHost";
import {
  noticeOverview,
  runNotices,
  saveNoticeSettings,
  selectedFindingIds,
  voidIssuedNotice,
  type NoticesRun,
  type UnitOpenCount,
} from "../../../workflows/noticesWorkflow";
import type { NoticeSelection } from "../../../core/notices/selectForNotices";
import { todayIso } from "../../../workflows/today";

export interface NoticesPanelState {
  phase: "idle" | "running" | "done" | "error";
  error: string | null;
  settings: NoticeSettings | null;
  units: UnitOpenCount[];
  selected: ReadonlySet<string>;
  issuedOn: string;
  preview: NoticesRun | null;
  issued: NoticesRun | null;
  setIssuedOn: (iso: string) => void;
  /** Inspection-date range ("" for open-ended) and whether findings that already have a notice are issued again. */
  range: { from: string; to: string };
  setRange: (r: { from: string; to: string }) => void;
  reissue: boolean;
  setReissue: (on: boolean) => void;
  voidNotice: (docNo: string) => Promise<void>;
  /** Excel only: limit to the rows selected in 标准台账 (null: no row limit). */
  canUseSelection: boolean;
  selectedIds: readonly string[] | null;
  limitToSelection: () => Promise<void>;
  clearSelection: () => void;
  toggleUnit: (unit: string) => void;
  editSetting: <K extends keyof NoticeSettings>(key: K, value: NoticeSettings[K]) => void;
  refresh: () => Promise<void>;
  saveSettings: () => Promise<void>;
  generate: () => Promise<void>;
}

/** State and actions of the 通知书 panel. Printing and downloads are the shell's (they differ per host). */
export function useNoticesPanel(host: WorkbookHost): NoticesPanelState {
  const [settings, setSettings] = useState<NoticeSettings | null>(null);
  const [units, setUnits] = useState<UnitOpenCount[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [issuedOn, setIssuedOn] = useState(todayIso());
  const [preview, setPreview] = useState<NoticesRun | null>(null);
  const [issued, setIssued] = useState<NoticesRun | null>(null);
  const [range, setRange] = useState({ from: "", to: "" });
  const [reissue, setReissue] = useState(false);
  const [selectedIds, setSelectedIds] = useState<string[] | null>(null);
  const selection = useMemo<NoticeSelection>(
    () => ({ from: range.from || undefined, to: range.to || undefined, reissue, ids: selectedIds ?? undefined }),
    [range, reissue, selectedIds],
  );

  const { phase, error, guarded } = useGuardedAction();

  const refresh = useCallback(
    () =>
      guarded(async () => {
        const o = await noticeOverview(host, selection);
        setUnits(o.units);
        setSelected(new Set(o.units.map((u) => u.unit)));
        setSettings((s) => s ?? o.run.settings);
        setPreview(o.run);
      }),
    [guarded, host, selection],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const toggleUnit = useCallback((unit: string) => {
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(unit)) next.delete(unit);
      else next.add(unit);
      return next;
    });
  }, []);

  const editSetting = useCallback(<K extends keyof NoticeSettings>(key: K, value: NoticeSettings[K]) => {
    setSettings((s) => (s ? { ...s, [key]: value } : s));
  }, []);

  const saveSettings = useCallback(
    () =>
      guarded(async () => {
        if (settings) await saveNoticeSettings(host, settings);
      }),
    [guarded, host, settings],
  );

  const generate = useCallback(
    () =>
      guarded(async () => {
        if (settings) await saveNoticeSettings(host, settings);
        const run = await runNotices(host, { selection: { ...selection, units: [...selected] }, issuedOn });
        setIssued(run);
        setReissue(false);
        const o = await noticeOverview(host, { ...selection, reissue: false });
        setUnits(o.units);
        setPreview(o.run);
      }),
    [guarded, host, settings, selected, issuedOn, selection],
  );

  const limitToSelection = useCallback(
    () =>
      guarded(async () => {
        if (isLiveHost(host)) setSelectedIds(await selectedFindingIds(host));
      }),
    [guarded, host],
  );
  const clearSelection = useCallback(() => setSelectedIds(null), []);

  const voidNotice = useCallback(
    (docNo: string) =>
      guarded(async () => {
        await voidIssuedNotice(host, docNo);
        const o = await noticeOverview(host, selection);
        setUnits(o.units);
        setSelected(new Set(o.units.map((u) => u.unit)));
        setPreview(o.run);
      }),
    [guarded, host, selection],
  );

  return useMemo(
    () => ({
      phase,
      error,
      settings,
      units,
      selected,
      issuedOn,
      preview,
      issued,
      setIssuedOn,
      range,
      setRange,
      reissue,
      setReissue,
      voidNotice,
      canUseSelection: isLiveHost(host),
      selectedIds,
      limitToSelection,
      clearSelection,
      toggleUnit,
      editSetting,
      refresh,
      saveSettings,
      generate,
    }),
    [
      phase,
      error,
      settings,
      units,
      selected,
      issuedOn,
      preview,
      issued,
      range,
      reissue,
      voidNotice,
      host,
      selectedIds,
      limitToSelection,
      clearSelection,
      toggleUnit,
      editSetting,
      refresh,
      saveSettings,
      generate,
    ],
  );
}
