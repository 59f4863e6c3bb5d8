import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CLI } from "../helpers/cli";
import { generatedLedgerXlsx } from "../helpers/generatedLedger";

// The report command's cache: tests running report at the same time read whichever cache is there, all fine.
const CACHE = resolve(__dirname, "../../build/.v8-cache-cli.cjs-report");

test("the CLI keeps V8's code cache per command beside its build, and a missing, stale or broken cache only costs the speed", () => {
  const ledger = join(tmpdir(), `code-cache-${process.pid}.xlsx`);
  writeFileSync(ledger, generatedLedgerXlsx(30));
  const run = () => spawnSync(process.execPath, [CLI, "report", ledger, "--month", "2024-06", "--json"], { encoding: "utf8" });
  rmSync(CACHE, { force: true });
  const first = run();
  expect(first.status).toBe(0);
  expect(existsSync(CACHE)).toBe(true);
  const [stamp] = readFileSync(CACHE).toString("latin1").split("\n");
  expect(stamp).toMatch(/^\d+-[\d.]+-v\d+/); // the build's size and time, and node's version
  expect(run().stdout).toBe(first.stdout);
  // Broken (right stamp, garbage after it) and stale (another build's stamp): read the same, and it is made again.
  writeFileSync(CACHE, Buffer.concat([Buffer.from(`${stamp}\n`), Buffer.from("garbage".repeat(1000))]));
  expect(run().stdout).toBe(first.stdout);
  expect(readFileSync(CACHE).length).toBeGreaterThan(100_000);
  writeFileSync(CACHE, "1-2-v0\nwhatever");
  expect(run().stdout).toBe(first.stdout);
  expect(readFileSync(CACHE).toString("latin1").split("\n")[0]).toBe(stamp);
});

test("consolidate's worker threads load the build with their own code cache, made by the first run that starts them", () => {
  const cache = resolve(__dirname, "../../build/.v8-cache-cli.cjs-worker-serveIncomingReports");
  const dir = join(tmpdir(), `code-cache-workers-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  // Three files: the least the CLI starts worker threads for.
  const files = [0, 1, 2].map((i) => {
    const file = join(dir, `单位${i + 1}.xlsx`);
    writeFileSync(file, generatedLedgerXlsx(10 + i, `台账${i + 1}`));
    return file;
  });
  const run = () =>
    spawnSync(process.execPath, [CLI, "consolidate", ...files, "--out", join(dir, "汇总.xlsx"), "--json"], {
      encoding: "utf8",
      env: { ...process.env, CHUANGWEI_WORKERS: "" },
    });
  rmSync(cache, { force: true });
  const first = run();
  expect(first.status).toBe(0);
  // Only a worker thread writes this cache: the files were read in workers (on one core none start).
  if (availableParallelism() > 1) expect(existsSync(cache)).toBe(true);
  else console.warn("one core: consolidate starts no worker threads, their code cache is not tested");
  rmSync(join(dir, "汇总.xlsx"));
  const second = run();
  expect(second.stdout).toBe(first.stdout);
  rmSync(dir, { recursive: true, force: true });
});
