import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { editedFields } from "../../src/core/ledger/ledgerRecord";
import { readLedgerSheet } from "../../src/core/output/readLedgerSheet";
import { FileHost } from "../../src/hosts/file/fileHost";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbookBytes";
import { runStructure } from "../../src/workflows/structureWorkflow";
import { announceSkip, truthFiles } from "../helpers/samples";

const samples = truthFiles().filter((t) => t.truth.kind === "findings" && /\.xlsx$/.test(t.path));

describe("标准台账 written and read back reads as unedited (every sample)", () => {
  beforeAll(() => announceSkip("ledger round trip over the samples"));
  test.each(samples.map((s) => [basename(s.path), s.path]))("%s: a rerun finds no edits, no conflicts, no changes", async (name, path) => {
    const host = new FileHost(new Uint8Array(readFileSync(path)), name);
    await runStructure(host, { now: "2025-01-01 08:00" });
    const saved = await host.toXlsx();
    const again = await runStructure(new FileHost(saved, name), { now: "2025-01-02 08:00" });
    expect(again.events).toEqual([]);
    expect(again.merge).toMatchObject({ updated: 0, added: 0, removed: 0, conflicts: 0 });
    const ledger = readLedgerSheet(readWorkbookBytes(saved, name).sheets.find((s) => s.name === "标准台账")!);
    expect(ledger.flatMap((r) => editedFields(r))).toEqual([]);
  });
});
