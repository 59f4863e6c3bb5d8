import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbookBytes";
import { CLI } from "../helpers/cli";
import { generatedLedgerXlsx } from "../helpers/generatedLedger";

/** What a folder of notices says: each .docx's document, and every sheet of 通知书.xlsx. */
async function issued(dir: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const name of readdirSync(dir).sort()) {
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    if (name.endsWith(".docx")) out[name] = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
    else out[name] = readWorkbookBytes(bytes, name).sheets.map((s) => [s.name, s.values]);
  }
  return out;
}

test("a large ledger's .docx are made in a worker thread: the same notices, files and register as in one thread", async () => {
  const work = mkdtempSync(join(tmpdir(), "notices-worker-"));
  const ledger = join(work, "台账.xlsx");
  const bytes = generatedLedgerXlsx(6000);
  expect(bytes.length).toBeGreaterThanOrEqual(800_000); // the size from which the CLI starts the worker
  writeFileSync(ledger, bytes);
  const issue = (workers: string) => {
    const out = join(work, `out-${workers}`);
    const r = spawnSync(process.execPath, [CLI, "notices", ledger, "--out", out, "--date", "2025-01-06", "--issuer", "某区创卫办"], {
      encoding: "utf8",
      env: { ...process.env, CHUANGWEI_WORKERS: workers },
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    return { out, stdout: r.stdout };
  };
  const inWorker = issue("1");
  const inOneThread = issue("0");
  expect(inWorker.stdout.replace(/out-1/g, "out-X")).toBe(inOneThread.stdout.replace(/out-0/g, "out-X"));
  const [a, b] = [await issued(inWorker.out), await issued(inOneThread.out)];
  expect(Object.keys(a).filter((n) => n.endsWith(".docx")).length).toBeGreaterThan(2);
  expect(a).toEqual(b);
}, 120_000);
