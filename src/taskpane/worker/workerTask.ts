import type { WorkerReply, WorkerStage, WorkerTask } from "./protocol";
import { SliceAssembler } from "./slices";

/** A task running in its own worker: its result, and cancel() to stop it (the worker is terminated). */
export interface RunningTask<T> {
  result: Promise<T>;
  cancel(): void;
}

/** Thrown (as the result) when the user cancelled the task. */
export class TaskCancelled extends Error {
  constructor() {
    super("已取消");
    this.name = "TaskCancelled";
  }
}

type Done = Exclude<WorkerReply, { type: "stage" } | { type: "error" } | { type: "slice" } | { type: "assembled" }>;

/**
 * Starts one task in a fresh worker (webpack bundles workbook.worker.ts as its own entry). `onStage`
 * hears where the task is; the worker ends with the task, or at cancel().
 */
export function runInWorker<R extends Done>(
  task: WorkerTask,
  transfer: Transferable[],
  onStage: (stage: WorkerStage) => void = () => {},
): RunningTask<R> {
  const worker = new Worker(new URL("./workbook.worker.ts", import.meta.url), { name: "workbook" });
  let settle: { resolve: (r: R) => void; reject: (e: Error) => void } | null = null;
  const result = new Promise<R>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const end = () => {
    worker.terminate();
    settle = null;
  };
  // A large reply comes in slices, one message (and one short task of the page's) each.
  const slices = new SliceAssembler();
  worker.onmessage = (e: MessageEvent<WorkerReply>) => {
    const m = e.data;
    if (m.type === "stage") return onStage(m.stage);
    if (m.type === "slice") return slices.add(m);
    const s = settle;
    end();
    if (m.type === "error") s?.reject(new Error(m.message));
    else if (m.type === "assembled") s?.resolve(slices.build(m.skeleton) as R);
    else s?.resolve(m as R);
  };
  worker.onerror = (e) => {
    const s = settle;
    end();
    s?.reject(new Error(`后台处理出错：${e.message || "未知错误"}`));
  };
  worker.postMessage(task, transfer);
  return {
    result,
    cancel() {
      const s = settle;
      end();
      s?.reject(new TaskCancelled());
    },
  };
}
