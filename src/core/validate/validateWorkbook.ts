import type { Finding } from "../model/finding";
import type { Problem } from "../model/problem";
import type { FindingsTable, StructureResult } from "../structure/structureWorkbook";
import { sortProblems, validateFindings, type ValidationScope } from "./validateFindings";

function tableLocator(table: FindingsTable) {
  const cols = new Map(table.mapping.filter((m) => m.field).map((m) => [m.field!, m.col]));
  return (f: Finding, field: Parameters<typeof cols.get>[0]) => ({
    sheet: table.sheet,
    row: f.source.row,
    column: cols.get(field) ?? null,
  });
}

/** Validation of every structured table: rule problems at the source cells, plus structuring's own. */
export function validateStructured(result: StructureResult, scope: ValidationScope): Problem[] {
  const problems: Problem[] = [];
  for (const t of result.tables) {
    if (t.kind === "scores") problems.push(...t.problems.filter((p) => !scope.disabled.has(p.code)));
    else {
      const columns = new Set(t.mapping.flatMap((m) => (m.field ? [m.field] : [])));
      problems.push(...validateFindings(t.records, scope, { columns, period: t.period, locate: tableLocator(t), earlier: t.problems }));
    }
  }
  return sortProblems(problems);
}
