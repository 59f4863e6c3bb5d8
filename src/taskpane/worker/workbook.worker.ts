/// <reference lib="webworker" />
/**
 * The page's heavy work off the main thread, one task per worker (see protocol.ts): reading a picked
 * file (unzip, SheetJS, pictures), structuring it (and laying out 标准台账), and writing the result workbook. The page stays
 * responsive meanwhile, and 取消 terminates the worker, so nothing it did reaches the page.
 */
import type { WorkerReply, WorkerStage, WorkerTask } from "./protocol";
import { splitForPosting } from "./slices";

declare const self: DedicatedWorkerGlobalScope;

const reply = (message: WorkerReply, transfer: Transferable[] = []) => self.postMessage(message, transfer);
const stage = (s: WorkerStage) => reply({ type: "stage", stage: s });
const replySliced = (message: WorkerReply) => {
  const { slices, skeleton } = splitForPosting(message);
  for (const slice of slices) reply({ type: "slice", ...slice });
  reply({ type: "assembled", skeleton });
};

async function run(task: WorkerTask): Promise<void> {
  switch (task.type) {
    case "read": {
      const { FileHost } = await import(/* webpackChunkName: "file-host" */ "../../hosts/file/fileHost");
      // The host keeps the bytes it was given: a copy goes back (the page saves from it later).
      const host = new FileHost(task.bytes, task.fileName, { onStage: stage });
      const grid = await host.readWorkbook();
      const bytes = task.bytes.slice();
      reply({ type: "read", grid, bytes, textEncoding: host.textEncoding }, [bytes.buffer]);
      return;
    }
    case "structure": {
      stage("structure");
      // The dictionary first: the core may read its vocabulary as it loads.
      const { loadSimplifier } = await import(/* webpackChunkName: "simplifier" */ "../lazy/simplifier");
      await loadSimplifier();
      const { structureAndPlan } = await import(/* webpackChunkName: "structure" */ "../../workflows/structureWorkflow");
      const planned = await structureAndPlan(task.workbook, task.registry, task.now, task.write);
      // In slices: unpacked in one message, 30,000 rows would hold the page's main thread for half a second.
      replySliced({ type: "structured", ...planned });
      return;
    }
    case "save": {
      stage("save");
      const { FileHost } = await import(/* webpackChunkName: "file-host" */ "../../hosts/file/fileHost");
      const host = task.bytes
        ? FileHost.fromRead(task.bytes, task.fileName, { fileName: task.fileName, sheets: [] })
        : new FileHost(null, task.fileName);
      for (const p of task.plans) await host.writeSheet(p);
      for (const p of task.printPlans) await host.writePrintSheet(p);
      await host.writeCharts(task.charts);
      const bytes = await host.toXlsx();
      reply({ type: "saved", bytes }, [bytes.buffer]);
      return;
    }
  }
}

self.onmessage = (e: MessageEvent<WorkerTask>) => {
  run(e.data).catch((err: unknown) => reply({ type: "error", message: err instanceof Error ? err.message : String(err) }));
};
