import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

/**
 * Whether the CLI may hand work to worker threads: they load the compiled CLI (`script`, build/cli.cjs),
 * so not when running from source; not on one core; not with CHUANGWEI_WORKERS=0.
 */
export function workersAvailable(script: string): boolean {
  return script.endsWith(".cjs") && process.env.CHUANGWEI_WORKERS !== "0" && availableParallelism() > 1;
}

/** A worker thread running one of the compiled CLI's worker entries (exported by main.ts). */
export function cliWorker(script: string, entry: "serveIncomingReports" | "serveNoticesDocx"): Worker {
  return new Worker(`require(${JSON.stringify(script)}).${entry}()`, { eval: true });
}
