import { parentPort } from "node:worker_threads";
import { incomingReport } from "../core/consolidate/incomingReport";
import { openInput } from "./inputFile";
import type { ReportJob, ReportReply } from "./incomingReportPool";
import { packReport } from "./packedReport";

/**
 * The worker side of IncomingReportPool: reads each file it is sent (with the input limits) and
 * structures it. After the first reply, `saveCache` (the code that file ran is then compiled).
 */
export function serveIncomingReports(saveCache?: () => void): void {
  const port = parentPort;
  if (!port) throw new Error("serveIncomingReports runs in a worker thread");
  port.on("message", async (job: ReportJob & { id: number }) => {
    let reply: ReportReply;
    try {
      const workbook = { ...(await openInput(job.path).host.readWorkbook()), fileName: job.name };
      const report = incomingReport(workbook, { at: job.at, registry: job.registry, overrides: job.overrides });
      reply = { id: job.id, packed: packReport(report) };
    } catch (e) {
      reply = { id: job.id, error: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply);
    if (saveCache) setImmediate(saveCache);
    saveCache = undefined;
  });
}
