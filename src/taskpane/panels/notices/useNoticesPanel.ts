import { useGuardedAction } from "../useGuardedAction";
import { useCallback, useEffect, useMemo, useState } from "react";
import { missingNoticeSettings, NOTICE_TITLES, type NoticeSettings } from "../../../core/notices/noticeSettings";
import { isLiveHost, type WorkbookHost } from "../../../core/port/workbookHost";
import {
  noticeOverview,
  previewNotices,
  runNotices,
  saveNoticeSettings,
  selectedFindingIds,
  voidIssuedNotice,
  type NoticesRun,
  type UnitOpenCount,
} from "../../../workflows/noticesWorkflow";
import type { NoticeSelection } from "../../../core/notices/selectForNotices";
import type { NoticeModel } from "../../../core/notices/buildNotices";
import { todayIso } from "../../../workflows/today";

export interface NoticesPanelState {
  phase: "idle" | "running" | "done" | "error";
  error: string | null;
  /** The settings as edited in the form. */
  settings: NoticeSettings | null;
  /** 设置 has no 发文机关 yet: the panel asks for it before anything else. */
  firstUse: boolean;
  /** What the settings still lack before a number may be taken (empty: ready). */
  missing: string[];
  units: UnitOpenCount[];
  selected: ReadonlySet<string>;
  issuedOn: string;
  /** What 生成 would issue now, with the form's settings and the chosen units; never numbered. */
  preview: { notices: NoticeModel[]; html: string } | null;
  /** The overview of the ledger and the register as they stand. */
  overview: NoticesRun | null;
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

/** A switch of 样式 also switches the title, unless the user wrote a title of their own. */
function withSetting<K extends keyof NoticeSettings>(s: NoticeSettings, key: K, value: NoticeSettings[K]): NoticeSettings {
  const next = { ...s, [key]: value };
  if (key === "variant" && s.title === NOTICE_TITLES[s.variant]) next.title = NOTICE_TITLES[value as NoticeSettings["variant"]];
  return next;
}

/** State and actions of the 通知书 panel. Printing and downloads are the shell's (they differ per host). */
export function useNoticesPanel(host: WorkbookHost): NoticesPanelState {
  const [settings, setSettings] = useState<NoticeSettings | null>(null);
  const [units, setUnits] = useState<UnitOpenCount[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [issuedOn, setIssuedOn] = useState(todayIso());
  const [overview, setOverview] = useState<NoticesRun | null>(null);
  const [issued, setIssued] = useState<NoticesRun | null>(null);
  const [range, setRange] = useState({ from: "", to: "" });
  const [reissue, setReissue] = useState(false);
  const [selectedIds, setSelectedIds] = useState<string[] | null>(null);
  const selection = useMemo<NoticeSelection>(
    () => ({ from: range.from || undefined, to: range.to || undefined, reissue, ids: selectedIds ?? undefined }),
    [range, reissue, selectedIds],
  );

  const { phase, error, guarded } = useGuardedAction();

  const load = useCallback(
    async (sel: NoticeSelection) => {
      const o = await noticeOverview(host, sel);
      setUnits(o.units);
      setSelected(new Set(o.units.map((u) => u.unit)));
      setSettings((s) => s ?? o.run.settings);
      setOverview(o.run);
    },
    [host],
  );

  const refresh = useCallback(() => guarded(() => load(selection)), [guarded, load, selection]);

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
    setSettings((s) => (s ? withSetting(s, key, value) : s));
  }, []);

  const saveSettings = useCallback(
    () =>
      guarded(async () => {
        if (!settings) return;
        await saveNoticeSettings(host, settings);
        await load(selection);
      }),
    [guarded, host, settings, load, selection],
  );

  const generate = useCallback(
    () =>
      guarded(async () => {
        if (!settings) return;
        await saveNoticeSettings(host, settings);
        const run = await runNotices(host, {
          selection: { ...selection, units: [...selected] },
          issuedOn,
          settings,
          requireSettings: true,
        });
        setIssued(run);
        setReissue(false);
        await load({ ...selection, reissue: false });
      }),
    [guarded, host, settings, selected, issuedOn, selection, load],
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
        await load(selection);
      }),
    [guarded, host, selection, load],
  );

  const preview = useMemo(
    () => (overview && settings ? previewNotices(overview, settings, { units: [...selected], issuedOn }) : null),
    [overview, settings, selected, issuedOn],
  );
  const firstUse = overview !== null && missingNoticeSettings(overview.settings).length > 0;
  const missing = useMemo(() => (settings ? missingNoticeSettings(settings) : []), [settings]);

  return useMemo(
    () => ({
      phase,
      error,
      settings,
      firstUse,
      missing,
      units,
      selected,
      issuedOn,
      preview,
      overview,
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
      firstUse,
      missing,
      units,
      selected,
      issuedOn,
      preview,
      overview,
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
