import { Spinner, Tab, TabList } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { WorkbookHost } from "../../core/port/workbookHost";
import type { StructureRun, Structurer } from "../../workflows/structureWorkflow";
import { StructurePanel } from "../panels/structure/StructurePanel";
import { ValidatePanel } from "../panels/validate/ValidatePanel";
import type { NoticeOutputs } from "../panels/notices/noticeOutputs";
import type { ReportOutputs } from "../panels/report/reportOutputs";

// Panels opened later load when first opened (with their core: notices, the 月报 and its charts, 汇总).
const NoticesPanel = lazy(() =>
  import(/* webpackChunkName: "panel-notices" */ "../panels/notices/NoticesPanel").then((m) => ({ default: m.NoticesPanel })),
);
const ReportPanel = lazy(() =>
  import(/* webpackChunkName: "panel-report" */ "../panels/report/ReportPanel").then((m) => ({ default: m.ReportPanel })),
);
const ConsolidatePanel = lazy(() =>
  import(/* webpackChunkName: "panel-consolidate" */ "../panels/consolidate/ConsolidatePanel").then((m) => ({
    default: m.ConsolidatePanel,
  })),
);

type PanelId = "structure" | "validate" | "notices" | "report" | "consolidate";

export interface PanelOutputs {
  notices: NoticeOutputs;
  report: ReportOutputs;
}

const loading = <Spinner size="tiny" label="正在加载…" />;

/** The pane's panels over one host; both stay mounted so switching tabs keeps their results. */
export function Panels({
  host,
  outputs,
  onStructured,
  structurer,
}: {
  host: WorkbookHost;
  outputs: PanelOutputs;
  onStructured?: (run: StructureRun) => void;
  /** Where 结构化's pure part runs (the standalone page: a worker). */
  structurer?: Structurer;
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
        <StructurePanel host={host} onResult={onStructured} structurer={structurer} />
      </div>
      <div hidden={tab !== "validate"}>
        <ValidatePanel host={host} />
      </div>
      <Suspense fallback={loading}>
        {/* Mounted when first opened: it reads the ledger as it is then. */}
        {tab === "notices" && <NoticesPanel host={host} outputs={outputs.notices} />}
        {tab === "report" && <ReportPanel host={host} outputs={outputs.report} />}
      </Suspense>
      {/* Mounted once opened and kept: a consolidation keeps its progress while the user looks elsewhere. */}
      {(tab === "consolidate" || openedConsolidate) && (
        <div hidden={tab !== "consolidate"}>
          <Suspense fallback={loading}>
            <ConsolidatePanel host={host} />
          </Suspense>
        </div>
      )}
    </>
  );
}
