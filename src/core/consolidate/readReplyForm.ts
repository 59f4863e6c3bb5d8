import type { Deadline, Finding, Status } from "../model/finding";
import { cellAt, sheetNamed, type SheetGrid, type WorkbookGrid } from "../model/grid";
import { columnLetter } from "../model/address";
import { makeProblem, type Problem } from "../model/problem";
import { DEADLINE_LABELS } from "../model/finding";
import { parseLedgerDate, resolveYear } from "../normalize/parseLedgerDate";
import { fromIso } from "../normalize/calendar";
import { cellText, headerKey } from "../normalize/text";
import { toSimplified } from "../normalize/traditional";
import { stableHash } from "../structure/findingId";
import { normalizeStatus } from "../vocab/statuses";
import { FORM_COLUMNS, FORM_INFO_SHEET, type FormColumnKey } from "./replyForm";
import type { TrackedField } from "../ledger/ledgerRecord";

/** What a 交办单 says of its batch: its name, when it went out, the reply date, the units it went to. */
export interface FormBatch {
  batch: string;
  issuedOn: string | null;
  replyBy: string | null;
  units: string[];
}

/** A row of a returned 交办单: the finding it answers (by 编号) or a new one the unit added. */
export interface ReplyRow {
  /** The office's 编号, or null for a row the unit added. */
  id: string | null;
  finding: Finding;
  /** Fields the unit filled in (blank cells say nothing). */
  fields: TrackedField[];
}

export interface ReplyForm {
  sheet: string;
  unit: string | null;
  batch: FormBatch | null;
  rows: ReplyRow[];
  problems: Problem[];
}

const FIELD_OF: Partial<Record<FormColumnKey, TrackedField>> = {
  inspectedOn: "inspectedOn",
  category: "category",
  description: "description",
  location: "location",
  deadline: "deadline",
  status: "status",
  rectifiedOn: "rectifiedOn",
  measure: "measure",
  owner: "owner",
  phone: "phone",
};
const REPLY_FIELDS: readonly TrackedField[] = ["status", "rectifiedOn", "measure", "owner", "phone"];
const KEY_OF = new Map(FORM_COLUMNS.map((c) => [headerKey(c.header), c.key]));

/** The header row of a 交办单 (编号, 整改情况 and 完成时间 among its cells) and its columns. */
function formHeader(grid: SheetGrid): { row: number; cols: Map<FormColumnKey, number> } | null {
  for (let r = 0; r < Math.min(12, grid.values.length); r++) {
    const cols = new Map<FormColumnKey, number>();
    (grid.values[r] ?? []).forEach((v, c) => {
      const key = typeof v === "string" ? KEY_OF.get(headerKey(toSimplified(v))) : undefined;
      if (key && !cols.has(key)) cols.set(key, c);
    });
    if (cols.has("id") && cols.has("status") && cols.has("rectifiedOn")) return { row: r, cols };
  }
  return null;
}

function infoOf(workbook: WorkbookGrid): Map<string, string> {
  const info = new Map<string, string>();
  const sheet = sheetNamed(workbook, FORM_INFO_SHEET);
  for (const row of sheet?.values ?? []) {
    const k = cellText(row[0] ?? null);
    const v = cellText(row[1] ?? null);
    if (k && v) info.set(k, v);
  }
  return info;
}

const UNIT_LINE = /责任单位\s*[:：]\s*([^\s\u3000，,]+)/;

/**
 * Reads a 交办单 that came back (or rows a unit copied with their headers into its own file):
 * replies by 编号, rows added below as new findings, unreadable dates and statuses as problems.
 * Null when the workbook holds no such form.
 */
export function readReplyForm(workbook: WorkbookGrid): ReplyForm | null {
  for (const grid of workbook.sheets) {
    if (grid.name === FORM_INFO_SHEET) continue;
    const header = formHeader(grid);
    if (header) return readForm(workbook, grid, header);
  }
  return null;
}

