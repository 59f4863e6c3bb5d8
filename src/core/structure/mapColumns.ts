import { z } from "zod";
import { columnLetter } from "../model/address";
import { FindingFieldSchema, type FindingField } from "../model/finding";
import type { ColumnEvidence } from "./columnEvidence";
import { photoColumnSide } from "../photos/photoColumns";
import { isIgnoredHeader, scoreHeader } from "./headerMatch";

export const ColumnMappingEntrySchema = z.object({
  col: z.number().int().nonnegative(),
  letter: z.string(),
  label: z.string().nullable(),
  field: FindingFieldSchema.nullable(),
  /** 0 … 1; 1 for a user's choice. */
  confidence: z.number(),
  /** "ignored": a known header that is deliberately not imported (序号, 编号). */
  /** "photo": a 整改前/整改后照片 column, whose pictures are attached to records (see core/photos). */
  source: z.enum(["header", "values", "user", "ignored", "photo", "none"]),
});
export type ColumnMappingEntry = z.infer<typeof ColumnMappingEntrySchema>;

/** A user's correction, remembered in 设置: this header (on this sheet, or on any) means this field. */
export const MappingOverrideSchema = z.object({
  sheet: z.string().nullable(),
  label: z.string(),
  field: z.union([FindingFieldSchema, z.literal("ignore")]),
});
export type MappingOverride = z.infer<typeof MappingOverrideSchema>;

const DATE_FIELDS = new Set<FindingField>(["inspectedOn", "rectifiedOn"]);
const TEXT_FIELDS = new Set<FindingField>(["unit", "description", "location", "measure", "category", "owner", "remark"]);
const ACCEPT = 0.55;
// A header that is exactly a field's word keeps the column whatever its values look like (整改要求
// holding "限期整改到位"): values may lower its weight so that a better-fitting column wins the field,
// never below acceptance.
const EXACT = 0.98;
const EXACT_FLOOR = 0.7;

/** How far a column's values agree with a field: 1 neutral, lower when they clearly do not fit. */
function fit(field: FindingField, e: ColumnEvidence): number {
  if (e.filled === 0) return 1;
  if (DATE_FIELDS.has(field)) return e.date >= 0.5 ? 1.05 : e.date >= 0.2 ? 0.85 : 0.4;
  if (field === "deadline") return e.date + e.deadlineWord >= 0.5 ? 1.05 : 0.4;
  if (field === "status") return e.status >= 0.5 ? 1.05 : e.status + e.statusText >= 0.5 ? 1 : 0.5;
  if (field === "phone") return e.phone >= 0.5 ? 1.05 : 0.6;
  // Dates and deadline words ("两周内", "1月10日前") are what a 时限 column holds, never free text:
  // "整改要求时限" names both 整改要求 and 时限, and its values say which.
  if (TEXT_FIELDS.has(field)) return e.date + e.deadlineWord >= 0.6 || e.status >= 0.8 ? 0.4 : 1;
  return 1;
}

function findOverride(overrides: readonly MappingOverride[], sheet: string, label: string | null): MappingOverride | undefined {
  if (label === null) return undefined;
  return overrides.find((o) => o.label === label && o.sheet === sheet) ?? overrides.find((o) => o.label === label && o.sheet === null);
}

/**
 * Assigns canonical fields to columns: user overrides first, then the strongest header matches
 * (weighed by what the values look like), one column per field; columns with no usable header are
 * then recognised by their values alone (statuses, phone numbers).
 */
export function mapColumns(
  sheet: string,
  labels: ReadonlyArray<string | null>,
  evidence: readonly ColumnEvidence[],
  overrides: readonly MappingOverride[] = [],
): ColumnMappingEntry[] {
  const entries: ColumnMappingEntry[] = labels.map((label, col) => ({
    col,
    letter: columnLetter(col),
    label,
    field: null,
    confidence: 0,
    source: "none",
  }));
  const taken = new Set<FindingField>();
  const decided = new Set<number>();
  labels.forEach((label, col) => {
    const o = findOverride(overrides, sheet, label);
    if (!o) return;
    decided.add(col);
    if (o.field === "ignore") entries[col] = { ...entries[col]!, field: null, confidence: 1, source: "user" };
    else if (!taken.has(o.field)) {
      entries[col] = { ...entries[col]!, field: o.field, confidence: 1, source: "user" };
      taken.add(o.field);
    }
  });

  const candidates: Array<{ col: number; field: FindingField; score: number }> = [];
  labels.forEach((label, col) => {
    if (label === null || decided.has(col)) return;
    if (isIgnoredHeader(label)) {
      entries[col] = { ...entries[col]!, source: "ignored" };
      return;
    }
    // 问题照片 reads like 问题: a photo column must never take a text field from the real one.
    if (photoColumnSide(label)) {
      entries[col] = { ...entries[col]!, source: "photo" };
      decided.add(col);
      return;
    }
    const e = evidence[col];
    for (const { field, score } of scoreHeader(label)) {
      const f = e ? fit(field, e) : 1;
      const weighted = Math.min(1, score >= EXACT ? score * Math.max(f, EXACT_FLOOR) : score * f);
      if (weighted >= ACCEPT) candidates.push({ col, field, score: weighted });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  for (const c of candidates) {
    if (taken.has(c.field) || decided.has(c.col)) continue;
    entries[c.col] = { ...entries[c.col]!, field: c.field, confidence: Number(c.score.toFixed(2)), source: "header" };
    taken.add(c.field);
    decided.add(c.col);
  }

  const byValues: Array<[FindingField, keyof ColumnEvidence]> = [
    ["status", "status"],
    ["phone", "phone"],
  ];
  for (const [field, key] of byValues) {
    if (taken.has(field)) continue;
    const col = evidence.findIndex(
      (e, i) => !decided.has(i) && e.filled >= 3 && (e[key] as number) >= 0.8 && !(labels[i] && isIgnoredHeader(labels[i]!)),
    );
    if (col >= 0) {
      entries[col] = { ...entries[col]!, field, confidence: 0.6, source: "values" };
      taken.add(field);
      decided.add(col);
    }
  }
  return entries;
}
