import { reportingUnit } from "../core/consolidate/reportingUnit";
import type { LedgerEvent } from "../core/ledger/ledgerEvents";
import type { LedgerRecord } from "../core/ledger/ledgerRecord";
import { sheetNamed, type WorkbookGrid } from "../core/model/grid";
import { LEDGER_SHEET } from "../core/output/ledgerSheetPlan";
import { mergeLedger, type LedgerMerge } from "../core/output/mergeLedger";
import { readLedgerSheet } from "../core/output/readLedgerSheet";
import type { SheetPlan } from "../core/output/sheetPlan";
import { toStructureJson, type StructureJson } from "../core/output/structureJson";
import type { WorkbookHost } from "../core/port/workbookHost";
import { parseRegistry, REGISTRY_SHEET, type UnitEntry } from "../core/registry/unitRegistry";
import { parseSettings, SETTINGS_SHEET, settingsSheetPlan, withMappings, type Settings } from "../core/settings/settings";
import { scoringSettings } from "../core/settings/validationSettings";
import type { MappingOverride } from "../core/structure/mapColumns";
import { isOwnedSheet } from "../core/structure/classifySheet";
import { structureWorkbook, type StructureResult } from "../core/structure/structureWorkbook";
import { nowStamp, writeLedger } from "./ledgerWriter";

export interface StructureRun {
  result: StructureResult;
  json: StructureJson;
  /** What 标准台账 holds after the run (other files' rows included, the office's edits kept). */
  ledger: LedgerRecord[];
  /** What the run changed, found edited, or found in conflict: for 更新记录. */
  events: LedgerEvent[];
  merge: LedgerMerge["counts"];
  settings: Settings;
  registry: UnitEntry[];
  counts: { tables: number; records: number; skippedRows: number; problems: number; sourceRows: number };
}

/** A run and the sheets writing it would write (标准台账, 更新记录), in order; none when it writes nothing. */
export interface PlannedRun {
  run: StructureRun;
  plans: SheetPlan[];
}

/**
 * structureAndPlan somewhere else (off the page's main thread): the same inputs, the same run and
 * plans. `signal` stops it (the promise then rejects).
 */
export type Structurer = (
  workbook: WorkbookGrid,
  registry: readonly UnitEntry[] | null,
  now: string | undefined,
  options: { write: boolean; signal?: AbortSignal },
) => Promise<PlannedRun>;

/** Structures a workbook already read, with its 设置 and 单位名录 (or a registry given from elsewhere). */
export function structureRead(
  workbook: WorkbookGrid,
  registry?: readonly UnitEntry[] | null,
  now: string = nowStamp(),
  /** false: only the structuring is wanted (structure --json), so 标准台账 is not merged (a third of the run at 100k rows). */
  withLedger = true,
): StructureRun {
  const settings = parseSettings(sheetNamed(workbook, SETTINGS_SHEET));
  const registrySheet = sheetNamed(workbook, REGISTRY_SHEET);
  const units = registry ?? (registrySheet ? parseRegistry(registrySheet) : []);
  const result = structureWorkbook(workbook, { overrides: settings.mappings, units, scoring: scoringSettings(settings) });
  const incoming = result.tables.flatMap((t) => (t.kind === "findings" ? t.records : []));
  const existingSheet = sheetNamed(workbook, LEDGER_SHEET);
  const sheets = new Set(result.tables.flatMap((t) => (t.sheet === null ? [] : [t.sheet])));
  const sources = workbook.sheets.filter((s) => s.isCsv || !isOwnedSheet(s.name));
  const merge = withLedger
    ? mergeLedger(existingSheet ? readLedgerSheet(existingSheet) : [], incoming, {
        file: workbook.fileName,
        sheets,
        at: now,
        reportedBy: reportingUnit(workbook.fileName, sources, incoming, units),
      })
    : { records: [], events: [], counts: { added: 0, updated: 0, unchanged: 0, removed: 0, conflicts: 0 } };
  const records = result.tables.reduce((n, t) => n + t.records.length, 0);
  const skippedRows = result.tables.reduce((n, t) => n + t.skippedRows.length, 0);
  return {
    result,
    json: toStructureJson(result),
    ledger: merge.records,
    events: merge.events,
    merge: merge.counts,
    settings,
    registry: [...units],
    counts: {
      tables: result.tables.length,
      records,
      skippedRows,
      problems: result.tables.reduce((n, t) => n + t.problems.length, 0),
      sourceRows: records + skippedRows,
    },
  };
}

