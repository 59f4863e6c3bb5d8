import { parentPort } from "node:worker_threads";
import { incomingReport } from "../core/consolidate/incomingReport";
import { openInput } from "./inputFile";
import type { ReportJob, ReportReply } from "./incomingReportPool";
import { packReport } from "./packedReport";

/**
 * The worker side of IncomingReportPool: reads each file it is sent (with the input limits) and
 * structures it, in turn. `saveCache` runs once the first file is read (the code it ran is then
 * compiled), before replying; it writes only when there was no usable cache, the first run after a build.
 */
export function serveIncomingReports(saveCache?: () => void): void {
  const port = parentPort;
  if (!port) throw new Error("serveIncomingReports runs in a worker thread");
  const answer = async (job: ReportJob): Promise<void> => {
    let reply: ReportReply;
    try {
      const workbook = { ...(await openInput(job.path).host.readWorkbook()), fileName: job.name };
      const report = incomingReport(workbook, { at: job.at, registry: job.registry, overrides: job.overrides });
      reply = { packed: packReport(report) };
    } catch (e) {
      reply = { error: e instanceof Error ? e.message : String(e) };
    }
    // Before the reply: a pool whose files are done terminates its workers at once (no exit handlers).
    saveCache?.();
    saveCache = undefined;
    port.postMessage(reply);
  };
  // The pool sends the next job before this one is answered: one at a time, answered in the order
  // sent (the pool matches replies to jobs by that order), one file's grids in memory at a time.
  let turn = Promise.resolve();
  port.on("message", (job: ReportJob) => {
    turn = turn.then(() => answer(job));
  });
}
