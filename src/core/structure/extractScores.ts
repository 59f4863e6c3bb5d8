import { columnLetter } from "../model/address";
import type { CellValue, SheetGrid } from "../model/grid";
import { makeProblem, type Problem } from "../model/problem";
import type { ScoreRecord, ScoringRules } from "../model/score";
import { cellText, headerKey } from "../normalize/text";
import { toSimplified } from "../normalize/traditional";
import { SCORE_SYNONYMS } from "../vocab/fieldSynonyms";
import type { HeaderBlock } from "./detectHeader";
import type { FindingIdFactory } from "./findingId";
import { classifyRow, rowShape } from "./rowKinds";
import type { SkippedRow } from "./extractFindings";
import { scoreHeader } from "./headerMatch";

type ScorePart = "env" | "health" | "vector";
const PART_LABELS: Record<ScorePart, string> = { env: "环境卫生得分", health: "健康教育得分", vector: "病媒防制得分" };

export interface ScoreColumns {
  unit: number;
  env: number;
  health: number;
  vector: number;
}

/** Finds the unit column and the three part-score columns; null when the header is not a score sheet's. */
export function scoreColumns(labels: ReadonlyArray<string | null>): ScoreColumns | null {
  const find = (words: readonly string[]): number =>
    labels.findIndex((l) => l !== null && words.some((w) => headerKey(toSimplified(l.split("·").pop()!)).startsWith(headerKey(w))));
  const unit = labels.findIndex((l) => l !== null && scoreHeader(l)[0]?.field === "unit" && scoreHeader(l)[0]!.score >= 0.75);
  const env = find(SCORE_SYNONYMS.env);
  const health = find(SCORE_SYNONYMS.health);
  const vector = find(SCORE_SYNONYMS.vector);
  if (unit < 0 || env < 0 || health < 0 || vector < 0) return null;
  return { unit, env, health, vector };
}

/** Weighted total rounded to one decimal, computed in tenths so 0.1 steps do not drift. */
export function weightedTotal(parts: readonly [number, number, number], weights: readonly [number, number, number]): number {
  const raw = parts[0] * weights[0] + parts[1] * weights[1] + parts[2] * weights[2];
  return Math.round(raw * 10 + 1e-9) / 10;
}

export function gradeFor(total: number, rules: ScoringRules): string {
  const sorted = [...rules.grades].sort((a, b) => b.min - a.min);
  return (sorted.find((g) => total >= g.min) ?? sorted[sorted.length - 1]!).label;
}

function readScore(v: CellValue): number | "blank" | "nan" {
  if (typeof v === "number") return v;
  const t = cellText(v);
  if (t === null) return "blank";
  const n = Number(t);
  return Number.isFinite(n) ? n : "nan";
}

/** Unit assessment rows: part scores out of 100, total = weighted sum, grade by thresholds. Invalid parts get no total. */
export function extractScores(
  grid: SheetGrid,
  header: HeaderBlock,
  cols: ScoreColumns,
  rules: ScoringRules,
  file: string,
  ids: FindingIdFactory,
  unitAliases: ReadonlyMap<string, string> = new Map(),
): { records: ScoreRecord[]; problems: Problem[]; skippedRows: SkippedRow[] } {
  const sheet = grid.isCsv ? null : grid.name;
  const start = header.rows[header.rows.length - 1]! + 1;
  const width = header.labels.length;
  const dataColumns = new Set([cols.unit, cols.env, cols.health, cols.vector]);
  const headerTexts = new Set(header.labels.filter((l): l is string => l !== null));
  const records: ScoreRecord[] = [];
  const problems: Problem[] = [];
  const skippedRows: SkippedRow[] = [];
  for (let r = start; r < grid.values.length; r++) {
    const values = grid.values[r] ?? [];
    const kind = classifyRow(rowShape(values, width, false), dataColumns, headerTexts, null);
    if (kind.kind !== "data") {
      if (kind.kind === "group" || rowShape(values, width, false).cells.length > 0)
        skippedRows.push({ row: r + 1, reason: kind.kind === "group" ? "group" : kind.reason });
      continue;
    }
    const unitText = cellText(values[cols.unit] ?? null);
    const parts: Partial<Record<ScorePart, number | null>> = {};
    let valid = true;
    for (const part of ["env", "health", "vector"] as const) {
      const col = cols[part];
      const s = readScore(values[col] ?? null);
      const at = { sheet, row: r + 1, column: columnLetter(col), field: part };
      if (s === "blank") {
        parts[part] = null;
        valid = false;
      } else if (s === "nan") {
        parts[part] = null;
        valid = false;
        problems.push(
          makeProblem({
            code: "score-not-number",
            severity: "error",
            ...at,
            params: { label: PART_LABELS[part], value: cellText(values[col] ?? null) ?? "" },
          }),
        );
      } else {
        parts[part] = s;
        if (s < 0 || s > 100) {
          valid = false;
          problems.push(
            makeProblem({ code: "score-out-of-range", severity: "error", ...at, params: { label: PART_LABELS[part], value: s } }),
          );
        }
      }
    }
    const total = valid ? weightedTotal([parts.env!, parts.health!, parts.vector!], rules.weights) : null;
    const typed = unitText === null ? null : toSimplified(unitText);
    // Registered names, as in ledgers, so 考评汇总 and the 月报 name a unit the same way.
    const unit = typed === null ? null : (unitAliases.get(typed) ?? typed);
    records.push({
      id: ids.next(sheet, [unit, "score"]),
      source: { file, sheet, row: r + 1 },
      unit,
      env: parts.env ?? null,
      health: parts.health ?? null,
      vector: parts.vector ?? null,
      total,
      grade: total === null ? null : gradeFor(total, rules),
    });
  }
  return { records, problems, skippedRows };
}
