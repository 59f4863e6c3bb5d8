import { columnLetter } from "../model/address";
import { FIELD_LABELS, type Deadline, type Finding, type FindingField } from "../model/finding";
import { columnCount, type CellValue, type SheetGrid } from "../model/grid";
import { makeProblem, type Problem } from "../model/problem";
import type { SkipReason } from "../messages/zhCN";
import { fromIso } from "../normalize/calendar";
import { deadlineFrom } from "../vocab/deadlines";
import type { CategoryIndex } from "../normalize/normalizeCategory";
import { looksTraditional } from "../normalize/traditional";
import { columnEvidence } from "./columnEvidence";
import type { HeaderBlock } from "./detectHeader";
import type { FindingIdFactory } from "./findingId";
import type { LedgerPeriod } from "./ledgerPeriod";
import { mapColumns, type ColumnMappingEntry, type MappingOverride } from "./mapColumns";
import { fillVerticalMerges } from "./mergeFill";
import { readRow, type RowContext, type RowDraft } from "./readFindingCells";
import { nearestDated, periodReference, resolveDate, type DateOutcome } from "./resolveDates";
import { classifyRow, rowShape } from "./rowKinds";

export interface SkippedRow {
  row: number;
  reason: SkipReason;
}

export interface FindingsExtraction {
  mapping: ColumnMappingEntry[];
  records: Finding[];
  problems: Problem[];
  skippedRows: SkippedRow[];
  /** 1-based last row looked at. */
  lastRow: number;
}

export interface ExtractOptions {
  file: string;
  overrides: readonly MappingOverride[];
  categories: CategoryIndex;
  ids: FindingIdFactory;
  unitAliases: ReadonlyMap<string, string>;
  /** 0-based row where this table ends (exclusive): the next table's section title or header. */
  endRow: number;
  /** What the sheet's title, tab or section title says for every row (see sheetUnit, tableSections). */
  defaults: RowContext["defaults"];
}

/** Rows under the header where a merged area spans most of the table: group titles and notes. */
function wideMergeRows(grid: SheetGrid, width: number): Set<number> {
  const rows = new Set<number>();
  for (const m of grid.merges) {
    if (m.endCol - m.startCol + 1 >= Math.max(2, Math.ceil(width * 0.6))) for (let r = m.startRow; r <= m.endRow; r++) rows.add(r);
  }
  return rows;
}

export function extractFindings(grid: SheetGrid, header: HeaderBlock, period: LedgerPeriod, opts: ExtractOptions): FindingsExtraction {
  const sheet = grid.isCsv ? null : grid.name;
  const width = Math.max(columnCount(grid), header.labels.length);
  const dataStart = header.rows[header.rows.length - 1]! + 1;
  const values = fillVerticalMerges(grid.values, grid.merges, dataStart);
  const endRow = Math.min(opts.endRow, values.length);
  const body = values.slice(dataStart, endRow);
  const formats = grid.numberFormats?.slice(dataStart, endRow);
  const evidence = header.labels.map((_, c) => columnEvidence(body, c, formats));
  const mapping = mapColumns(grid.name, header.labels, evidence, opts.overrides);
  const fieldCols: Partial<Record<FindingField, number>> = {};
  for (const m of mapping) if (m.field) fieldCols[m.field] = m.col;
  const dataColumns = new Set(mapping.filter((m) => m.field !== null).map((m) => m.col));
  const headerTexts = new Set(header.labels.flatMap((l) => (l ? l.split("·") : [])));
  const traditional = looksTraditional([...header.labels.filter(Boolean), ...header.preamble, grid.name].join(""));
  const wide = wideMergeRows(grid, width);

  const drafts: RowDraft[] = [];
  const skippedRows: SkippedRow[] = [];
  const titles = new Set(header.preamble);
  // One context for the table's rows (read during each call only); a group title row changes its label.
  const ctx: RowContext = {
    sheet,
    traditional,
    categories: opts.categories,
    fieldCols,
    groupLabel: null,
    unitAliases: opts.unitAliases,
    defaults: opts.defaults,
  };
  for (let r = dataStart; r < endRow; r++) {
    const shape = rowShape(values[r], width, wide.has(r));
    const kind = classifyRow(shape, dataColumns, headerTexts, fieldCols.description ?? null);
    if (kind.kind === "group" && (titles.has(kind.label) || headerFollows(values, r + 1, endRow, width, dataColumns, headerTexts))) {
      // A printed page's title repeated over its repeated header: not a group of findings.
      skippedRows.push({ row: r + 1, reason: "repeatedHeader" });
    } else if (kind.kind === "group") {
      ctx.groupLabel = kind.label;
      skippedRows.push({ row: r + 1, reason: "group" });
    } else if (kind.kind === "skip") {
      if (kind.reason !== "blank" || shape.cells.length > 0) skippedRows.push({ row: r + 1, reason: kind.reason });
    } else {
      drafts.push(readRow(values[r] ?? [], shape.texts, grid.numberFormats?.[r], r, ctx));
    }
  }

  const problems: Problem[] = [];
  for (const m of mapping) {
    if (m.field === null && m.label !== null && m.source === "none" && evidence[m.col]!.filled > 0) {
      problems.push(
        makeProblem({
          code: "column-unmapped",
          severity: "info",
          sheet,
          row: header.rows[0]! + 1,
          column: m.letter,
          field: null,
          params: { header: m.label },
        }),
      );
    }
  }
  const records = resolveRows(drafts, period, sheet, fieldCols, problems, opts);
  return { mapping, records, problems, skippedRows, lastRow: endRow };
}

