import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { Worker } from "node:worker_threads";

/**
 * Whether the CLI may hand work to worker threads: they load the compiled CLI (`script`, build/cli.cjs),
 * so not when running from source; not on one core; not with CHUANGWEI_WORKERS=0.
 */
export function workersAvailable(script: string): boolean {
  return script.endsWith(".cjs") && process.env.CHUANGWEI_WORKERS !== "0" && availableParallelism() > 1;
}

/**
 * A worker thread running one of the compiled CLI's worker entries (exported by main.ts). It loads
 * the build with V8's code cache, as bin/chuangwei.cjs does (bin/codeCache.cjs; a cache per entry):
 * compiling the build cold was half of a worker's first file.
 */
export function cliWorker(script: string, entry: "serveIncomingReports" | "serveNoticesDocx"): Worker {
  const loader = join(dirname(script), "..", "bin", "codeCache.cjs");
  const code = existsSync(loader)
    ? `const c = require(${JSON.stringify(loader)}).loadWithCodeCache(${JSON.stringify(script)}, ${JSON.stringify(`worker-${entry}`)});
       c.exports.${entry}(c.saveCache);`
    : `require(${JSON.stringify(script)}).${entry}();`;
  return new Worker(code, { eval: true });
}
