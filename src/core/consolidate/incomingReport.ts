import type { Finding } from "../model/finding";
import type { SheetGrid, WorkbookGrid } from "../model/grid";
import { cellAt } from "../model/grid";
import type { Problem } from "../model/problem";
import { cellText } from "../normalize/text";
import type { UnitEntry } from "../registry/unitRegistry";
import type { MappingOverride } from "../structure/mapColumns";
import { structureWorkbook } from "../structure/structureWorkbook";
import { fingerprint } from "../ledger/ledgerRecord";
import { stableHash, stableHashJoined } from "../structure/findingId";
import { matchKeys, type MatchKeys } from "./contentMatch";
import { readReplyForm, type FormBatch } from "./readReplyForm";
import { reportingUnit } from "./reportingUnit";

/** A row of an incoming file: the finding it states, and the office's 编号 when the row carries one. */
export interface IncomingRow {
  id: string | null;
  finding: Finding;
  /** fingerprint(finding), computed once. */
  key: string;
  /** matchKeys(finding): folded where the file is read (a worker thread, in the CLI), not where it is merged. */
  match: MatchKeys;
}

/** One file a unit sent, read and structured: everything consolidation needs, nothing of the grids. */
export interface IncomingReport {
  file: string;
  /** "YYYY-MM-DD HH:mm": when the report was made (the file's time). */
  at: string;
  unit: string | null;
  kind: "reply" | "ledger";
  batch: FormBatch | null;
  rows: IncomingRow[];
  problems: Problem[];
  /** Rows structuring set aside (blank, 小计, group titles, signatures). */
  skippedRows: number;
  /** Content fingerprint: the same rows in another format (xls, csv) or sent again give the same. */
  fingerprint: string;
}

const OUR_ID = /^CW-[0-9a-f]{12}$/;

/** A column holding the office's 编号 (rows a unit copied from a 交办单 into its own file keep them). */
function idColumn(grid: SheetGrid, rows: readonly number[]): number | null {
  const width = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
  for (let c = 0; c < width; c++) {
    let hits = 0;
    let misses = 0;
    for (const r of rows) {
      const v = cellAt(grid, r - 1, c);
      // Only a text holding "CW-" can be an 编号: the others need no folding.
      if (typeof v === "string" && v.includes("CW-") && OUR_ID.test(cellText(v) ?? "")) hits += 1;
      // More than half the rows without one: not the column (a ledger has thousands of rows to look at).
      else if (++misses * 2 > rows.length) break;
    }
    if (rows.length > 0 && hits * 2 >= rows.length) return c;
  }
  return null;
}

function contentFingerprint(rows: readonly IncomingRow[]): string {
  const keys = rows.map((r) => `${r.id ?? ""}\u0001${r.key}`).sort();
  // stableHash(keys.join("\u0002")), without building the joined text.
  return keys.length === 0 ? stableHash("") : stableHashJoined(keys[0]!, keys.slice(1), 2);
}

/**
 * Reads one incoming workbook: a returned 交办单 by its 编号, anything else through structuring (in
 * any layout structuring reads), with the office's 编号 where rows carry one. Pure: the caller reads
 * the bytes and drops the grids afterwards, so memory follows the largest file, not the sum.
 */
export function incomingReport(
  workbook: WorkbookGrid,
  ctx: { at: string; registry?: readonly UnitEntry[]; overrides?: readonly MappingOverride[] },
): IncomingReport {
  const registry = ctx.registry ?? [];
  const form = readReplyForm(workbook);
  if (form) {
    const unit = form.unit ?? reportingUnit(workbook.fileName, workbook.sheets, [], registry);
    const rows = form.rows.map((r) => {
      const finding = { ...r.finding, unit: r.finding.unit ?? unit };
      return { id: r.id, finding, key: fingerprint(finding), match: matchKeys(finding) };
    });
    return {
      file: workbook.fileName,
      at: ctx.at,
      unit,
      kind: "reply",
      batch: form.batch,
      rows,
      problems: form.problems,
      skippedRows: 0,
      fingerprint: contentFingerprint(rows),
    };
  }
  const result = structureWorkbook(workbook, { units: registry, overrides: ctx.overrides ?? [] });
  const rows: IncomingRow[] = [];
  const problems: Problem[] = [];
  let skippedRows = 0;
  for (const t of result.tables) {
    if (t.kind !== "findings") continue;
    const grid = workbook.sheets.find((s) => s.name === t.sheetName)!;
    const col = idColumn(
      grid,
      t.records.map((f) => f.source.row),
    );
    for (const f of t.records) {
      const id = col === null ? null : cellText(cellAt(grid, f.source.row - 1, col));
      rows.push({ id: id && OUR_ID.test(id) ? id : null, finding: f, key: fingerprint(f), match: matchKeys(f) });
    }
    // A loop, not push(...): a file's problems are unbounded (call arguments overflow from ~125k).
    for (const p of t.problems) problems.push(p);
    skippedRows += t.skippedRows.length;
  }
  return {
    file: workbook.fileName,
    at: ctx.at,
    unit: reportingUnit(
      workbook.fileName,
      workbook.sheets,
      rows.map((r) => r.finding),
      registry,
    ),
    kind: "ledger",
    batch: null,
    rows,
    problems,
    skippedRows,
    fingerprint: contentFingerprint(rows),
  };
}
