import type { Finding } from "../core/model/finding";
import { LEDGER_SHEET, ledgerSheetPlan } from "../core/output/ledgerSheetPlan";
import { mergeLedger } from "../core/output/mergeLedger";
import { readLedgerSheet } from "../core/output/readLedgerSheet";
import { toStructureJson, type StructureJson } from "../core/output/structureJson";
import type { WorkbookHost } from "../core/port/workbookHost";
import { parseSettings, SETTINGS_SHEET, settingsSheetPlan, withMappings } from "../core/settings/settings";
import type { MappingOverride } from "../core/structure/mapColumns";
import { structureWorkbook, type StructureResult } from "../core/structure/structureWorkbook";

export interface StructureRun {
  result: StructureResult;
  json: StructureJson;
  /** What 标准台账 holds after the run (other files' rows included). */
  ledger: Finding[];
  counts: { tables: number; records: number; skippedRows: number; problems: number; sourceRows: number };
}

/**
 * 结构化: reads every sheet, structures the ledgers with the mapping corrections from 设置, and
 * (unless `write` is false) replaces 标准台账 with the result, keeping other files' rows.
 */
export async function runStructure(host: WorkbookHost, options: { write?: boolean } = {}): Promise<StructureRun> {
  const workbook = await host.readWorkbook();
  const settings = parseSettings(workbook.sheets.find((s) => s.name === SETTINGS_SHEET && !s.isCsv) ?? null);
  const result = structureWorkbook(workbook, { overrides: settings.mappings });
  const incoming = result.tables.flatMap((t) => (t.kind === "findings" ? t.records : []));
  const existingSheet = workbook.sheets.find((s) => s.name === LEDGER_SHEET && !s.isCsv) ?? null;
  const sheets = new Set(result.tables.flatMap((t) => (t.sheet === null ? [] : [t.sheet])));
  const ledger = mergeLedger(existingSheet ? readLedgerSheet(existingSheet) : [], incoming, { file: workbook.fileName, sheets });
  if (options.write !== false) await host.writeSheet(ledgerSheetPlan(ledger));
  const records = result.tables.reduce((n, t) => n + t.records.length, 0);
  const skippedRows = result.tables.reduce((n, t) => n + t.skippedRows.length, 0);
  return {
    result,
    json: toStructureJson(result),
    ledger,
    counts: {
      tables: result.tables.length,
      records,
      skippedRows,
      problems: result.tables.reduce((n, t) => n + t.problems.length, 0),
      sourceRows: records + skippedRows,
    },
  };
}

/** Remembers the user's column-mapping corrections in 设置 (they apply to every later run, in every host). */
export async function saveMappingCorrections(host: WorkbookHost, changes: readonly MappingOverride[]): Promise<void> {
  const settings = parseSettings(await host.readSheet(SETTINGS_SHEET));
  await host.writeSheet(settingsSheetPlan(withMappings(settings, changes)));
}