function readForm(workbook: WorkbookGrid, grid: SheetGrid, header: { row: number; cols: Map<FormColumnKey, number> }): ReplyForm {
  const info = infoOf(workbook);
  let unit = info.get("单位") ?? null;
  for (let r = 0; r < header.row && !unit; r++)
    for (const v of grid.values[r] ?? []) {
      const m = typeof v === "string" ? UNIT_LINE.exec(v) : null;
      if (m) unit = m[1]!;
    }
  const issuedOn = info.get("交办日期") ?? null;
  const reference = fromIso(issuedOn && /^\d{4}-\d{2}-\d{2}$/.test(issuedOn) ? issuedOn : "2000-01-01");
  const sheet = grid.isCsv ? null : grid.name;
  const problems: Problem[] = [];
  const rows: ReplyRow[] = [];
  for (let r = header.row + 1; r < grid.values.length; r++) {
    const get = (key: FormColumnKey) => {
      const c = header.cols.get(key);
      return c === undefined ? null : cellAt(grid, r, c);
    };
    const text = (key: FormColumnKey): string | null => cellText(get(key));
    const problem = (key: FormColumnKey, code: Problem["code"], params: Problem["params"]) =>
      problems.push(
        makeProblem({
          code,
          severity: "error",
          sheet,
          row: r + 1,
          column: columnLetter(header.cols.get(key)!),
          field: FIELD_OF[key] ?? null,
          params,
        }),
      );
    const date = (key: FormColumnKey, label: string): string | null => {
      const v = get(key);
      if (v === null) return null;
      const p = parseLedgerDate(v);
      if (p.kind === "date") return p.iso;
      if (p.kind === "partial" && issuedOn) {
        const ymd = resolveYear(p.month, p.day, reference);
        if (ymd) return `${ymd.year}-${String(ymd.month).padStart(2, "0")}-${String(ymd.day).padStart(2, "0")}`;
      }
      problem(key, "date-unreadable", { label, value: String(v) });
      return null;
    };
    let id = text("id");
    const description = text("description");
    const statusText = text("status");
    if (!id && !description && !statusText) continue;
    const status: Status | null = statusText ? normalizeStatus(toSimplified(statusText)) : null;
    if (statusText && !status) problem("status", "status-unknown", { value: statusText });
    const deadlineText = text("deadline");
    const deadline: Deadline | null =
      deadlineText === DEADLINE_LABELS.immediate
        ? "immediate"
        : deadlineText === DEADLINE_LABELS.longTerm
          ? "longTerm"
          : date("deadline", "整改时限");
    const finding: Finding = {
      id: "",
      source: { file: workbook.fileName, sheet, row: r + 1 },
      inspectedOn: date("inspectedOn", "检查日期"),
      unit,
      category: text("category"),
      description,
      location: text("location"),
      // A row the unit added may say what is required rather than what was done.
      measure: text("measure") ?? (id ? null : text("requirement")),
      deadline,
      status,
      rectifiedOn: date("rectifiedOn", "完成时间"),
      owner: text("owner"),
      phone: text("phone"),
      noticeNo: null,
      remark: null,
    };
    if (!id) id = null;
    finding.id =
      id ?? `CW-${stableHash(`${sheet ?? ""}\u0001${unit}\u0001${finding.inspectedOn}\u0001${description}\u0001${finding.location}`)}`;
    const fields = id ? REPLY_FIELDS : (Object.values(FIELD_OF) as TrackedField[]);
    rows.push({ id, finding, fields: fields.filter((f) => finding[f] !== null) });
  }
  const batch = info.get("批次");
  return {
    sheet: grid.name,
    unit,
    batch: batch
      ? { batch, issuedOn, replyBy: info.get("回复期限") ?? null, units: (info.get("本批次单位") ?? "").split("、").filter(Boolean) }
      : null,
    rows,
    problems,
  };
}
