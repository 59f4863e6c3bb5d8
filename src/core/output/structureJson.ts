import { z } from "zod";
import { SKIP_REASONS } from "../messages/zhCN";
import { FindingFieldSchema, FindingSchema } from "../model/finding";
import { ScoreRecordSchema } from "../model/score";
import { problemMessage, SeveritySchema, type Problem } from "../model/problem";
import type { StructureResult, StructuredTable } from "../structure/structureWorkbook";

/** `chuangwei structure --json`: the stable contract of DESIGN.md. Extra keys may be added, never renamed. */
export const JsonProblemSchema = z.object({
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  field: z.string().nullable(),
  severity: SeveritySchema,
  code: z.string(),
  message: z.string(),
});

export const JsonFindingRecordSchema = z
  .object({ sourceRow: z.number().int().positive() })
  .extend(FindingSchema.omit({ source: true, photos: true }).shape)
  // How many 整改前/整改后 pictures the row has (0 when none); the pictures stay in the workbook.
  .extend({ photos: z.object({ before: z.number().int().nonnegative(), after: z.number().int().nonnegative() }) });

export const JsonScoreRecordSchema = z
  .object({ sourceRow: z.number().int().positive() })
  .extend(ScoreRecordSchema.omit({ id: true, source: true }).shape);

export const JsonTableSchema = z.object({
  sheet: z.string().nullable(),
  kind: z.enum(["findings", "scores"]),
  headerRows: z.array(z.number().int().positive()),
  columns: z.record(z.string(), z.string()),
  records: z.union([z.array(JsonFindingRecordSchema), z.array(JsonScoreRecordSchema)]),
  problems: z.array(JsonProblemSchema),
  skippedRows: z.array(z.object({ row: z.number().int().positive(), code: z.string(), reason: z.string() })),
});

export const StructureJsonSchema = z.object({
  file: z.string(),
  tables: z.array(JsonTableSchema),
  skipped: z.array(z.object({ sheet: z.string(), code: z.string(), reason: z.string() })),
});
export type StructureJson = z.infer<typeof StructureJsonSchema>;

export function jsonProblem(p: Problem): z.infer<typeof JsonProblemSchema> {
  return { row: p.row, column: p.column, field: p.field, severity: p.severity, code: p.code, message: problemMessage(p) };
}

function columnsOf(t: StructuredTable): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of t.mapping) if (m.field && FindingFieldSchema.safeParse(m.field).success) out[m.field] = m.letter;
  return out;
}

export function toStructureJson(result: StructureResult): StructureJson {
  return {
    file: result.file,
    tables: result.tables.map((t) => ({
      sheet: t.sheet,
      kind: t.kind,
      headerRows: t.headerRows,
      columns: columnsOf(t),
      records:
        t.kind === "findings"
          ? // Field by field in the contract's order (a rest/spread per record is slow at 100k rows).
            t.records.map((f) => ({
              sourceRow: f.source.row,
              id: f.id,
              inspectedOn: f.inspectedOn,
              unit: f.unit,
              category: f.category,
              description: f.description,
              location: f.location,
              measure: f.measure,
              deadline: f.deadline,
              status: f.status,
              rectifiedOn: f.rectifiedOn,
              owner: f.owner,
              phone: f.phone,
              noticeNo: f.noticeNo,
              remark: f.remark,
              origin: f.origin ?? null,
              photos: { before: f.photos?.before.length ?? 0, after: f.photos?.after.length ?? 0 },
            }))
          : t.records.map((s) => ({
              sourceRow: s.source.row,
              unit: s.unit,
              env: s.env,
              health: s.health,
              vector: s.vector,
              total: s.total,
              grade: s.grade,
            })),
      problems: t.problems.map(jsonProblem),
      skippedRows: t.skippedRows.map((s) => ({ row: s.row, code: s.reason, reason: SKIP_REASONS[s.reason] })),
    })),
    skipped: result.skipped.map((s) => ({ sheet: s.sheet, code: s.reason, reason: SKIP_REASONS[s.reason] })),
  };
}
