import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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
