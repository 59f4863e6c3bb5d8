import { REGISTRY_COLUMNS, REGISTRY_SHEET, type UnitEntry } from "../registry/unitRegistry";
import { textColumn, type SheetPlan } from "./sheetPlan";

export function registrySheetPlan(entries: readonly UnitEntry[]): SheetPlan {
  const widths = [22, 24, 14, 12, 10, 16];
  return {
    name: REGISTRY_SHEET,
    columns: REGISTRY_COLUMNS.map((c, i) => textColumn(c.header, widths[i]!)),
    rows: entries.map((e) => [e.name, e.aliases.join("、") || null, e.type, e.street, e.contact, e.phone]),
    table: { name: "单位名录表", style: "TableStyleLight9" },
    freezeHeader: true,
  };
}