/** Whether the next non-blank row (within a few) repeats the header. */
function headerFollows(
  values: ReadonlyArray<readonly CellValue[] | undefined>,
  from: number,
  end: number,
  width: number,
  dataColumns: ReadonlySet<number>,
  headerTexts: ReadonlySet<string>,
): boolean {
  for (let r = from; r < Math.min(end, from + 3); r++) {
    const shape = rowShape(values[r], width, false);
    if (shape.cells.length === 0) continue;
    const kind = classifyRow(shape, dataColumns, headerTexts, null);
    return kind.kind === "skip" && kind.reason === "repeatedHeader";
  }
  return false;
}

function resolveRows(
  drafts: readonly RowDraft[],
  period: LedgerPeriod,
  sheet: string | null,
  fieldCols: Partial<Record<FindingField, number>>,
  problems: Problem[],
  opts: ExtractOptions,
): Finding[] {
  const reference = periodReference(period);
  const dated = drafts.flatMap((d) => (d.inspectedOn.kind === "date" ? [{ row: d.row, iso: d.inspectedOn.iso }] : []));
  const yearOnly = period.year;

  return drafts.map((d) => {
    const rowProblems = [...d.problems];
    const report = (field: FindingField, outcome: DateOutcome): string | null => {
      if (outcome.ok) return outcome.iso;
      const c = fieldCols[field];
      rowProblems.push(
        makeProblem({
          code: outcome.code,
          severity: "error",
          sheet,
          row: d.row + 1,
          column: c === undefined ? null : columnLetter(c),
          field,
          params: { label: FIELD_LABELS[field], value: outcome.value, ...(outcome.candidates ? { candidates: outcome.candidates } : {}) },
        }),
      );
      return null;
    };
    // A title with year and month is the best reference; with a year alone, a dated neighbour row is.
    const needsYear =
      d.inspectedOn.kind === "partial" ||
      (d.deadline.kind === "date" && d.deadline.parse.kind === "partial") ||
      d.rectifiedOn.kind === "partial";
    const inspectionRef = (period.month !== null ? reference : null) ?? (needsYear ? nearestDated(dated, d.row) : null);
    const inspectedOn = report("inspectedOn", resolveDate(d.inspectedOn, inspectionRef, yearOnly));
    const rowRef = inspectedOn && needsYear ? fromIso(inspectedOn) : inspectionRef;
    const rectifiedOn = report("rectifiedOn", resolveDate(d.rectifiedOn, rowRef, yearOnly));
    let deadline: Deadline | null = null;
    const dl = d.deadline;
    if (dl.kind === "word") deadline = dl.value;
    else if (dl.kind === "date") deadline = report("deadline", resolveDate(dl.parse, rowRef, yearOnly));
    else if (dl.kind === "relative") {
      if (inspectedOn) deadline = deadlineFrom(dl.phrase, inspectedOn);
      else report("deadline", { ok: false, code: "date-unreadable", value: dl.text });
    } else if (dl.kind === "unreadable") {
      const c = fieldCols.deadline;
      rowProblems.push(
        makeProblem({
          code: "deadline-unreadable",
          severity: "error",
          sheet,
          row: d.row + 1,
          column: c === undefined ? null : columnLetter(c),
          field: "deadline",
          params: { value: dl.text },
        }),
      );
    }
    problems.push(...rowProblems);
    const t = d.text;
    return {
      // Ids hash the fully folded text (as before line breaks and punctuation were kept), so that a
      // rerun over an older 标准台账 updates the same rows.
      id: opts.ids.next(sheet, [inspectedOn, t.unit ?? null, d.idText.description, d.idText.location]),
      source: { file: opts.file, sheet, row: d.row + 1 },
      inspectedOn,
      unit: t.unit ?? null,
      category: t.category ?? null,
      description: t.description ?? null,
      location: t.location ?? null,
      measure: t.measure ?? null,
      deadline,
      status: d.status,
      rectifiedOn,
      owner: t.owner ?? null,
      phone: t.phone ?? null,
      noticeNo: t.noticeNo ?? null,
      remark: t.remark ?? null,
      origin: t.origin ?? null,
    };
  });
}
