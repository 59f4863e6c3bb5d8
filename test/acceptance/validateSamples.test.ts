import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { FileHost } from "../../src/hosts/file/fileHost";
import { registryFromWorkbook } from "../../src/workflows/registryWorkflow";
import { runValidation } from "../../src/workflows/validateWorkflow";
import { announceSkip, SAMPLES_DIR, truthFiles } from "../helpers/samples";

const withProblems = truthFiles().filter(({ truth }) => truth.expectedProblems?.length);

(SAMPLES_DIR ? describe : describe.skip)("validating ../shared/samples with s7_units.xlsx as the registry", () => {
  test.each(withProblems.map((t) => [t.truth.file, t]))("%s: every expected problem, no false alarm", async (_, { truth, path }) => {
    const unitsPath = join(SAMPLES_DIR!, "s7_units.xlsx");
    expect(existsSync(unitsPath)).toBe(true);
    const registry = registryFromWorkbook(await new FileHost(new Uint8Array(readFileSync(unitsPath)), "s7_units.xlsx").readWorkbook());
    const run = await runValidation(new FileHost(new Uint8Array(readFileSync(path)), truth.file), {
      registry,
      asOf: "2025-06-30",
      write: false,
    });
    const flagged = run.problems.filter((p) => p.severity !== "info");
    for (const e of truth.expectedProblems!) expect(flagged).toContainEqual(expect.objectContaining({ row: e.row, code: e.code }));
    const expectedRows = new Set(truth.expectedProblems!.map((e) => e.row));
    expect(flagged.filter((p) => !expectedRows.has(p.row!)).map((p) => `${p.row} ${p.code}`)).toEqual([]);
  });

  test("s6_scores.xlsx: the invalid score is flagged and gets no total; the rest are graded exactly", async () => {
    const { truth, path } = truthFiles().find((t) => t.truth.kind === "scores")!;
    const run = await runValidation(new FileHost(new Uint8Array(readFileSync(path)), truth.file), { write: false });
    const invalidRows = truth.records.filter((r) => r.invalid).map((r) => r.row);
    expect(run.problems.map((p) => p.row)).toEqual(invalidRows);
    expect(run.problems[0]).toMatchObject({ code: "score-out-of-range", column: "D", field: "health", severity: "error" });
    for (const want of truth.records) {
      const got = run.scores.find((s) => s.source.row === want.row)!;
      if (want.invalid) expect(got).toMatchObject({ total: null, grade: null });
      else expect(got).toMatchObject({ total: want.total, grade: want.grade });
    }
  });
});

test("validation acceptance over ../shared/samples", () => {
  announceSkip("validation acceptance over ../shared/samples");
  expect(true).toBe(true);
});
