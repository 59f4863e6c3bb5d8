import type { NoticeModel } from "../../core/notices/buildNotices";
import { NOTICE_SHEET } from "../../core/notices/noticeSheetPlan";
import type { WorkbookHost } from "../../core/port/workbookHost";
import type { NoticeOutputs } from "../panels/notices/noticeOutputs";
import type { ReportOutputs } from "../panels/report/reportOutputs";
import { downloadNoticesDocx } from "./browserNoticeOutputs";
import { downloadBytes } from "./downloadBytes";
import { openPrintDialog } from "./printDialog";

const NO_MAC_DOWNLOADS =
  "Mac 版 Excel 的任务窗格不能下载文件。通知书已在“通知书”工作表中，可按 ⌘P 打印或另存为 PDF；需要 .docx 或图片时，请在网页版 Excel、Windows 版 Excel 或独立网页中打开本工作簿再下载。";

const isMac = (office: typeof Office) => office.context.platform === office.PlatformType.Mac;

/**
 * Office.js cannot open Excel's print dialog, and window.print() does not work in the Mac pane.
 * So 打印 always prepares and shows the 通知书 sheet (Excel's 打印 then prints exactly the
 * notices); where the Dialog API can message a dialog (not on Mac), it also opens the notices in a
 * dialog window that calls window.print().
 */
export function officeNoticeOutputs(
  host: WorkbookHost,
  office: typeof Office = Office,
  opts: { dialogTimeoutMs?: number } = {},
): NoticeOutputs {
  const canDialog = office.context.requirements.isSetSupported("DialogApi", "1.2") && !isMac(office);
  return {
    printsDirectly: canDialog,
    async print(html) {
      await host.goTo(NOTICE_SHEET, 0, 0);
      const sheetLine = "已切换到“通知书”工作表（A4、页边距和分页已设好），也可以按 Ctrl+P（Mac 上为 ⌘P）用 Excel 打印。";
      if (!canDialog) return sheetLine.replace("也可以", "请");
      const outcome = await openPrintDialog(office, html, opts.dialogTimeoutMs);
      return `${outcome}${sheetLine}`;
    },
    async downloadDocx(notices: readonly NoticeModel[]) {
      // WKWebView, which runs the pane on Mac, ignores downloads: say so instead of doing nothing.
      if (isMac(office)) throw new Error(NO_MAC_DOWNLOADS);
      await downloadNoticesDocx(notices);
    },
  };
}

/** In Excel the 月报 prints from its own sheet: written (with charts and A4 setup), then shown. */
export function officeReportOutputs(host: WorkbookHost, office: typeof Office = Office): ReportOutputs {
  return {
    async print({ sheet, write }) {
      await write();
      await host.goTo(sheet, 0, 0);
      return `已写入并切换到“${sheet}”工作表（A4、图表和分页已设好），请按 Ctrl+P（Mac 上为 ⌘P）打印。`;
    },
    downloadPng(blob, fileName) {
      if (isMac(office)) throw new Error(NO_MAC_DOWNLOADS);
      void blob.arrayBuffer().then((b) => downloadBytes(new Uint8Array(b), fileName, "image/png"));
    },
  };
}
