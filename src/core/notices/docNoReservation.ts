import { columnLetter } from "../model/address";
import { cellAt, type SheetGrid } from "../model/grid";
import { makeProblem, type Problem } from "../model/problem";
import { cellText } from "../normalize/text";
import { parseDocNo } from "./docNumber";
import { REGISTER_SHEET, registerColumns } from "./noticeRegister";

/**
 * Co-authored workbooks: two clerks may press 生成通知书 at the same moment. Numbers are reserved by
 * appending rows marked with a token of this attempt ("预留 <token>") to 通知书登记, then reading the
 * register again: a number held by an earlier row than ours is someone else's, and we try again with
 * fresh numbers. Only then are the rows marked 有效 and the notices printed.
 */
export const RESERVED = "预留";

export const reservedStatus = (token: string): string => `${RESERVED} ${token}`;

interface RegisterLine {
  /** 0-based sheet row. */
  row: number;
  key: string;
  docNo: string;
  status: string;
}

function registerLines(grid: SheetGrid): RegisterLine[] {
  const cols = registerColumns(grid);
  const out: RegisterLine[] = [];
  for (let r = 1; r < grid.values.length; r++) {
    const docNo = cellText(cellAt(grid, r, cols.get("文号") ?? -1));
    const parsed = docNo ? parseDocNo(docNo) : null;
    if (!docNo || !parsed) continue;
    out.push({ row: r, key: `${parsed.year}-${parsed.number}`, docNo, status: cellText(cellAt(grid, r, cols.get("状态") ?? -1)) ?? "" });
  }
  return out;
}

export interface ReservationOutcome {
  /** Every number we reserved is ours: no earlier row holds it, and none of our rows was overwritten. */
  won: boolean;
  /** Our rows (0-based sheet rows) as they stand, to mark 有效 or to clear. */
  rows: number[];
  /** The column of 状态 (0-based). */
  statusCol: number;
  width: number;
}

/** Reads back a reservation of `count` numbers made with `token`. */
export function reservationOutcome(grid: SheetGrid | null, token: string, count: number): ReservationOutcome {
  if (!grid) return { won: false, rows: [], statusCol: 5, width: 6 };
  const lines = registerLines(grid);
  const mine = lines.filter((l) => l.status === reservedStatus(token));
  const first = new Map<string, number>();
  for (const l of lines) if (!first.has(l.key)) first.set(l.key, l.row);
  const won = mine.length === count && mine.every((l) => first.get(l.key) === l.row);
  const cols = registerColumns(grid);
  return { won, rows: mine.map((l) => l.row), statusCol: cols.get("状态") ?? 5, width: Math.max(6, (grid.values[0] ?? []).length) };
}

/** A 文号 registered more than once (two clerks issuing at once without the reservation, or an edit by hand). */
export function duplicateDocNoProblems(grid: SheetGrid | null): Problem[] {
  if (!grid) return [];
  const col = registerColumns(grid).get("文号") ?? 0;
  const byKey = new Map<string, RegisterLine[]>();
  for (const l of registerLines(grid)) {
    const list = byKey.get(l.key) ?? [];
    list.push(l);
    byKey.set(l.key, list);
  }
  const problems: Problem[] = [];
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const rows = list.map((l) => l.row + 1).join("、");
    for (const l of list)
      problems.push(
        makeProblem({
          code: "doc-no-duplicate",
          severity: "error",
          sheet: REGISTER_SHEET,
          row: l.row + 1,
          column: columnLetter(col),
          field: "row",
          params: { docNo: l.docNo, count: list.length, rows },
        }),
      );
  }
  return problems;
}
