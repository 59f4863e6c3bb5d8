import { EXCEL_LIMITS } from "./sheetPlan";

/**
 * Cell text within Excel's limit: longer text is cut, ending in "…" so the cut shows. Both hosts
 * write through this: Excel on the web refuses a whole request for one cell over the limit, and a
 * file with such a cell is "repaired" on opening.
 */
export function cellTextWithinLimit(s: string): string {
  if (s.length <= EXCEL_LIMITS.cellChars) return s;
  let cut = s.slice(0, EXCEL_LIMITS.cellChars - 1);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
