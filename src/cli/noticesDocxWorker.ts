import { parentPort } from "node:worker_threads";
import type { NoticeModel } from "../core/notices/buildNotices";
import { noticesDocx } from "../hosts/file/writeNoticesDocx";
import { cliWorker, workersAvailable } from "./cliWorkers";

type DocxReply = { docs: Uint8Array[] } | { error: string };

/** The documents' .docx, one after the other, in this thread. */
async function inPlace(documents: readonly NoticeModel[][]): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (const notices of documents) out.push(await noticesDocx(notices));
  return out;
}

/**
 * The worker side: each message is a list of documents (each a list of notices); the reply, their
 * .docx bytes. `saveCache` before the reply, as the worker is terminated once it has answered.
 */
export function serveNoticesDocx(saveCache?: () => void): void {
  const port = parentPort;
  if (!port) throw new Error("serveNoticesDocx runs in a worker thread");
  port.on("message", async (documents: NoticeModel[][]) => {
    let reply: DocxReply;
    try {
      reply = { docs: await inPlace(documents) };
    } catch (e) {
      reply = { error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    saveCache?.();
    saveCache = undefined;
    // Handed over, not copied (each buffer once: two documents may share one).
    port.postMessage(reply, "docs" in reply ? [...new Set(reply.docs.map((d) => d.buffer as ArrayBuffer))] : []);
  });
}

/** Makes the .docx of an issue: in a worker thread when one was started, else here. */
export interface NoticesDocxMaker {
  make(documents: readonly NoticeModel[][]): Promise<Uint8Array[]>;
}

/**
 * For a large ledger the .docx are made in a worker thread while the main thread packages
 * 通知书.xlsx (the two are about the same work). The worker is started first thing, so that it has
 * loaded (about a tenth of a second) by the time the notices are known; for a small ledger none is
 * started, as that would cost more than the .docx do. `script` is the compiled CLI, whose
 * serveNoticesDocx() answers.
 */
export function noticesDocxMaker(script: string, large: boolean): NoticesDocxMaker {
  if (!large || !workersAvailable(script)) return { make: inPlace };
  const worker = cliWorker(script, "serveNoticesDocx");
  let failed: Error | null = null;
  worker.once("error", (e) => (failed = e));
  // An issue that ends before asking (a usage error, nothing to issue) must not keep the process alive.
  worker.unref();
  return {
    make: (documents) =>
      new Promise((resolve, reject) => {
        if (failed) return reject(failed);
        worker.ref();
        worker.once("message", (reply: DocxReply) => {
          void worker.terminate();
          if ("docs" in reply) resolve(reply.docs.map((d) => new Uint8Array(d)));
          else reject(new Error(reply.error));
        });
        worker.once("error", reject);
        worker.postMessage(documents);
      }),
  };
}
