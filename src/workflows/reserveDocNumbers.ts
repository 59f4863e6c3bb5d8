import { registerEntries, type NoticeModel } from "../core/notices/buildNotices";
import { reservationOutcome, reservedStatus } from "../core/notices/docNoReservation";
import { parseRegister, REGISTER_SHEET, registerRow, registerSheetPlan, type RegisterEntry } from "../core/notices/noticeRegister";
import type { LiveWorkbookHost } from "../core/port/workbookHost";

const ATTEMPTS = 6;
const backoff = (attempt: number) => new Promise<void>((r) => setTimeout(r, (40 + Math.random() * 160) * attempt));
const newToken = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/**
 * Reserves the 文号 of the notices about to be issued, in a workbook co-authors may be issuing from
 * at the same moment: number from the register as it is now, append the rows marked 预留 with a token
 * of this attempt, read the register back. If an earlier row holds one of our numbers (or our rows
 * were overwritten), clear ours and try again with fresh numbers; else mark them 有效. Nothing is
 * printed before this succeeds, so no two notices ever carry the same 文号.
 */
export async function reserveDocNumbers(
  host: LiveWorkbookHost,
  number: (register: readonly RegisterEntry[]) => NoticeModel[],
): Promise<{ notices: NoticeModel[]; register: RegisterEntry[] }> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      const notices = number(parseRegister(await host.readSheet(REGISTER_SHEET)));
      const token = newToken();
      await host.appendRows(
        registerSheetPlan([]),
        registerEntries(notices).map((e) => registerRow(e, reservedStatus(token))),
      );
      const outcome = reservationOutcome(await host.readSheet(REGISTER_SHEET), token, notices.length);
      if (outcome.won) {
        await host.writeCells(
          REGISTER_SHEET,
          outcome.rows.map((row) => ({ row, col: outcome.statusCol, value: "有效" })),
        );
        return { notices, register: parseRegister(await host.readSheet(REGISTER_SHEET)) };
      }
      // Someone else holds these numbers: take our rows back out and number again.
      await host.writeCells(
        REGISTER_SHEET,
        outcome.rows.flatMap((row) => Array.from({ length: outcome.width }, (_, col) => ({ row, col, value: null }))),
      );
    } catch (e) {
      // Two panes adding the register sheet at once: Excel refuses the second (ItemAlreadyExists); try again.
      if (attempt === ATTEMPTS) throw e;
    }
    await backoff(attempt);
  }
  throw new Error("多人正在同时生成通知书，文号未能登记，请稍后再试（尚未占用文号）。");
}
