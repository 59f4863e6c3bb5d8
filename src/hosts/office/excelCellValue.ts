import type { CellValue } from "../../core/model/grid";
import { cellTextWithinLimit } from "../../core/output/cellTextLimit";

/** A value as Office.js writes it: "" for an empty cell, text within Excel's cell limit. */
export function toExcel(v: CellValue): string | number | boolean {
  if (v === null) return "";
  return typeof v === "string" ? cellTextWithinLimit(v) : v;
}
