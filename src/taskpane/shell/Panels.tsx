import { Tab, TabList } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookHost } from "../../core/port/workbookHost";
import type { StructureRun } from "../../workflows/structureWorkflow";
import { StructurePanel } from "../panels/structure/StructurePanel";
import { ValidatePanel } from "../panels/validate/ValidatePanel";

type PanelId = "structure" | "validate";

/** The pane's panels over one host; both stay mounted so switching tabs keeps their results. */
export function Panels({ host, onStructured }: { host: WorkbookHost; onStructured?: (run: StructureRun) => void }) {
  const [tab, setTab] = useState<PanelId>("structure");
  return (
    <>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as PanelId)} size="small">
        <Tab value="structure">结构化</Tab>
        <Tab value="validate">校验</Tab>
      </TabList>
      <div hidden={tab !== "structure"}><StructurePanel host={host} onResult={onStructured} /></div>
      <div hidden={tab !== "validate"}><ValidatePanel host={host} /></div>
    </>
  );
}
