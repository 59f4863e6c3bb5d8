import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { structureWorkbook } from "../../src/core/structure/structureWorkbook";
import { FileHost } from "../../src/hosts/file/fileHost";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbookBytes";
import { runConsolidate } from "../../src/workflows/consolidateWorkflow";
import { announceSkip, SAMPLES_DIR } from "../helpers/samples";

const files = SAMPLES_DIR ? readdirSync(SAMPLES_DIR).filter((f) => /\.(xlsx|xls|csv)$/.test(f)) : [];
const read = (name: string) => readWorkbookBytes(new Uint8Array(readFileSync(join(SAMPLES_DIR!, name))), name);

describe("all the samples consolidated at once", () => {
  beforeAll(() => announceSkip("consolidating the samples"));
  const maybe = SAMPLES_DIR ? test : test.skip;

  maybe("the sum of their rows less the s2/s8 and s1/s9 duplicates, every record traceable to its file, sheet and row", async () => {
    const structured = new Map(files.map((f) => [f, structureWorkbook(read(f))]));
    const rowsOf = (f: string) => structured.get(f)!.tables.reduce((n, t) => n + (t.kind === "findings" ? t.records.length : 0), 0);
    const sum = files.reduce((n, f) => n + rowsOf(f), 0);
    const s8 = files.find((f) => f.startsWith("s8_"))!;
    const s9 = files.find((f) => f.startsWith("s9_"))!;

    const target = new FileHost(null, "汇总.xlsx");
    const run = await runConsolidate(
      target,
      files.map((name, i) => ({ name, at: `2025-06-0${(i % 9) + 1} 09:00`, read: async () => read(name) })),
      { now: "2025-06-10 10:00" },
    );
    expect(run.failed).toEqual([]);
    expect(run.records).toBe(sum - rowsOf(s8) - rowsOf(s9));
    expect(run.duplicates).toHaveLength(rowsOf(s8) + rowsOf(s9));
    for (const d of run.duplicates) {
      const pair = [d.kept.file.slice(0, 2), d.dropped.file.slice(0, 2)].sort().join("/");
      expect(["s2/s8", "s1/s9"]).toContain(pair);
      expect(d.kept.row).toBe(d.dropped.row);
    }
    expect(run.sources.find((s) => s.file === s8)).toMatchObject({ new: 0, updated: 0, skipped: rowsOf(s8) });

    const byPlace = new Map<string, string | null>();
    for (const [file, r] of structured)
      for (const t of r.tables)
        if (t.kind === "findings")
          for (const f of t.records) byPlace.set(`${file}\u0001${f.source.sheet}\u0001${f.source.row}`, f.description);
    for (const record of run.ledger) {
      expect(byPlace.has(`${record.source.file}\u0001${record.source.sheet}\u0001${record.source.row}`)).toBe(true);
      expect(byPlace.get(`${record.source.file}\u0001${record.source.sheet}\u0001${record.source.row}`)).toBe(record.description);
    }
    // The written 标准台账 says the same.
    const sheet = (await target.readSheet("标准台账"))!;
    expect(sheet.values.length - 1).toBe(run.records);
  });
});
