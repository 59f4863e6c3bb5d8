import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** ../shared/samples beside the repository (present in CI); null when absent. */
export const SAMPLES_DIR: string | null = (() => {
  const candidates = [process.env.CHUANGWEI_SAMPLES, resolve(__dirname, "../../../shared/samples")].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(p)) ?? null;
})();

export interface TruthRecord {
  sheet: string | null;
  row: number;
  invalid?: string;
  [field: string]: unknown;
}
export interface Truth {
  file: string;
  kind: "findings" | "scores";
  expectedTables: number;
  expectedProblems?: Array<{ row: number; code: string }>;
  records: TruthRecord[];
}

export function truthFiles(): Array<{ truth: Truth; path: string }> {
  if (!SAMPLES_DIR) return [];
  return readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith(".truth.json"))
    .sort()
    .map((f) => {
      const truth = JSON.parse(readFileSync(join(SAMPLES_DIR!, f), "utf8")) as Truth;
      return { truth, path: join(SAMPLES_DIR!, truth.file) };
    });
}

export function announceSkip(what: string): void {
  if (!SAMPLES_DIR) {
    // Loud on purpose: a green run without the samples proves less than it seems.
    process.stderr.write(`\n*** SKIPPED ${what}: ../shared/samples not found (set CHUANGWEI_SAMPLES) ***\n\n`);
  }
}
