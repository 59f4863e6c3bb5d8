import type { CellValue } from "../core/model/grid";
import { excelSerialToYMD, toIso } from "../core/normalize/calendar";
import { isDateFormat } from "../core/normalize/parseLedgerDate";
import { cellText } from "../core/normalize/text";

/** How the pane shows a raw source cell: as Excel shows it where it matters (dates as dates), else folded text. */
export function displayCell(value: CellValue, numberFormat: string | null = null): string | null {
  if (typeof value === "number" && isDateFormat(numberFormat)) {
    const ymd = excelSerialToYMD(value);
    if (ymd) return toIso(ymd);
  }
  return cellText(value);
}
