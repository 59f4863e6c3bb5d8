import type { Finding } from "../core/model/finding";
import { sheetNamed } from "../core/model/grid";
import { buildNotices, registerEntries, type NoticeModel } from "../core/notices/buildNotices";
import { noticesHtmlDocument } from "../core/notices/noticeHtml";
import { noticeSheetPlan } from "../core/notices/noticeSheetPlan";
import { parseRegister, REGISTER_SHEET, registerSheetPlan, type RegisterEntry, voidNotice } from "../core/notices/noticeRegister";
import { missingNoticeSettings, noticeSettingRows, noticeSettings, NOTICE_KIND, type NoticeSettings } from "../core/notices/noticeSettings";
import { selectForNotices, type NoticeCandidates, type NoticeSelection } from "../core/notices/selectForNotices";
import { LEDGER_SHEET } from "../core/output/ledgerSheetPlan";
import { writeLedger } from "./ledgerWriter";
import { readLedgerRows } from "../core/output/readLedgerSheet";
import { isLiveHost, type LiveWorkbookHost, type WorkbookHost } from "../core/port/workbookHost";
import { parseSettings, SETTINGS_SHEET, settingsSheetPlan, type Settings } from "../core/settings/settings";
import { reserveDocNumbers } from "./reserveDocNumbers";
import { structureRead } from "./structureWorkflow";
import { todayIso } from "./today";

export interface NoticesRun {
  /** Issued notices, or in a preview the same notices with the number left blank. */
  notices: NoticeModel[];
  candidates: NoticeCandidates;
  /** 通知书登记 as it stands after the run (a preview adds nothing to it). */
  register: RegisterEntry[];
  settings: NoticeSettings;
  ledger: Finding[];
  /** The print document (HTML with print CSS) of the notices just issued. */
  html: string;
  /** What the user should still set in 设置 (the notices went out with placeholders). */
  warnings: string[];
}

export interface NoticesOptions {
  selection?: NoticeSelection;
  /** 成文日期; today by default. */
  issuedOn?: string;
  /** false: a preview — nothing numbered, nothing written. */
  write?: boolean;
  /** The settings to issue with (the pane's form); by default those in 设置. */
  settings?: NoticeSettings;
  /** Refuse, before any number is taken, when 设置 lacks what a notice needs (the pane and the CLI ask for it first). */
  requireSettings?: boolean;
}

function withNoticeDefaults(settings: Settings, ns: NoticeSettings): Settings | null {
  if (settings.other.some((o) => o.kind === NOTICE_KIND)) return null;
  return { ...settings, other: [...settings.other, ...noticeSettingRows(ns)] };
}

/**
 * 生成整改通知书: picks open findings without a notice (or the user's selection), numbers one notice
 * per unit on from 通知书登记, writes the register, and writes each 文号 back to 标准台账.
 */
export async function runNotices(host: WorkbookHost, options: NoticesOptions = {}): Promise<NoticesRun> {
  const workbook = await host.readWorkbook();
  const structure = structureRead(workbook);
  const ns = options.settings ?? noticeSettings(structure.settings);
  const write = options.write !== false;
  const missing = missingNoticeSettings(ns);
  if (write && options.requireSettings && missing.length > 0)
    throw new Error(`请先在“设置”中填写${missing.join("、")}，再生成通知书（文号尚未占用）。`);
  let register = parseRegister(sheetNamed(workbook, REGISTER_SHEET));
  const candidates = selectForNotices(structure.ledger, options.selection);
  const number = (reg: readonly RegisterEntry[]) =>
    buildNotices(candidates.chosen, ns, reg, options.issuedOn ?? todayIso(), { preview: !write });
  let notices = number(register);
  // In Excel co-authors may issue at the same moment: the numbers are reserved in 通知书登记 (and checked)
  // before anything is printed. A file has one writer: the register is written whole.
  const reserve = write && notices.length > 0 && isLiveHost(host);
  if (reserve) ({ notices, register } = await reserveDocNumbers(host, number));
  const docNoOf = new Map(write ? notices.flatMap((n) => n.items.map((i) => [i.findingId, n.docNo] as const)) : []);
  const ledger = structure.ledger.map((f) => (docNoOf.has(f.id) ? { ...f, noticeNo: docNoOf.get(f.id)! } : f));
  const allEntries = write && !reserve ? [...register, ...registerEntries(notices)] : register;
  if (write && notices.length > 0) {
    await writeLedger(host, ledger, structure.events, { registrySize: structure.registry.length });
    if (!reserve) await host.writeSheet(registerSheetPlan(allEntries));
    await host.writePrintSheet(noticeSheetPlan(notices));
  }
  if (write) {
    const settings = withNoticeDefaults(structure.settings, ns);
    if (settings) await host.writeSheet(settingsSheetPlan(settings));
  }
  const warnings = [
    ...(missing.length ? [`“设置”中还没有填写${missing.join("、")}（通知书 | 发文机关），版头和落款暂用占位文字。`] : []),
    ...(ns.contact || ns.phone ? [] : ["“设置”中还没有填写联系人和联系电话。"]),
  ];
  return {
    notices,
    candidates,
    register: allEntries,
    settings: ns,
    ledger,
    html: noticesHtmlDocument(notices, undefined, { preview: !write }),
    warnings,
  };
}

