import type { Finding } from "../model/finding";
import { DATE_FORMAT, LEDGER_COLUMNS } from "./ledgerColumns";
import type { SheetPlan } from "./sheetPlan";

export const LEDGER_SHEET = "标准台账";
export const LEDGER_TABLE = "标准台账表";

export function ledgerSheetPlan(findings: readonly Finding[]): SheetPlan {
  return {
    name: LEDGER_SHEET,
    columns: LEDGER_COLUMNS.map((c) => ({ header: c.header, width: c.width, numberFormat: c.kind === "date" ? DATE_FORMAT : c.kind === "text" ? "@" : null, kind: c.kind })),
    rows: findings.map((f) => LEDGER_COLUMNS.map((c) => c.get(f))),
    table: { name: LEDGER_TABLE, style: "TableStyleMedium2" },
    freezeHeader: true,
  };
}
