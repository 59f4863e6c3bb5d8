import { z } from "zod";
import { SourceRefSchema } from "./finding";

export const SCORE_FIELDS = ["unit", "env", "health", "vector"] as const;
export type ScoreField = (typeof SCORE_FIELDS)[number];

export const ScoreRecordSchema = z.object({
  id: z.string(),
  source: SourceRefSchema,
  unit: z.string().nullable(),
  env: z.number().nullable(),
  health: z.number().nullable(),
  vector: z.number().nullable(),
  /** null when any part score is missing or invalid: an invalid score gets no total. */
  total: z.number().nullable(),
  grade: z.string().nullable(),
});
export type ScoreRecord = z.infer<typeof ScoreRecordSchema>;

export const ScoringRulesSchema = z.object({
  weights: z.tuple([z.number(), z.number(), z.number()]).default([0.3, 0.3, 0.4]),
  grades: z.array(z.object({ label: z.string(), min: z.number() })).default([
    { label: "一类", min: 90 },
    { label: "二类", min: 75 },
    { label: "三类", min: 0 },
  ]),
});
export type ScoringRules = z.infer<typeof ScoringRulesSchema>;