export interface UnitOpenCount {
  unit: string;
  open: number;
}

/** The preview of what 生成 would issue for some units with some settings: the overview's findings, no numbers. */
export function previewNotices(
  run: NoticesRun,
  settings: NoticeSettings,
  options: { units: readonly string[]; issuedOn: string },
): { notices: NoticeModel[]; html: string } {
  const units = new Set(options.units);
  const chosen = run.candidates.chosen.filter((f) => units.has(f.unit!));
  const notices = buildNotices(chosen, settings, run.register, options.issuedOn, { preview: true });
  return { notices, html: noticesHtmlDocument(notices, "整改通知书（预览）", { preview: true }) };
}

/** Units that would get a notice now, with their counts (a preview: nothing numbered or written). */
export async function noticeOverview(
  host: WorkbookHost,
  selection?: NoticeSelection,
): Promise<{ units: UnitOpenCount[]; run: NoticesRun }> {
  const run = await runNotices(host, { selection, write: false });
  const counts = new Map<string, number>();
  for (const f of run.candidates.chosen) counts.set(f.unit!, (counts.get(f.unit!) ?? 0) + 1);
  return { units: [...counts].map(([unit, open]) => ({ unit, open })), run };
}

/** Saves the notice settings (机关, 代字, title, contact, 抄送 …) in 设置, keeping every other row. */
export async function saveNoticeSettings(host: WorkbookHost, ns: NoticeSettings): Promise<void> {
  // 设置 alone: structuring the whole ledger only to rewrite a few setting rows would be wasted work.
  const settings = parseSettings(await host.readSheet(SETTINGS_SHEET));
  const other = [...settings.other.filter((o) => o.kind !== NOTICE_KIND), ...noticeSettingRows(ns)];
  await host.writeSheet(settingsSheetPlan({ ...settings, other }));
}

/** The 编号 of the findings on the 标准台账 rows the user has selected (Excel). */
export async function selectedFindingIds(host: LiveWorkbookHost): Promise<string[]> {
  const sel = await host.selectedRows();
  if (sel.sheet !== LEDGER_SHEET) throw new Error("请先在“标准台账”中选中要发通知书的行。");
  const ids: string[] = [];
  const seen = new Set<string>();
  // The areas of a Ctrl-selection in sheet order; a row selected twice counts once.
  for (const span of [...sel.spans].sort((a, b) => a.first - b.first)) {
    const first = Math.max(1, span.first);
    if (span.last < first) continue;
    for (const r of readLedgerRows(await host.readRows(LEDGER_SHEET, first, span.last)))
      if (!seen.has(r.finding.id)) {
        seen.add(r.finding.id);
        ids.push(r.finding.id);
      }
  }
  return ids;
}

/** 作废: the notice keeps its number and its register row, marked 作废; its findings lose the 文号 so they can be issued again. */
export async function voidIssuedNotice(host: WorkbookHost, docNo: string): Promise<RegisterEntry[]> {
  const workbook = await host.readWorkbook();
  const structure = structureRead(workbook);
  const register = voidNotice(parseRegister(sheetNamed(workbook, REGISTER_SHEET)), docNo);
  const ledger = structure.ledger.map((f) => (f.noticeNo === docNo ? { ...f, noticeNo: null } : f));
  await host.writeSheet(registerSheetPlan(register));
  await writeLedger(host, ledger, structure.events, { registrySize: structure.registry.length });
  return register;
}
