import { NOTICE_SHEET } from "../../core/notices/noticeSheetPlan";
import type { WorkbookHost } from "../../core/port/workbookHost";
import type { NoticeOutputs } from "../panels/notices/noticeOutputs";
import { downloadNoticesDocx } from "./browserNoticeOutputs";
import { downloadBytes } from "./downloadBytes";
import type { ReportOutputs } from "../panels/report/reportOutputs";

const CHUNK = 30_000;

/**
 * Office.js cannot open Excel's print dialog, and window.print() does not work in the Mac pane.
 * So 打印 always prepares and shows the 通知书 sheet (Excel's 打印 then prints exactly the
 * notices); where the Dialog API can message a dialog (not on Mac), it also opens the notices in a
 * dialog window that calls window.print().
 */
export function officeNoticeOutputs(host: WorkbookHost, office: typeof Office = Office): NoticeOutputs {
  const canDialog = office.context.requirements.isSetSupported("DialogApi", "1.2") && office.context.platform !== office.PlatformType.Mac;
  return {
    printsDirectly: canDialog,
    async print(html) {
      await host.goTo(NOTICE_SHEET, 0, 0);
      const sheetLine = "已切换到“通知书”工作表（A4、页边距和分页已设好），也可以按 Ctrl+P（Mac 上为 ⌘P）用 Excel 打印。";
      if (!canDialog) return sheetLine.replace("也可以", "请");
      await openPrintDialog(office, html);
      return `已打开打印窗口。${sheetLine}`;
    },
    downloadDocx: downloadNoticesDocx,
  };
}

function openPrintDialog(office: typeof Office, html: string): Promise<void> {
  const url = new URL("print.html?office=1", window.location.href).toString();
  return new Promise((resolve, reject) => {
    office.context.ui.displayDialogAsync(url, { height: 80, width: 60, displayInIframe: false }, (result) => {
      if (result.status !== office.AsyncResultStatus.Succeeded) {
        reject(new Error(`无法打开打印窗口：${result.error.message}`));
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
        if (!("message" in arg) || arg.message !== "ready") return;
        // The notices go over in pieces: a single message to a dialog has a size limit.
        for (let i = 0; i < html.length; i += CHUNK) dialog.messageChild(JSON.stringify({ part: html.slice(i, i + CHUNK) }));
        dialog.messageChild(JSON.stringify({ done: true }));
        resolve();
      });
    });
  });
}

/** In Excel the 月报 prints from its own sheet: written (with charts and A4 setup), then shown. */
export function officeReportOutputs(host: WorkbookHost): ReportOutputs {
  return {
    async print({ sheet, write }) {
      await write();
      await host.goTo(sheet, 0, 0);
      return `已写入并切换到“${sheet}”工作表（A4、图表和分页已设好），请按 Ctrl+P（Mac 上为 ⌘P）打印。`;
    },
    downloadPng(blob, fileName) {
      void blob.arrayBuffer().then((b) => downloadBytes(new Uint8Array(b), fileName, "image/png"));
    },
  };
}
