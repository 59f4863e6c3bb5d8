import { structureWorkbook } from "../../../src/core/structure/structureWorkbook";
import { generateWorkbook } from "../../helpers/ledgerGenerator";

const SEEDS = 80;

describe("generated workbooks mixing every kind of mess at random", () => {
  const tally = { rows: 0, fields: 0, right: 0, misses: [] as string[], kinds: new Map<string, number>() };
  for (let seed = 1; seed <= SEEDS; seed++) {
    test(`workbook ${seed}`, () => {
      const { workbook, truth, units, skipped } = generateWorkbook(seed);
      const result = structureWorkbook(workbook, units ? { units } : {});
      const records = result.tables.flatMap((t) => (t.kind === "findings" ? t.records : []));
      const key = (sheet: string | null, row: number) => `${sheet}!${row}`;
      const want = new Set(truth.map((t) => key(t.sheet, t.row)));
      const extra = records.filter((x) => !want.has(key(x.source.sheet, x.source.row)));
      for (const x of extra) tally.misses.push(`seed ${seed} ${key(x.source.sheet, x.source.row)}: extra record`);
      for (const s of skipped) if (!result.skipped.some((x) => x.sheet === s)) tally.misses.push(`seed ${seed} ${s}: not skipped`);
      for (const t of truth) {
        tally.rows += 1;
        const got = records.find((x) => x.source.sheet === t.sheet && x.source.row === t.row) as unknown as Record<string, unknown>;
        if (!got) {
          tally.misses.push(`seed ${seed} ${key(t.sheet, t.row)}: row missing`);
          continue;
        }
        const photos = got.photos as { before: unknown[]; after: unknown[] } | undefined;
        const value = (k: string) => (k === "photos" ? `${photos?.before.length ?? 0}/${photos?.after.length ?? 0}` : (got[k] ?? null));
        for (const [k, v] of Object.entries(t.fields)) {
          tally.fields += 1;
          if (value(k) === v) tally.right += 1;
          else tally.misses.push(`seed ${seed} ${t.sheet}!${t.row} ${k}: want ${JSON.stringify(v)} got ${JSON.stringify(value(k))}`);
        }
      }
    });
  }
  afterAll(() =>
    process.stdout.write(
      `generated workbooks: ${tally.right}/${tally.fields} fields right over ${tally.rows} rows\n${tally.misses.slice(0, 30).join("\n")}\n`,
    ),
  );
  test("every row and every field right, no extra record, every 目录 skipped", () => expect(tally.misses).toEqual([]));
});
