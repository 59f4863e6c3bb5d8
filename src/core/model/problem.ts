import { z } from "zod";
import { FindingFieldSchema } from "./finding";
import { messageFor, type ProblemCode, PROBLEM_CODES } from "../messages/zhCN";

export const SeveritySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof SeveritySchema>;

export const ProblemCodeSchema = z.enum(PROBLEM_CODES);

/** Bad input is data, not an exception: every messy cell the core meets becomes one of these. */
export const ProblemSchema = z.object({
  code: ProblemCodeSchema,
  severity: SeveritySchema,
  /** null for CSV files. */
  sheet: z.string().nullable(),
  /** 1-based sheet row, null for sheet-level problems. */
  row: z.number().int().positive().nullable(),
  /** Column letters (A, B, …), null when the problem is about a whole row or sheet. */
  column: z.string().nullable(),
  field: z.union([FindingFieldSchema, z.enum(["env", "health", "vector", "row", "sheet"])]).nullable(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** A value the user can accept with one click (a registered unit name); null when there is none. */
  suggestion: z.string().nullable().default(null),
});
export type Problem = z.infer<typeof ProblemSchema>;

export function makeProblem(
  p: Omit<Problem, "params" | "suggestion"> & { params?: Problem["params"]; suggestion?: string | null },
): Problem {
  return { ...p, params: p.params ?? {}, suggestion: p.suggestion ?? null };
}

export function problemMessage(p: Pick<Problem, "code" | "params">): string {
  return messageFor(p.code as ProblemCode, p.params);
}
