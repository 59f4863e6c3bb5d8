import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { IncomingReport } from "../core/consolidate/incomingReport";
import type { UnitEntry } from "../core/registry/unitRegistry";
import type { MappingOverride } from "../core/structure/mapColumns";
import { cliWorker } from "./cliWorkers";
import { unpackReport, type PackedReport } from "./packedReport";

/** One file to read and structure in a worker: what incomingReport needs, all of it plain data. */
export interface ReportJob {
  path: string;
  name: string;
  at: string;
  registry: readonly UnitEntry[];
  overrides: readonly MappingOverride[];
}

export type ReportReply = { packed: PackedReport } | { error: string };

interface Pending {
  job: ReportJob;
  resolve: (r: IncomingReport) => void;
  reject: (e: Error) => void;
}

/**
 * Worker threads that read and structure incoming files (each its own, pure work) while the main
 * thread merges the ones before, in order: 汇总 of hundreds of files uses every core. A worker holds
 * one file's grids at a time, so memory still follows the largest files, not their number.
 * `script` is the compiled CLI (build/cli.cjs), whose serveIncomingReports() answers the jobs.
 */
export class IncomingReportPool {
  private readonly all: Worker[] = [];
  private readonly queue: Pending[] = [];
  /** Each worker's jobs in the order sent (it answers them in that order). */
  private readonly running = new Map<Worker, Pending[]>();

  constructor(script: string, size = IncomingReportPool.defaultSize()) {
    for (let i = 0; i < size; i++) {
      const worker = cliWorker(script, "serveIncomingReports");
      worker.on("message", (reply: ReportReply) => this.settle(worker, reply));
      worker.on("error", (e) => this.fail(worker, e));
      this.all.push(worker);
      this.running.set(worker, []);
    }
  }

  /** As many workers as cores, at most four: past that the merging thread is the bottleneck. */
  static defaultSize(): number {
    return Math.max(1, Math.min(4, availableParallelism()));
  }

  report(job: ReportJob): Promise<IncomingReport> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
  }

  private dispatch(): void {
    // Up to IN_FLIGHT jobs per worker, the least busy first: a worker's next file is waiting in its
    // queue when it replies, so it never idles while the merging thread is busy with a report.
    while (this.queue.length > 0) {
      const worker = this.leastBusy();
      if (!worker) return;
      const next = this.queue.shift()!;
      this.running.get(worker)!.push(next);
      worker.postMessage(next.job);
    }
  }

  /** The worker with the fewest jobs, if one has fewer than IN_FLIGHT. */
  private leastBusy(): Worker | null {
    let best: Worker | null = null;
    let load = IN_FLIGHT;
    for (const w of this.all) {
      const n = this.running.get(w)!.length;
      if (n < load) [best, load] = [w, n];
    }
    return best;
  }

  private settle(worker: Worker, reply: ReportReply): void {
    const pending = this.running.get(worker)?.shift();
    if (pending) {
      if ("packed" in reply) pending.resolve(unpackReport(reply.packed));
      else pending.reject(new Error(reply.error));
    }
    this.dispatch();
  }

  /**
   * A worker that died (a bug, or out of memory) fails the file it was reading, the first it was
   * sent; the one waiting behind it goes back to the front of the queue, and the others go on.
   */
  private fail(worker: Worker, e: Error): void {
    const [reading, ...waiting] = this.running.get(worker) ?? [];
    reading?.reject(e);
    this.queue.unshift(...waiting);
    this.running.delete(worker);
    const i = this.all.indexOf(worker);
    if (i >= 0) this.all.splice(i, 1);
    if (this.all.length === 0) for (const p of this.queue.splice(0)) p.reject(e);
    else this.dispatch();
  }
}

/** Jobs sent to a worker ahead of its replies. */
const IN_FLIGHT = 2;
