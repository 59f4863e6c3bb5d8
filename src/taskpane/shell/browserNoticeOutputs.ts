import type { NoticeModel } from "../../core/notices/buildNotices";
import type { NoticeOutputs } from "../panels/notices/noticeOutputs";
import type { ReportOutputs } from "../panels/report/reportOutputs";
import { DOCX_TYPE, downloadBytes } from "./downloadBytes";

export async function downloadNoticesDocx(notices: readonly NoticeModel[]): Promise<void> {
  const name = notices.length === 1 ? `${notices[0]!.docNo}-${notices[0]!.recipient}.docx` : `整改通知书（${notices.length}份）.docx`;
  // docx loads with the first notice downloaded.
  const { noticesDocx } = await import(/* webpackChunkName: "notices-docx" */ "../../hosts/file/writeNoticesDocx");
  downloadBytes(await noticesDocx(notices), name, DOCX_TYPE);
}

/** Prints HTML through a hidden frame, so the page itself is not what gets printed. */
export function printHtml(html: string): Promise<void> {
  return new Promise((resolve) => {
    const frame = document.createElement("iframe");
    frame.setAttribute("aria-hidden", "true");
    frame.style.cssText = "position:fixed;right:0;bottom:0;width:0;height:0;border:0";
    frame.onload = () => {
      frame.contentWindow?.focus();
      frame.contentWindow?.print();
      setTimeout(() => frame.remove(), 60_000);
      resolve();
    };
    frame.srcdoc = html;
    document.body.appendChild(frame);
  });
}

/** In an ordinary browser: the same HTML, printed with window.print(). */
export const browserNoticeOutputs: NoticeOutputs = {
  printsDirectly: true,
  async print(html) {
    await printHtml(html);
    return "已打开打印对话框：请选择 A4 纵向，边距“默认”，不要缩放。";
  },
  downloadDocx: downloadNoticesDocx,
};

/** In a browser the 月报 prints as a page of its own (text as edited, tables, the charts). */
export const browserReportOutputs: ReportOutputs = {
  async print({ html }) {
    await printHtml(html);
    return "已打开打印对话框（A4 纵向）。";
  },
  downloadPng(blob, fileName) {
    void blob.arrayBuffer().then((b) => downloadBytes(new Uint8Array(b), fileName, "image/png"));
  },
};
