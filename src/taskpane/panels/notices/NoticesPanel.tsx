import { useCallback, useMemo, useState } from "react";
import type { WorkbookHost } from "../../../core/port/workbookHost";
import type { NoticeOutputs } from "./noticeOutputs";
import { renderNoticesPanel } from "./renderNoticesPanel";
import { useNoticesPanel } from "./useNoticesPanel";
import { useNoticesPanelStyles } from "./useNoticesPanelStyles";
import { errorText } from "../errorText";

export function NoticesPanel({ host, outputs }: { host: WorkbookHost; outputs: NoticeOutputs }) {
  const state = useNoticesPanel(host);
  const classes = useNoticesPanelStyles();
  const [printMessage, setPrintMessage] = useState<string | null>(null);
  const onPrint = useCallback(() => {
    if (state.issued) void outputs.print(state.issued.html).then(setPrintMessage, (e: unknown) => setPrintMessage(errorText(e)));
  }, [outputs, state.issued]);
  // A download that cannot happen here (the Mac pane) says why, on the same line as 打印's message.
  const shown = useMemo<NoticeOutputs>(
    () => ({
      ...outputs,
      downloadDocx: (notices) => outputs.downloadDocx(notices).catch((e: unknown) => setPrintMessage(errorText(e))),
    }),
    [outputs],
  );
  return renderNoticesPanel(state, classes, shown, onPrint, printMessage);
}
