import { readFileSync } from "node:fs";
import { structureWorkbook } from "../../src/core/structure/structureWorkbook";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbookBytes";
import { announceSkip, SAMPLES_DIR, truthFiles, type TruthRecord } from "../helpers/samples";

/** Keys of a truth record that are not fields to compare. */
const NOT_FIELDS = new Set(["sheet", "row", "invalid"]);
/** Fields compared on every record of a kind: the samples' README says a field the truth leaves out is null. */
const KIND_FIELDS: Record<string, string[]> = {
  findings: ["unit", "inspectedOn", "description", "location", "deadline", "status", "rectifiedOn", "category"],
  scores: ["unit", "env", "health", "vector", "total", "grade"],
};

interface Tally {
  rows: number;
  rowsFound: number;
  fields: number;
  fieldsRight: number;
  misses: string[];
}

/**
 * Where the sheet and its truth file rightly disagree, by name: "file sheet!row field" → what the
 * structuring must give. s6's row 6 was corrupted after its truth was generated (健康教育 −5 in the
 * cell, 79 in the truth): the reader reports the cell as it is and refuses to total or grade it.
 * Every other field of every sample is compared to the truth as it stands, so a new miss fails,
 * and so does an entry here that no longer differs.
 */
const EXPECTED_DIFFERENCES: Record<string, unknown> = {
  "s6_scores.xlsx 单位考评!6 health": -5,
  "s6_scores.xlsx 单位考评!6 total": null,
  "s6_scores.xlsx 单位考评!6 grade": null,
};

function compare(
  file: string,
  kind: string,
  truth: TruthRecord[],
  records: Array<Record<string, unknown> & { source: { sheet: string | null; row: number } }>,
  t: Tally,
  differencesSeen: Set<string>,
): void {
  for (const want of truth) {
    t.rows += 1;
    const got = records.find((r) => r.source.row === want.row && r.source.sheet === want.sheet);
    if (!got) {
      t.misses.push(`${file} ${want.sheet}!${want.row}: row missing`);
      continue;
    }
    t.rowsFound += 1;
    // Every field the truth names is compared, so a truth file that grows a field is checked at once.
    const fields = new Set([...(KIND_FIELDS[kind] ?? []), ...Object.keys(want).filter((k) => !NOT_FIELDS.has(k))]);
    for (const f of fields) {
      t.fields += 1;
      const name = `${file} ${want.sheet}!${want.row} ${f}`;
      const differs = name in EXPECTED_DIFFERENCES;
      const expected = differs ? EXPECTED_DIFFERENCES[name] : (want[f] ?? null);
      if (differs && expected !== (want[f] ?? null)) differencesSeen.add(name);
      if (got[f] === expected) t.fieldsRight += 1;
      else t.misses.push(`${name}: want ${String(expected)} got ${String(got[f])}`);
    }
  }
}

(SAMPLES_DIR ? describe : describe.skip)("structuring ../shared/samples against their truth", () => {
  const total: Tally = { rows: 0, rowsFound: 0, fields: 0, fieldsRight: 0, misses: [] };
  const differencesSeen = new Set<string>();
  for (const { truth, path } of truthFiles()) {
    test(truth.file, () => {
      const result = structureWorkbook(readWorkbookBytes(new Uint8Array(readFileSync(path)), truth.file));
      const tables = result.tables.filter((x) => x.kind === truth.kind);
      expect(tables).toHaveLength(truth.expectedTables);
      const records = tables.flatMap(
        (x) => x.records as unknown as Array<Record<string, unknown> & { source: { sheet: string | null; row: number } }>,
      );
      const t: Tally = { rows: 0, rowsFound: 0, fields: 0, fieldsRight: 0, misses: [] };
      compare(truth.file, truth.kind, truth.records, records, t, differencesSeen);
      // No extra records: every structured record is a truth row.
      const extra = records.filter((r) => !truth.records.some((w) => w.row === r.source.row && w.sheet === r.source.sheet));
      expect(extra.map((r) => `${r.source.sheet}!${r.source.row}`)).toEqual([]);
      expect(t.rowsFound).toBe(t.rows);
      expect(t.misses).toEqual([]);
      for (const k of ["rows", "rowsFound", "fields", "fieldsRight"] as const) total[k] += t[k];
      total.misses.push(...t.misses);
    });
  }
  afterAll(() => {
    const share = total.fields ? total.fieldsRight / total.fields : 0;
    process.stdout.write(
      `samples: rows ${total.rowsFound}/${total.rows}, fields ${total.fieldsRight}/${total.fields} (${(share * 100).toFixed(2)}%)\n${total.misses.join("\n")}\n`,
    );
  });
  test("every row and every field right over all samples: a new miss fails", () => {
    // Runs after the per-file tests above (jest runs tests in order within a file). The only expected
    // differences from the truth files are named in EXPECTED_DIFFERENCES; each must still be one.
    expect(total.rows).toBeGreaterThan(0);
    expect(total.rowsFound).toBe(total.rows);
    expect(total.misses).toEqual([]);
    expect(total.fieldsRight).toBe(total.fields);
    expect([...differencesSeen].sort()).toEqual(Object.keys(EXPECTED_DIFFERENCES).sort());
  });
});

test("acceptance over ../shared/samples", () => {
  announceSkip("acceptance over ../shared/samples");
  expect(true).toBe(true);
});
