import { historySheetPlan, HISTORY_SHEET } from "../core/ledger/historySheet";
import type { LedgerEvent } from "../core/ledger/ledgerEvents";
import type { LedgerRow } from "../core/ledger/ledgerRecord";
import { stampOf } from "../core/ledger/ledgerTime";
import { ledgerSheetPlan, type LedgerPlanOptions } from "../core/output/ledgerSheetPlan";
import type { CellMark } from "../core/output/sheetPlan";
import type { WorkbookHost } from "../core/port/workbookHost";

/** This moment as 标准台账 and 更新记录 write it ("YYYY-MM-DD HH:mm", local time). */
export function nowStamp(): string {
  return stampOf(new Date());
}

/**
 * Writes 标准台账 (with the office's edits and conflicts coloured, and any extra marks on top) and
 * appends the run's events to 更新记录. Every workflow that rewrites 标准台账 goes through here, so
 * an edit first noticed by, say, a validation run is still logged.
 */
export async function writeLedger(
  host: Pick<WorkbookHost, "readSheet" | "writeSheet">,
  records: readonly LedgerRow[],
  events: readonly LedgerEvent[],
  options: LedgerPlanOptions & { marks?: readonly CellMark[] } = {},
): Promise<void> {
  const plan = ledgerSheetPlan(records, options);
  // Problems outrank the edit colour on the same cell: they are written after it.
  await host.writeSheet({ ...plan, marks: [...(plan.marks ?? []), ...(options.marks ?? [])] });
  if (events.length > 0) await host.writeSheet(historySheetPlan(await host.readSheet(HISTORY_SHEET), events));
}
