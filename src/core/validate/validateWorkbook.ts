import type { Finding, FindingField } from "../model/finding";
import type { Problem } from "../model/problem";
import type { FindingsTable, StructureResult } from "../structure/structureWorkbook";
import { sortProblems, validateFindings, type Locate, type ValidationScope } from "./validateFindings";

/** Where a field of a table row lives instead of its source cell (a value edited in 标准台账), if elsewhere. */
export type Relocate = (f: Finding, field: FindingField) => ReturnType<Locate> | null;

function tableLocator(table: FindingsTable, relocate?: Relocate): Locate {
  const cols = new Map(table.mapping.filter((m) => m.field).map((m) => [m.field!, m.col]));
  return (f, field) =>
    relocate?.(f, field) ?? {
      sheet: table.sheet,
      row: f.source.row,
      column: cols.get(field) ?? null,
    };
}

/** Validation of every structured table: rule problems at the source cells, plus structuring's own. */
export function validateStructured(result: StructureResult, scope: ValidationScope, relocate?: Relocate): Problem[] {
  // Appended one by one: push(...list) passes every item as an argument and overflows the stack from ≈ 125k.
  const problems: Problem[] = [];
  for (const t of result.tables) {
    if (t.kind === "scores") {
      for (const p of t.problems) if (!scope.disabled.has(p.code)) problems.push(p);
    } else {
      const columns = new Set(t.mapping.flatMap((m) => (m.field ? [m.field] : [])));
      const found = validateFindings(t.records, scope, {
        columns,
        period: t.period,
        locate: tableLocator(t, relocate),
        earlier: t.problems,
      });
      for (const p of found) problems.push(p);
    }
  }
  return sortProblems(problems);
}
