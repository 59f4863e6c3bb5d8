import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { IncomingReportPool } from "../../src/cli/incomingReportPool";
import { openInput } from "../../src/cli/inputFile";
import { incomingReport } from "../../src/core/consolidate/incomingReport";
import { generatedLedgerXlsx } from "../helpers/generatedLedger";

// The workers load the compiled CLI, as `chuangwei consolidate` starts them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildCli, isStale, OUT } = require("../../scripts/buildCli.cjs") as { buildCli(): string; isStale(): boolean; OUT: string };

let dir: string;
beforeAll(() => {
  if (isStale()) buildCli();
  dir = mkdtempSync(join(tmpdir(), "report-pool-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the pool keeps two files in flight per worker and answers each file with its own report, in any order asked", async () => {
  // Files of different sizes (so replies would come back out of turn if a worker read two at once),
  // and two that cannot be read among them.
  const names = Array.from({ length: 12 }, (_, i) => `单位${i + 1}.xlsx`);
  names.forEach((name, i) => {
    const bytes = i === 3 || i === 8 ? new TextEncoder().encode("不是工作簿") : generatedLedgerXlsx(i % 2 ? 400 : 5 + i, `台账${i + 1}`);
    writeFileSync(join(dir, name), bytes);
  });
  const pool = new IncomingReportPool(resolve(OUT), 2);
  try {
    const ctx = { at: "2025-06-01 08:00", registry: [], overrides: [] };
    const asked = names.map((name) =>
      pool.report({ path: join(dir, name), name, ...ctx }).then(
        (r) => r,
        (e: Error) => e,
      ),
    );
    const answers = await Promise.all(asked);
    for (const [i, name] of names.entries()) {
      const answer = answers[i]!;
      if (i === 3 || i === 8) {
        expect(answer).toBeInstanceOf(Error);
        continue;
      }
      if (answer instanceof Error) throw answer;
      const here = incomingReport({ ...(await openInput(join(dir, name)).host.readWorkbook()), fileName: name }, ctx);
      expect(answer.file).toBe(name);
      expect(answer.fingerprint).toBe(here.fingerprint);
      expect(answer.rows.map((r) => r.finding.source)).toEqual(here.rows.map((r) => r.finding.source));
    }
    // And a file asked for after the batch, once every worker is idle again.
    const last = await pool.report({ path: join(dir, names[1]!), name: names[1]!, ...ctx });
    expect(last.fingerprint).toBe((answers[1] as { fingerprint: string }).fingerprint);
  } finally {
    await pool.close();
  }
}, 60_000);

test("a worker that dies fails only the file it was reading: the file waiting behind it is read by another worker", async () => {
  // A stand-in for the build's worker entry: it dies on a file named 崩溃, answers any other with an empty report.
  const script = join(dir, "dyingWorker.cjs");
  writeFileSync(
    script,
    `const { parentPort } = require("node:worker_threads");
     exports.serveIncomingReports = () => parentPort.on("message", (job) => {
       if (job.name.includes("崩溃")) throw new Error("worker died");
       else parentPort.postMessage({ packed: { report: { file: job.name, at: job.at, unit: null, kind: "ledger", batch: null,
         problems: [], skippedRows: 0, fingerprint: job.name }, texts: [], shared: [], places: new Int32Array(0), sources: [], photos: [] } });
     });`,
  );
  const pool = new IncomingReportPool(script, 2);
  try {
    const ctx = { at: "2025-06-01 08:00", registry: [], overrides: [] };
    // Sent in turn to the two workers: 崩溃 and 乙 to the first, 甲 and 丙 to the second.
    const names = ["崩溃.xlsx", "甲.xlsx", "乙.xlsx", "丙.xlsx"];
    const answers = await Promise.all(
      names.map((name) =>
        pool.report({ path: join(dir, name), name, ...ctx }).then(
          (r) => r.file,
          (e: Error) => `失败：${e.message}`,
        ),
      ),
    );
    expect(answers).toEqual(["失败：worker died", "甲.xlsx", "乙.xlsx", "丙.xlsx"]);
  } finally {
    await pool.close();
  }
});
