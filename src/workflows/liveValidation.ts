import { FINDING_FIELDS, type FindingField } from "../core/model/finding";
import type { Problem } from "../core/model/problem";
import type { Finding } from "../core/model/finding";
import { editMarks, LEDGER_SHEET, ledgerColumnIndex } from "../core/output/ledgerSheetPlan";
import { readLedgerRows } from "../core/output/readLedgerSheet";
import type { CellMark } from "../core/output/sheetPlan";
import type { LiveWorkbookHost } from "../core/port/workbookHost";
import { buildUnitIndex } from "../core/registry/matchUnit";
import { validationSettings } from "../core/settings/validationSettings";
import { firstOccurrences, validateFindings, type ValidationScope } from "../core/validate/validateFindings";
import type { ValidationRun } from "./validateWorkflow";

const ALL_FIELDS = new Set<FindingField>(FINDING_FIELDS);

interface LiveContext {
  scope: ValidationScope;
  firstOccurrence: ReadonlyMap<string, number>;
}

// What live checks compare against depends only on the last full run, so it is built once per run,
// not on every edit.
const contexts = new WeakMap<ValidationRun, LiveContext>();

function liveContext(base: ValidationRun): LiveContext {
  let ctx = contexts.get(base);
  if (!ctx) {
    ctx = {
      scope: {
        asOf: base.asOf,
        units: base.structure.registry.length ? buildUnitIndex(base.structure.registry) : null,
        disabled: validationSettings(base.structure.settings).disabled,
      },
      firstOccurrence: firstOccurrences(base.structure.ledger),
    };
    contexts.set(base, ctx);
  }
  return ctx;
}

/**
 * Re-validates 标准台账 rows first…last (0-based sheet rows) after an edit, reading only those rows,
 * against the registry, settings and duplicates of the last full run; re-marks only those rows.
 */
export async function revalidateLedgerRows(host: LiveWorkbookHost, base: ValidationRun, first: number, last: number): Promise<Problem[]> {
  const from = Math.max(1, first);
  if (last < from) return [];
  const rows = readLedgerRows(await host.readRows(LEDGER_SHEET, from, last));
  const rowOf = new Map<Finding, number>(rows.map((r) => [r.finding, r.row]));
  const { scope, firstOccurrence } = liveContext(base);
  const problems = validateFindings(
    rows.map((r) => r.finding),
    scope,
    {
      columns: ALL_FIELDS,
      period: null,
      firstOccurrence,
      locate: (f, field) => ({ sheet: LEDGER_SHEET, row: rowOf.get(f)!, column: ledgerColumnIndex(field) }),
    },
  );
  // A cell the user just changed reads as edited at once; problems are coloured over it.
  const marks: CellMark[] = rows.flatMap((r) => editMarks([r.finding], r.row - 2));
  marks.push(
    ...problems.flatMap((p) =>
      p.severity === "info" || p.row === null || !p.column
        ? []
        : [{ row: p.row - 2, col: ledgerColumnIndex(p.field as FindingField), severity: p.severity }],
    ),
  );
  await host.markCells(LEDGER_SHEET, marks, { from: from - 1, to: last - 1 });
  return problems;
}

/**
 * Collects edited row ranges and flushes them once typing pauses, so a paste of 500 rows or a
 * burst of keystrokes costs one re-validation.
 */
export function createRowBatcher(delayMs: number, flush: (first: number, last: number) => void): (first: number, last: number) => void {
  let pending: { first: number; last: number } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  return (first, last) => {
    pending = pending ? { first: Math.min(pending.first, first), last: Math.max(pending.last, last) } : { first, last };
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const p = pending!;
      pending = null;
      timer = null;
      flush(p.first, p.last);
    }, delayMs);
  };
}
