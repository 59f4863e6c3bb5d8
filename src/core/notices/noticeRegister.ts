import { z } from "zod";
import { cellAt, type CellValue, type SheetGrid } from "../model/grid";
import { textColumn, type SheetPlan } from "../output/sheetPlan";
import { cellText } from "../normalize/text";
import { excelSerialToYMD, isoToExcelSerial, toIso } from "../normalize/calendar";
import { parseDocNo } from "./docNumber";

export const REGISTER_SHEET = "通知书登记";

export const RegisterEntrySchema = z.object({
  docNo: z.string(),
  year: z.number().int(),
  number: z.number().int().positive(),
  unit: z.string(),
  issuedOn: z.string(),
  problemCount: z.number().int().nonnegative(),
  findingIds: z.array(z.string()),
  status: z.enum(["有效", "作废"]),
});
export type RegisterEntry = z.infer<typeof RegisterEntrySchema>;

export const REGISTER_HEADERS = ["文号", "责任单位", "发文日期", "问题数", "问题编号", "状态"] as const;

/** Where each of the register's columns is in a 通知书登记 sheet (found by header, wherever users moved them). */
export function registerColumns(grid: SheetGrid): Map<string, number> {
  const cols = new Map<string, number>();
  (grid.values[0] ?? []).forEach((v, c) => {
    const t = cellText(v);
    if (t && (REGISTER_HEADERS as readonly string[]).includes(t)) cols.set(t, c);
  });
  return cols;
}

/** One register row, in the columns of REGISTER_HEADERS. */
export function registerRow(e: RegisterEntry, status: string = e.status): CellValue[] {
  return [
    e.docNo,
    e.unit,
    /^\d{4}-\d{2}-\d{2}$/.test(e.issuedOn) ? isoToExcelSerial(e.issuedOn) : e.issuedOn,
    e.problemCount,
    e.findingIds.join("、"),
    status,
  ];
}

/** Reads 通知书登记; rows whose 文号 cannot be read are kept out of numbering but not lost (they stay in the sheet). */
export function parseRegister(grid: SheetGrid | null): RegisterEntry[] {
  if (!grid) return [];
  const cols = registerColumns(grid);
  const out: RegisterEntry[] = [];
  for (let r = 1; r < grid.values.length; r++) {
    const get = (h: string) => cellAt(grid, r, cols.get(h) ?? -1);
    const docNo = cellText(get("文号"));
    const parsed = docNo ? parseDocNo(docNo) : null;
    if (!docNo || !parsed) continue;
    const date = get("发文日期");
    const ymd = typeof date === "number" ? excelSerialToYMD(date) : null;
    out.push({
      docNo,
      year: parsed.year,
      number: parsed.number,
      unit: cellText(get("责任单位")) ?? "",
      issuedOn: ymd ? toIso(ymd) : (cellText(date) ?? ""),
      problemCount: Number(get("问题数")) || 0,
      findingIds: (cellText(get("问题编号")) ?? "").split(/[、,，\s]+/).filter(Boolean),
      status: cellText(get("状态")) === "作废" ? "作废" : "有效",
    });
  }
  return out;
}

/**
 * The next numbers for a year: one more than the highest ever issued that year, voided ones
 * included (a voided number is never reused), so numbers neither repeat nor skip.
 */
export function nextNumbers(entries: readonly RegisterEntry[], year: number, count: number): number[] {
  const max = entries.filter((e) => e.year === year).reduce((m, e) => Math.max(m, e.number), 0);
  return Array.from({ length: count }, (_, i) => max + 1 + i);
}

/** Voids a notice: it keeps its number and row, marked 作废. */
export function voidNotice(entries: readonly RegisterEntry[], docNo: string): RegisterEntry[] {
  return entries.map((e) => (e.docNo === docNo ? { ...e, status: "作废" } : e));
}

export function registerSheetPlan(entries: readonly RegisterEntry[]): SheetPlan {
  const sorted = [...entries].sort((a, b) => a.year - b.year || a.number - b.number);
  return {
    name: REGISTER_SHEET,
    columns: [
      textColumn("文号", 22),
      textColumn("责任单位", 20),
      { header: "发文日期", width: 12, numberFormat: "yyyy-mm-dd", kind: "date" },
      { header: "问题数", width: 8, numberFormat: null, kind: "number" },
      textColumn("问题编号", 40),
      textColumn("状态", 8),
    ],
    rows: sorted.map((e) => registerRow(e)),
    table: { name: "通知书登记表", style: "TableStyleLight9" },
    freezeHeader: true,
  };
}
