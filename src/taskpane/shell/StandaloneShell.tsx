import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useCallback, useMemo, useRef, useState } from "react";
import type { SheetGrid } from "../../core/model/grid";
import type { ChartHost, WorkbookHost } from "../../core/port/workbookHost";
import { FileHost } from "../../hosts/file/fileHost";
import { Panels } from "./Panels";
import { browserNoticeOutputs, browserReportOutputs } from "./browserNoticeOutputs";
import { SourcePreview } from "./SourcePreview";
import { useShellStyles } from "./useShellStyles";

interface Target {
  grid: SheetGrid;
  row: number;
  col: number;
}

/** Outside Excel: the same panels over a file the user picks; results are offered as a download. */
export function StandaloneShell() {
  const classes = useShellStyles();
  const [file, setFile] = useState<{ host: FileHost; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [target, setTarget] = useState<Target | null>(null);
  const [done, setDone] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const onPick = useCallback(async (list: FileList | null) => {
    const f = list?.[0];
    if (!f) return;
    setError(null);
    setTarget(null);
    setDone(false);
    const host = new FileHost(new Uint8Array(await f.arrayBuffer()), f.name);
    try {
      await host.readWorkbook();
      setFile({ host, name: f.name });
    } catch (e) {
      setFile(null);
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

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

  const download = useCallback(async () => {
    if (!file) return;
    const bytes = await file.host.toXlsx();
    const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = `${file.name.replace(/\.[^.]+$/, "")}-标准台账.xlsx`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
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
          onChange={(e) => void onPick(e.target.files)}
        />
        <div>
          <Button onClick={() => input.current?.click()}>{file ? "换一个文件…" : "选择文件…"}</Button>
        </div>
        {file && <Text className={classes.muted}>当前文件：{file.name}</Text>}
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {host && file && (
        <>
          <Panels key={file.name} host={host} outputs={{ notices: browserNoticeOutputs, report: browserReportOutputs }} />
          {done && (
            <Button appearance="primary" onClick={() => void download()}>
              下载结果工作簿（含“标准台账”）
            </Button>
          )}
          {target && <SourcePreview grid={target.grid} row={target.row} col={target.col} />}
        </>
      )}
    </>
  );
}
