import { type Deadline, type Status, STATUS_LABELS, DEADLINE_LABELS } from "../model/finding";
import { cellAt, type SheetGrid } from "../model/grid";
import { decodeState, type LedgerRecord } from "../ledger/ledgerRecord";
import { stampFromCell } from "../ledger/ledgerTime";
import { excelSerialToIso } from "../normalize/calendar";
import { parseLedgerDate } from "../normalize/parseLedgerDate";
import { cellText } from "../normalize/text";
import { stableHash } from "../structure/findingId";
import { toSimplified } from "../normalize/traditional";
import { normalizeStatus } from "../vocab/statuses";
import { LEDGER_COLUMNS } from "./ledgerColumns";

const STATUS_BY_LABEL = new Map(Object.entries(STATUS_LABELS).map(([k, v]) => [v, k as Status]));
const LEDGER_SHEET_NAME = "标准台账";

function isoOf(v: unknown): string | null {
  if (typeof v === "number") return excelSerialToIso(v);
  if (typeof v === "string") {
    const p = parseLedgerDate(v);
    return p.kind === "date" ? p.iso : null;
  }
  return null;
}

/**
 * Reads an existing 标准台账 back into records, by header names (users may reorder or add
 * columns), with what the office changed there. A rerun starts from these.
 */
export function readLedgerSheet(grid: SheetGrid): LedgerRecord[] {
  return readLedgerRows(grid).map((r) => r.finding);
}

/** Like readLedgerSheet, with each record's 1-based row in 标准台账; rows absent from the grid are skipped. */
export function readLedgerRows(grid: SheetGrid): Array<{ row: number; finding: LedgerRecord }> {
  const headerRow = grid.values[0] ?? [];
  const colOf = new Map<string, number>();
  headerRow.forEach((v, c) => {
    const col = LEDGER_COLUMNS.find((x) => x.header === cellText(v));
    if (col && !colOf.has(col.key)) colOf.set(col.key, c);
  });
  if (!colOf.has("id")) return [];
  const out: Array<{ row: number; finding: LedgerRecord }> = [];
  for (let r = 1; r < grid.values.length; r++) {
    if (!grid.values[r]) continue;
    const get = (key: string): unknown => {
      const c = colOf.get(key);
      return c === undefined ? null : cellAt(grid, r, c);
    };
    // Text is read as the clerk typed it (full-width punctuation, line breaks): rewriting the sheet must not alter it.
    const text = (key: string): string | null => {
      const v = (get(key) ?? null) as string | number | boolean | null;
      if (typeof v !== "string") return cellText(v);
      const t = v.trim();
      return t === "" ? null : t;
    };
    const unit = text("unit");
    const description = text("description");
    const inspectedOn = isoOf(get("inspectedOn"));
    const location = text("location");
    let id = text("id");
    // A row typed into 标准台账 by hand has no 编号 yet: it gets one from what it says, and is kept.
    if (!id && (unit || description))
      id = `CW-${stableHash(`${LEDGER_SHEET_NAME}\u0001${inspectedOn}\u0001${unit}\u0001${description}\u0001${location}`)}`;
    if (!id) continue;
    const deadlineText = text("deadline");
    let deadline: Deadline | null = null;
    if (deadlineText === DEADLINE_LABELS.immediate) deadline = "immediate";
    else if (deadlineText === DEADLINE_LABELS.longTerm) deadline = "longTerm";
    else deadline = isoOf(get("deadline"));
    const row = Number(get("sourceRow"));
    const file = text("sourceFile");
    const statusText = text("status");
    out.push({
      row: r + 1,
      finding: {
        id,
        source:
          file !== null
            ? { file, sheet: text("sourceSheet"), row: Number.isInteger(row) && row > 0 ? row : 1 }
            : { file: "", sheet: LEDGER_SHEET_NAME, row: r + 1 },
        inspectedOn,
        unit,
        category: text("category"),
        description,
        location,
        measure: text("measure"),
        deadline,
        // A status typed in other words (已完成, √) is read as the vocabulary reads sources.
        status: statusText === null ? null : (STATUS_BY_LABEL.get(statusText) ?? normalizeStatus(toSimplified(statusText))),
        rectifiedOn: isoOf(get("rectifiedOn")),
        owner: text("owner"),
        phone: text("phone"),
        noticeNo: text("noticeNo"),
        remark: text("remark"),
        origin: text("origin"),
        reportedBy: text("reportedBy"),
        updatedAt: stampFromCell(get("updatedAt")),
        state: decodeState(typeof get("state") === "string" ? (get("state") as string) : null),
      },
    });
  }
  return out;
}
