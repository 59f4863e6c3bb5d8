import type { DecodedText } from "../../hosts/file/decodeText";
import type { WorkbookGrid } from "../../core/model/grid";
import type { PrintSheetPlan } from "../../core/output/printSheetPlan";
import type { SheetPlan } from "../../core/output/sheetPlan";
import type { ChartPlan } from "../../core/report/reportCharts";
import type { UnitEntry } from "../../core/registry/unitRegistry";
import type { PlannedRun } from "../../workflows/structureWorkflow";
import type { Slice } from "./slices";

/** What the page asks the workbook worker to do; one task per worker, so 取消 is terminating it. */
export type WorkerTask =
  /** Read a picked file: the bytes are transferred in and a copy comes back with the grids. */
  | { type: "read"; bytes: Uint8Array; fileName: string }
  /** Structure a workbook already read (the pure part of 结构化) and lay out the sheets it writes. */
  | { type: "structure"; workbook: WorkbookGrid; registry: readonly UnitEntry[] | null; now: string | undefined; write: boolean }
  /** Save the result workbook: the source's bytes with the sheets written so far. */
  | { type: "save"; bytes: Uint8Array | null; fileName: string; plans: SheetPlan[]; printPlans: PrintSheetPlan[]; charts: ChartPlan[] };

/** Where a task is, for the progress display. */
export type WorkerStage = "unzip" | "parse" | "pictures" | "structure" | "save";

export type WorkerReply =
  | { type: "stage"; stage: WorkerStage }
  | { type: "read"; grid: WorkbookGrid; bytes: Uint8Array; textEncoding: Omit<DecodedText, "text"> | null }
  | ({ type: "structured" } & PlannedRun)
  /** Part of a large reply (see slices.ts): its long arrays, slice by slice… */
  | ({ type: "slice" } & Slice)
  /** …then the rest of it, which the slices fill in. */
  | { type: "assembled"; skeleton: unknown }
  | { type: "saved"; bytes: Uint8Array }
  | { type: "error"; message: string };
