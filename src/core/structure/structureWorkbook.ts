import type { SkipReason } from "../messages/zhCN";
import type { Finding } from "../model/finding";
import type { SheetGrid, WorkbookGrid } from "../model/grid";
import type { Problem } from "../model/problem";
import { ScoringRulesSchema, type ScoreRecord, type ScoringRules } from "../model/score";
import { buildCategoryIndex, type CategoryIndex } from "../normalize/normalizeCategory";
import type { Category } from "../vocab/categories";
import type { UnitEntry } from "../registry/unitRegistry";
import { isOwnedSheet, isUnitRegistry, summaryReason } from "./classifySheet";
import { detectHeader, type HeaderBlock } from "./detectHeader";
import { extractFindings, type SkippedRow } from "./extractFindings";
import { extractScores, scoreColumns } from "./extractScores";
import { FindingIdFactory } from "./findingId";
import { ledgerPeriod, type LedgerPeriod } from "./ledgerPeriod";
import type { ColumnMappingEntry, MappingOverride } from "./mapColumns";

interface TableBase {
  /** null for CSV. */
  sheet: string | null;
  sheetName: string;
  /** 1-based header rows. */
  headerRows: number[];
  mapping: ColumnMappingEntry[];
  period: LedgerPeriod;
  problems: Problem[];
  skippedRows: SkippedRow[];
  /** Rows below the header that were looked at (data + skipped + blank), for "every row accounted for". */
  rowsExamined: number;
}
export interface FindingsTable extends TableBase {
  kind: "findings";
  records: Finding[];
}
export interface ScoresTable extends TableBase {
  kind: "scores";
  records: ScoreRecord[];
}
export type StructuredTable = FindingsTable | ScoresTable;

export interface SkippedSheet {
  sheet: string;
  reason: SkipReason;
}

export interface StructureResult {
  file: string;
  tables: StructuredTable[];
  skipped: SkippedSheet[];
}

export interface StructureOptions {
  overrides?: readonly MappingOverride[];
  categories?: readonly Category[];
  scoring?: Partial<ScoringRules>;
  /** 单位名录 entries: their aliases are replaced by the registered names. */
  units?: readonly UnitEntry[];
}

function isEmptySheet(grid: SheetGrid): boolean {
  return !grid.values.some((row) => row.some((v) => v !== null && v !== ""));
}

/**
 * Decides for every sheet whether it is a findings ledger, a score sheet or something to skip
 * (with the reason), and structures the ledgers. Pure: the same grids give the same result in
 * Excel, in the browser and on the command line.
 */
export function structureWorkbook(workbook: WorkbookGrid, options: StructureOptions = {}): StructureResult {
  const categories: CategoryIndex = buildCategoryIndex(options.categories);
  const scoring = ScoringRulesSchema.parse(options.scoring ?? {});
  const ids = new FindingIdFactory();
  const unitAliases = new Map<string, string>();
  for (const e of options.units ?? []) for (const a of e.aliases) if (a !== e.name) unitAliases.set(a, e.name);
  const tables: StructuredTable[] = [];
  const skipped: SkippedSheet[] = [];
  for (const grid of workbook.sheets) {
    if (isOwnedSheet(grid.name) && !grid.isCsv) {
      skipped.push({ sheet: grid.name, reason: "owned" });
      continue;
    }
    if (isEmptySheet(grid)) {
      skipped.push({ sheet: grid.name, reason: "empty" });
      continue;
    }
    if (isUnitRegistry(grid)) {
      skipped.push({ sheet: grid.name, reason: "registry" });
      continue;
    }
    const header = detectHeader(grid);
    const summary = summaryReason(grid, header);
    if (!header) {
      skipped.push({ sheet: grid.name, reason: summary ?? "noHeader" });
      continue;
    }
    if (summary) {
      skipped.push({ sheet: grid.name, reason: summary });
      continue;
    }
    const period = ledgerPeriod(header.preamble, grid.isCsv ? "" : grid.name, workbook.fileName);
    const scoreCols = scoreColumns(header.labels);
    const base = {
      sheet: grid.isCsv ? null : grid.name,
      sheetName: grid.name,
      headerRows: header.rows.map((r) => r + 1),
      period,
    };
    if (scoreCols) {
      const s = extractScores(grid, header, scoreCols, scoring, workbook.fileName, ids, unitAliases);
      tables.push({ ...base, kind: "scores", mapping: [], ...s, rowsExamined: rowsBelow(grid, header) });
      continue;
    }
    const f = extractFindings(grid, header, period, {
      file: workbook.fileName,
      overrides: options.overrides ?? [],
      categories,
      ids,
      unitAliases,
    });
    if (!f.mapping.some((m) => m.field === "description" || m.field === "unit")) {
      skipped.push({ sheet: grid.name, reason: "noHeader" });
      continue;
    }
    tables.push({
      ...base,
      kind: "findings",
      mapping: f.mapping,
      records: f.records,
      problems: f.problems,
      skippedRows: f.skippedRows,
      rowsExamined: rowsBelow(grid, header),
    });
  }
  return { file: workbook.fileName, tables, skipped };
}

function rowsBelow(grid: SheetGrid, header: HeaderBlock): number {
  return Math.max(0, grid.values.length - (header.rows[header.rows.length - 1]! + 1));
}
