import { Tab, TabList } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookHost } from "../../core/port/workbookHost";
import type { StructureRun } from "../../workflows/structureWorkflow";
import { StructurePanel } from "../panels/structure/StructurePanel";
import { ValidatePanel } from "../panels/validate/ValidatePanel";
import { NoticesPanel } from "../panels/notices/NoticesPanel";
import type { NoticeOutputs } from "../panels/notices/noticeOutputs";
import { ReportPanel } from "../panels/report/ReportPanel";
import type { ReportOutputs } from "../panels/report/reportOutputs";
import { ConsolidatePanel } from "../panels/consolidate/ConsolidatePanel";

type PanelId = "structure" | "validate" | "notices" | "report" | "consolidate";

export interface PanelOutputs {
  notices: NoticeOutputs;
  report: ReportOutputs;
}

/** The pane's panels over one host; both stay mounted so switching tabs keeps their results. */
export function Panels({
  host,
  outputs,
  onStructured,
}: {
  host: WorkbookHost;
  outputs: PanelOutputs;
  onStructured?: (run: StructureRun) => void;
}) {
  const [tab, setTab] = useState<PanelId>("structure");
  const [openedConsolidate, setOpenedConsolidate] = useState(false);
  if (tab === "consolidate" && !openedConsolidate) setOpenedConsolidate(true);
  return (
    <>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as PanelId)} size="small">
        <Tab value="structure">结构化</Tab>
        <Tab value="validate">校验</Tab>
        <Tab value="notices">通知书</Tab>
        <Tab value="report">月报</Tab>
        <Tab value="consolidate">汇总</Tab>
      </TabList>
      <div hidden={tab !== "structure"}>
        <StructurePanel host={host} onResult={onStructured} />
      </div>
      <div hidden={tab !== "validate"}>
        <ValidatePanel host={host} />
      </div>
      {/* Mounted when first opened: it reads the ledger as it is then. */}
      {tab === "notices" && <NoticesPanel host={host} outputs={outputs.notices} />}
      {tab === "report" && <ReportPanel host={host} outputs={outputs.report} />}
      {/* Mounted once opened and kept: a consolidation keeps its progress while the user looks elsewhere. */}
      {(tab === "consolidate" || openedConsolidate) && (
        <div hidden={tab !== "consolidate"}>
          <ConsolidatePanel host={host} />
        </div>
      )}
    </>
  );
}
