import type { SkipReason } from "../messages/zhCN";
import type { Finding } from "../model/finding";
import type { SheetGrid, WorkbookGrid } from "../model/grid";
import type { Problem } from "../model/problem";
import { ScoringRulesSchema, type ScoreRecord, type ScoringRules } from "../model/score";
import { buildCategoryIndex, normalizeCategory, type CategoryIndex } from "../normalize/normalizeCategory";
import { attachPhotos, photoColumns } from "../photos/attachPhotos";
import { readOrigin } from "../vocab/origins";
import type { Category } from "../vocab/categories";
import type { UnitEntry } from "../registry/unitRegistry";
import { isOwnedSheet, isUnitRegistry, summaryReason } from "./classifySheet";
import { detectHeader, type HeaderBlock } from "./detectHeader";
import { extractFindings, type SkippedRow } from "./extractFindings";
import { extractScores, scoreColumns } from "./extractScores";
import { FindingIdFactory } from "./findingId";
import { ledgerPeriod, type LedgerPeriod } from "./ledgerPeriod";
import { sheetUnit, type UnitLookup } from "./sheetUnit";
import { findTables } from "./tableSections";
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
  const units: UnitLookup = { names: new Set((options.units ?? []).map((e) => e.name)), aliases: unitAliases };
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
    const scoreCols = header ? scoreColumns(header.labels) : null;
    const summary = scoreCols ? null : summaryReason(grid, header);
    if (!header) {
      skipped.push({ sheet: grid.name, reason: summary ?? "noHeader" });
      continue;
    }
    if (summary) {
      skipped.push({ sheet: grid.name, reason: summary });
      continue;
    }
    const sheetName = grid.isCsv ? "" : grid.name;
    if (scoreCols) {
      const s = extractScores(grid, header, scoreCols, scoring, workbook.fileName, ids, unitAliases);
      const base = tableBase(grid, header, ledgerPeriod(header.preamble, sheetName, workbook.fileName));
      tables.push({ ...base, kind: "scores", mapping: [], ...s, rowsExamined: rowsBelow(grid, header, grid.values.length) });
      continue;
    }
    const found: FindingsTable[] = [];
    const spans = findTables(grid, header);
    for (const span of spans) {
      // A later table's own title may name its period; otherwise the sheet's first title does.
      const period = ledgerPeriod([...span.header.preamble, ...header.preamble], sheetName, workbook.fileName);
      const f = extractFindings(grid, span.header, period, {
        file: workbook.fileName,
        overrides: options.overrides ?? [],
        categories,
        ids,
        unitAliases,
        endRow: span.endRow,
        defaults: {
          unit: sheetUnit([...span.header.preamble, ...header.preamble], sheetName, units),
          category: span.section ? normalizeCategory(span.section, categories) : null,
          origin: span.section ? readOrigin(span.section) : null,
        },
      });
      if (!f.mapping.some((m) => m.field === "description" || m.field === "unit")) continue;
      const firstRow = span.header.rows[span.header.rows.length - 1]! + 1;
      const records = grid.pictures?.length
        ? attachPhotos(f.records, grid.name, grid.pictures, photoColumns(span.header.labels), {
            firstRow,
            endRow: span.endRow,
            stopRows: f.skippedRows.filter((s) => s.reason !== "blank").map((s) => s.row - 1),
          })
        : f.records;
      found.push({
        ...tableBase(grid, span.header, period),
        kind: "findings",
        mapping: f.mapping,
        records,
        problems: f.problems,
        skippedRows: f.skippedRows,
        rowsExamined: rowsBelow(grid, span.header, span.endRow),
      });
    }
    if (found.length === 0) skipped.push({ sheet: grid.name, reason: "noHeader" });
    tables.push(...found);
  }
  return { file: workbook.fileName, tables, skipped };
}

function tableBase(grid: SheetGrid, header: HeaderBlock, period: LedgerPeriod) {
  return { sheet: grid.isCsv ? null : grid.name, sheetName: grid.name, headerRows: header.rows.map((r) => r + 1), period };
}

function rowsBelow(grid: SheetGrid, header: HeaderBlock, endRow: number): number {
  return Math.max(0, Math.min(endRow, grid.values.length) - (header.rows[header.rows.length - 1]! + 1));
}
