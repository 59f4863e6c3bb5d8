import { Button, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { useCallback, useMemo, useRef, useState } from "react";
import type { SheetGrid } from "../../core/model/grid";
import type { ChartHost, WorkbookHost } from "../../core/port/workbookHost";
import { Panels } from "./Panels";
import { browserNoticeOutputs, browserReportOutputs } from "./browserNoticeOutputs";
import { renderFileProgress } from "./FileProgress";
import { SourcePreview } from "./SourcePreview";
import { useShellStyles } from "./useShellStyles";
import { useWorkbookFile } from "./useWorkbookFile";
import { ErrorText } from "../panels/ErrorText";

interface Target {
  grid: SheetGrid;
  row: number;
  col: number;
}

/**
 * Outside Excel: the same panels over a file the user picks; results are offered as a download. The
 * file is read, structured and saved in a worker (see useWorkbookFile), so the page never freezes.
 */
export function StandaloneShell() {
  const classes = useShellStyles();
  const [target, setTarget] = useState<Target | null>(null);
  const [done, setDone] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const onOpened = useCallback(() => {
    setTarget(null);
    setDone(false);
  }, []);
  const state = useWorkbookFile(onOpened);
  const { file } = state;

  // The panel's "go to" lands in the preview here instead of in Excel.
  const host = useMemo<(WorkbookHost & ChartHost) | null>(() => {
    if (!file) return null;
    const h = file.host;
    return {
      kind: "file",
      readWorkbook: () => h.readWorkbook(),
      readSheet: (n) => h.readSheet(n),
      writeSheet: async (p) => {
        await h.writeSheet(p);
        setDone(true);
      },
      markCells: (sheet, marks, rows) => h.markCells(sheet, marks, rows),
      writeCharts: (charts) => h.writeCharts(charts),
      writePrintSheet: async (p) => {
        await h.writePrintSheet(p);
        setDone(true);
      },
      goTo: async (sheet, row, col) => {
        const wb = await h.readWorkbook();
        const grid = wb.sheets.find((s) => s.name === sheet) ?? wb.sheets[0];
        if (grid) setTarget({ grid, row, col });
      },
    };
  }, [file]);

  return (
    <>
      <div className={classes.picker}>
        <Text>选择一个台账文件（.xlsx、.xls、.csv）。文件只在本机浏览器中处理，不会上传。</Text>
        <input
          ref={input}
          hidden
          type="file"
          accept=".xlsx,.xlsm,.xls,.csv"
          aria-label="选择台账文件"
          onChange={(e) => {
            const f = e.target.files?.[0];
            // Cleared at once: the same file can be picked again (after 取消, or once it was changed).
            e.target.value = "";
            if (f) void state.pick(f);
          }}
        />
        <div>
          <Button onClick={() => input.current?.click()} disabled={state.progress !== null}>
            {file ? "换一个文件…" : "选择文件…"}
          </Button>
        </div>
        {file && <Text className={classes.muted}>当前文件：{file.name}</Text>}
      </div>
      {state.progress && renderFileProgress(state.progress, state.cancel, classes)}
      {state.error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <ErrorText text={state.error} />
          </MessageBarBody>
        </MessageBar>
      )}
      {host && file && (
        <>
          <Panels
            key={file.id}
            host={host}
            outputs={{ notices: browserNoticeOutputs, report: browserReportOutputs }}
            structurer={state.structurer}
          />
          {done && (
            <div className={classes.download}>
              <Button appearance="primary" onClick={() => void state.download()} disabled={state.saving}>
                下载结果工作簿（含“标准台账”）
              </Button>
              {state.saving && <Spinner size="tiny" label="正在生成结果工作簿…" />}
            </div>
          )}
          {target && <SourcePreview grid={target.grid} row={target.row} col={target.col} />}
        </>
      )}
    </>
  );
}
