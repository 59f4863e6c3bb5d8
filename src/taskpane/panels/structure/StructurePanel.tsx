import type { WorkbookHost } from "../../../core/port/workbookHost";
import type { StructureRun, Structurer } from "../../../workflows/structureWorkflow";
import { renderStructurePanel } from "./renderStructurePanel";
import { useStructurePanel } from "./useStructurePanel";
import { useStructurePanelStyles } from "./useStructurePanelStyles";

export function StructurePanel({
  host,
  onResult,
  structurer,
}: {
  host: WorkbookHost;
  onResult?: (run: StructureRun) => void;
  /** Where the pure part of 结构化 runs (the standalone page: a worker). */
  structurer?: Structurer;
}) {
  const state = useStructurePanel(host, onResult, structurer);
  const classes = useStructurePanelStyles();
  return renderStructurePanel(state, classes);
}
