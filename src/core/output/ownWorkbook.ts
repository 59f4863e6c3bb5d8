import type { WorkbookGrid } from "../model/grid";
import { registerSheetPlan, REGISTER_SHEET } from "../notices/noticeRegister";
import { cellText } from "../normalize/text";
import { LEDGER_COLUMNS } from "./ledgerColumns";
import { LEDGER_SHEET } from "./ledgerSheetPlan";
import { PROBLEMS_SHEET, problemsSheetPlan } from "./problemsSheetPlan";

/** The owned sheets whose header row this program writes, and that header. */
const OWN_HEADERS: ReadonlyArray<readonly [string, readonly string[]]> = [
  [LEDGER_SHEET, LEDGER_COLUMNS.map((c) => c.header)],
  [REGISTER_SHEET, registerSheetPlan([]).columns.map((c) => c.header)],
  [PROBLEMS_SHEET, problemsSheetPlan([], "").columns.map((c) => c.header)],
];

/**
 * A workbook this program wrote (in any host), known by what it holds — one of its owned sheets
 * with exactly the header this program writes — never by its file name. Only the first row of each
 * sheet is needed.
 */
export function isOwnWorkbook(workbook: WorkbookGrid, sheets: readonly string[] = OWN_HEADERS.map(([s]) => s)): boolean {
  return OWN_HEADERS.some(([name, headers]) => {
    if (!sheets.includes(name)) return false;
    const grid = workbook.sheets.find((s) => s.name === name && !s.isCsv);
    const first = grid?.values[0] ?? [];
    return headers.every((h, c) => cellText(first[c] ?? null) === h);
  });
}

export const OWN_SHEETS_WITH_HEADERS: readonly string[] = OWN_HEADERS.map(([s]) => s);
