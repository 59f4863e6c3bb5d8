import { Button } from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import type { WorkbookHost } from "../../../core/port/workbookHost";
import { downloadBytes } from "../../shell/downloadBytes";
import { renderConsolidatePanel } from "./renderConsolidatePanel";
import { useConsolidatePanel, type ConsolidateOutputs } from "./useConsolidatePanel";
import { useConsolidatePanelStyles } from "./useConsolidatePanelStyles";

const browserDownloads: ConsolidateOutputs = { download: downloadBytes };

/** 交办与汇总: the monthly loop across the units' workbooks. */
export function ConsolidatePanel({ host, outputs = browserDownloads }: { host: WorkbookHost; outputs?: ConsolidateOutputs }) {
  const state = useConsolidatePanel(host, outputs);
  const classes = useConsolidatePanelStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const dropHandlers = useMemo(
    () => ({
      onDragOver: (e: React.DragEvent) => {
        e.preventDefault();
        setDragging(true);
      },
      onDragLeave: () => setDragging(false),
      onDrop: (e: React.DragEvent) => {
        e.preventDefault();
        setDragging(false);
        state.addFiles(e.dataTransfer.files);
      },
    }),
    [state],
  );
  const picker = (
    <>
      <input
        ref={input}
        hidden
        multiple
        type="file"
        accept=".xlsx,.xlsm,.xls,.csv"
        aria-label="选择报回的文件"
        onChange={(e) => {
          if (e.target.files) state.addFiles(e.target.files);
          e.target.value = "";
        }}
      />
      <Button size="small" onClick={() => input.current?.click()}>
        选择文件…
      </Button>
    </>
  );
  return renderConsolidatePanel(state, classes, { picker, dragging, dropHandlers });
}
