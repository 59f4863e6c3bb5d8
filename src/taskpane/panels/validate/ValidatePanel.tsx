import { Button } from "@fluentui/react-components";
import { useRef } from "react";
import type { WorkbookHost } from "../../../core/port/workbookHost";
import { readPickedWorkbook } from "../../shell/readPickedWorkbook";
import { renderValidatePanel } from "./renderValidatePanel";
import { useValidatePanel } from "./useValidatePanel";
import { useValidatePanelStyles } from "./useValidatePanelStyles";

export function ValidatePanel({ host }: { host: WorkbookHost }) {
  const state = useValidatePanel(host);
  const classes = useValidatePanelStyles();
  const input = useRef<HTMLInputElement>(null);
  const picker = (
    <>
      <input
        ref={input}
        hidden
        type="file"
        accept=".xlsx,.xls,.csv"
        aria-label="选择单位名录文件"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void state.importRegistryFrom(async () => readPickedWorkbook(new Uint8Array(await f.arrayBuffer()), f.name));
          e.target.value = "";
        }}
      />
      <Button size="small" onClick={() => input.current?.click()}>
        导入单位名录…
      </Button>
    </>
  );
  return renderValidatePanel(state, classes, picker);
}