/** A workbook with no ledger (and no 标准台账 yet) gets no empty 标准台账 either. */
const writesNothing = (run: StructureRun, workbook: WorkbookGrid): boolean =>
  run.ledger.length === 0 && !sheetNamed(workbook, LEDGER_SHEET);

/**
 * structureRead and the sheets its write would write (标准台账 laid out, 更新记录 with the run's events
 * appended), without a host: where it runs (a worker), the page only stores the plans.
 */
export async function structureAndPlan(
  workbook: WorkbookGrid,
  registry: readonly UnitEntry[] | null,
  now: string | undefined,
  write = true,
): Promise<PlannedRun> {
  const run = structureRead(workbook, registry, now);
  const plans: SheetPlan[] = [];
  if (write && !writesNothing(run, workbook))
    await writeLedger(
      {
        readSheet: async (name) => sheetNamed(workbook, name),
        writeSheet: async (plan) => {
          plans.push(plan);
        },
      },
      run.ledger,
      run.events,
      { registrySize: run.registry.length },
    );
  return { run, plans };
}

/**
 * 结构化: reads every sheet, structures the ledgers with the mapping corrections from 设置 and the
 * aliases from 单位名录, and (unless `write` is false) rewrites 标准台账, keeping other files' rows and
 * the office's edits, and logs what changed in 更新记录; a workbook without any finding leaves
 * 标准台账 as it is.
 */
export async function runStructure(
  host: WorkbookHost,
  options: {
    write?: boolean;
    registry?: readonly UnitEntry[] | null;
    now?: string;
    /** Where structureRead runs (the page runs it in a worker); here by default. */
    structure?: Structurer;
    /** Hears the run's steps, for a progress display. */
    onStage?: (stage: "structure" | "write") => void;
    /** Cancels the run before anything is written (it then rejects with the signal's reason). */
    signal?: AbortSignal;
    /** false with write false: the caller wants only the structuring, not what 标准台账 would hold. */
    ledger?: boolean;
  } = {},
): Promise<StructureRun> {
  const { signal } = options;
  const write = options.write !== false;
  signal?.throwIfAborted();
  const workbook = await host.readWorkbook();
  signal?.throwIfAborted();
  options.onStage?.("structure");
  if (options.structure) {
    const { run, plans } = await options.structure(workbook, options.registry ?? null, options.now, { write, signal });
    signal?.throwIfAborted();
    if (write && plans.length > 0) {
      options.onStage?.("write");
      for (const plan of plans) await host.writeSheet(plan);
    }
    return run;
  }
  const run = structureRead(workbook, options.registry, options.now, write || options.ledger !== false);
  signal?.throwIfAborted();
  const nothing = writesNothing(run, workbook);
  if (write && !nothing) {
    options.onStage?.("write");
    await writeLedger(host, run.ledger, run.events, { registrySize: run.registry.length });
  }
  return run;
}

/** Remembers the user's column-mapping corrections in 设置 (they apply to every later run, in every host). */
export async function saveMappingCorrections(host: WorkbookHost, changes: readonly MappingOverride[]): Promise<void> {
  const settings = parseSettings(await host.readSheet(SETTINGS_SHEET));
  await host.writeSheet(settingsSheetPlan(withMappings(settings, changes)));
}
