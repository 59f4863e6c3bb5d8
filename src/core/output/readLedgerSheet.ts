import { type Deadline, type Finding, type Status, STATUS_LABELS, DEADLINE_LABELS } from "../model/finding";
import { cellAt, type SheetGrid } from "../model/grid";
import { excelSerialToYMD, toIso } from "../normalize/calendar";
import { parseLedgerDate } from "../normalize/parseLedgerDate";
import { cellText, foldFreeText } from "../normalize/text";
import { LEDGER_COLUMNS } from "./ledgerColumns";

const STATUS_BY_LABEL = new Map(Object.entries(STATUS_LABELS).map(([k, v]) => [v, k as Status]));

function isoOf(v: unknown): string | null {
  if (typeof v === "number") {
    const ymd = excelSerialToYMD(v);
    return ymd ? toIso(ymd) : null;
  }
  if (typeof v === "string") {
    const p = parseLedgerDate(v);
    return p.kind === "date" ? p.iso : null;
  }
  return null;
}

/**
 * Reads an existing 标准台账 back into findings, by header names (users may reorder or add
 * columns). Used so a rerun keeps what was added in the workbook (通知书编号) and other files' rows.
 */
export function readLedgerSheet(grid: SheetGrid): Finding[] {
  return readLedgerRows(grid).map((r) => r.finding);
}

/** Like readLedgerSheet, with each finding's 1-based row in 标准台账; rows absent from the grid are skipped. */
export function readLedgerRows(grid: SheetGrid): Array<{ row: number; finding: Finding }> {
  const headerRow = grid.values[0] ?? [];
  const colOf = new Map<string, number>();
  headerRow.forEach((v, c) => {
    const col = LEDGER_COLUMNS.find((x) => x.header === cellText(v));
    if (col && !colOf.has(col.key)) colOf.set(col.key, c);
  });
  if (!colOf.has("id")) return [];
  const out: Array<{ row: number; finding: Finding }> = [];
  for (let r = 1; r < grid.values.length; r++) {
    if (!grid.values[r]) continue;
    const get = (key: string): unknown => {
      const c = colOf.get(key);
      return c === undefined ? null : cellAt(grid, r, c);
    };
    const text = (key: string): string | null => cellText((get(key) ?? null) as string | number | null);
    // Free text comes back as written, line breaks included (as structuring keeps it).
    const free = (key: string): string | null => {
      const v = get(key);
      return typeof v === "string" ? foldFreeText(v) || null : text(key);
    };
    const id = text("id");
    if (!id) continue;
    const deadlineText = text("deadline");
    let deadline: Deadline | null = null;
    if (deadlineText === DEADLINE_LABELS.immediate) deadline = "immediate";
    else if (deadlineText === DEADLINE_LABELS.longTerm) deadline = "longTerm";
    else deadline = isoOf(get("deadline"));
    const row = Number(get("sourceRow"));
    out.push({
      row: r + 1,
      finding: {
        id,
        source: { file: text("sourceFile") ?? "", sheet: text("sourceSheet"), row: Number.isInteger(row) && row > 0 ? row : 1 },
        inspectedOn: isoOf(get("inspectedOn")),
        unit: text("unit"),
        category: text("category"),
        description: free("description"),
        location: free("location"),
        measure: free("measure"),
        deadline,
        status: STATUS_BY_LABEL.get(text("status") ?? "") ?? null,
        rectifiedOn: isoOf(get("rectifiedOn")),
        owner: text("owner"),
        phone: text("phone"),
        noticeNo: text("noticeNo"),
        remark: free("remark"),
      },
    });
  }
  return out;
}
