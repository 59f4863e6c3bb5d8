import type { NoticeModel } from "../../../core/notices/buildNotices";

/** What printing and downloading mean where the pane runs (Excel on Windows/web/Mac, or a browser). */
export interface NoticeOutputs {
  /** Prints the notices; resolves to a line telling the user what happened. */
  print(html: string): Promise<string>;
  /** Whether 打印 opens a print dialog here (else it prepares the 通知书 sheet for Excel's own 打印). */
  printsDirectly: boolean;
  downloadDocx(notices: readonly NoticeModel[]): Promise<void>;
}
