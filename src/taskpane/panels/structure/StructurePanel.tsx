import type { WorkbookHost } from "../../../core/port/workbookHost";
import type { StructureRun } from "../../../workflows/structureWorkflow";
import { renderStructurePanel } from "./renderStructurePanel";
import { useStructurePanel } from "./useStructurePanel";
import { useStructurePanelStyles } from "./useStructurePanelStyles";

export function StructurePanel({ host, onResult }: { host: WorkbookHost; onResult?: (run: StructureRun) => void }) {
  const state = useStructurePanel(host, onResult);
  const classes = useStructurePanelStyles();
  return renderStructurePanel(state, classes);
}
