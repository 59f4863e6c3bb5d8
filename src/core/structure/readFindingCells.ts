import { columnLetter } from "../model/address";
import type { Deadline, FindingField, Status } from "../model/finding";
import type { CellValue } from "../model/grid";
import { makeProblem, type Problem } from "../model/problem";
import { parseLedgerDate, type DateParse } from "../normalize/parseLedgerDate";
import { normalizeCategory, type CategoryIndex, categoryCore } from "../normalize/normalizeCategory";
import { toSimplified } from "../normalize/traditional";
import { foldFreeText } from "../normalize/text";
import { deadlineDateText, readDeadlinePhrase, type DeadlinePhrase } from "../vocab/deadlines";
import { readStatusText } from "../vocab/statusText";

/** One row's cells read into field values; dates stay parsed-but-unresolved until the year is known. */
export interface RowDraft {
  row: number;
  text: Partial<
    Record<
      "unit" | "category" | "description" | "location" | "measure" | "owner" | "phone" | "noticeNo" | "remark" | "origin",
      string | null
    >
  >;
  status: Status | null;
  inspectedOn: DateParse;
  rectifiedOn: DateParse;
  deadline:
    | { kind: "word"; value: Deadline }
    | { kind: "relative"; phrase: DeadlinePhrase; text: string }
    | { kind: "date"; parse: DateParse }
    | { kind: "unreadable"; text: string }
    | { kind: "empty" };
  problems: Problem[];
  /** Description and location folded as ids have always hashed them (see extractFindings). */
  idText: { description: string | null; location: string | null };
}

export interface RowContext {
  sheet: string | null;
  traditional: boolean;
  categories: CategoryIndex;
  fieldCols: Partial<Record<FindingField, number>>;
  groupLabel: string | null;
  /** 单位名录 aliases (简称, accepted near misses) → registered names. */
  unitAliases: ReadonlyMap<string, string>;
  /** What the sheet's title, tab or section says for every row: its unit, category and 来源. */
  defaults: { unit: string | null; category: string | null; origin: string | null };
}

const SIMPLIFY_ALWAYS = new Set(["unit", "category"]);
const PLAIN_TEXT = ["unit", "description", "location", "measure", "owner", "remark", "noticeNo", "origin"] as const;
// Free text kept as the ledger wrote it: its line breaks (numbered points, an address over two lines)
// and its Chinese punctuation. Cells with nothing to fold are taken as they are.
const FREE_TEXT = new Set<string>(["description", "location", "measure", "remark"]);
// Where the ledger's own text differs from the folded one: line breaks and full-width punctuation.
const OWN_TEXT_DIFFERS = /[\r\n\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff5e]/;

// A lone slash, dash or 无 is how clerks say "nothing here".
const NOTHING_HERE = /^[/\\—\-－_]+$|^(无|空)$/;
// The characters such a text starts with: any other first character settles it without the regex.
const NOTHING_FIRST = "/\\—-－_无空";

/** Whether a folded cell text is a clerk's "nothing here" mark (—, /, 无, 空). */
export function saysNothing(s: string): boolean {
  return s !== "" && NOTHING_FIRST.includes(s[0]!) && NOTHING_HERE.test(s);
}

function textOf(t: string | null, field: string, traditional: boolean): string | null {
  if (t === null) return null;
  const s = traditional || SIMPLIFY_ALWAYS.has(field) ? toSimplified(t) : t;
  return saysNothing(s) ? null : s;
}

function phoneText(v: CellValue, t: string | null): string | null {
  if (typeof v === "number") return String(v);
  return t === null ? null : t.replace(/\s+/g, "");
}

function cellOf(values: readonly CellValue[], ctx: RowContext, f: FindingField): CellValue {
  const c = ctx.fieldCols[f];
  return c === undefined ? null : (values[c] ?? null);
}

function textAt(texts: ReadonlyArray<string | null>, ctx: RowContext, f: FindingField): string | null {
  const c = ctx.fieldCols[f];
  return c === undefined ? null : (texts[c] ?? null);
}

function addProblem(
  problems: Problem[],
  ctx: RowContext,
  row: number,
  code: Problem["code"],
  field: FindingField,
  severity: Problem["severity"],
  params: Problem["params"],
): void {
  const c = ctx.fieldCols[field];
  problems.push(
    makeProblem({ code, severity, sheet: ctx.sheet, row: row + 1, column: c === undefined ? null : columnLetter(c), field, params }),
  );
}

function formatOf(formats: ReadonlyArray<string | null> | undefined, ctx: RowContext, f: FindingField): string | null {
  const c = ctx.fieldCols[f];
  return c === undefined ? null : (formats?.[c] ?? null);
}

/** Reads one data row; `texts` are the row's cells already folded (see rowShape). */
export function readRow(
  values: readonly CellValue[],
  texts: ReadonlyArray<string | null>,
  formats: ReadonlyArray<string | null> | undefined,
  row: number,
  ctx: RowContext,
): RowDraft {
  const problems: Problem[] = [];
  const fields: RowDraft["text"] = {};
  const idText: RowDraft["idText"] = { description: null, location: null };
  for (const f of PLAIN_TEXT) {
    const folded = textOf(textAt(texts, ctx, f), f, ctx.traditional);
    const raw = FREE_TEXT.has(f) ? cellOf(values, ctx, f) : null;
    fields[f] = typeof raw === "string" && OWN_TEXT_DIFFERS.test(raw) ? textOf(foldFreeText(raw) || null, f, ctx.traditional) : folded;
    if (f === "description" || f === "location") idText[f] = folded;
  }
  fields.phone = phoneText(cellOf(values, ctx, "phone"), textAt(texts, ctx, "phone"));
  if (ctx.fieldCols.unit === undefined) fields.unit = ctx.defaults.unit;
  fields.origin ??= ctx.defaults.origin;
  const registered = fields.unit ? ctx.unitAliases.get(fields.unit) : undefined;
  if (registered && fields.unit) {
    addProblem(problems, ctx, row, "unit-alias", "unit", "info", { value: fields.unit, name: registered });
    fields.unit = registered;
  }

  const rawCategory = textOf(textAt(texts, ctx, "category"), "category", true);
  if (rawCategory !== null) {
    const known = normalizeCategory(rawCategory, ctx.categories);
    if (!known) addProblem(problems, ctx, row, "category-unknown", "category", "info", { value: rawCategory });
    fields.category = known ?? rawCategory;
  } else if (ctx.groupLabel) {
    fields.category = normalizeCategory(ctx.groupLabel, ctx.categories) ?? categoryCore(ctx.groupLabel);
  } else fields.category = ctx.defaults.category;

  let status: Status | null = null;
  let statusDate: DateParse | null = null;
  const rawStatus = textOf(textAt(texts, ctx, "status"), "status", true);
  if (rawStatus !== null) {
    const reading = readStatusText(rawStatus);
    status = reading.status;
    statusDate = reading.completedOn;
    if (status === null) addProblem(problems, ctx, row, "status-unknown", "status", "warning", { value: rawStatus });
  }

  const deadlineValue = cellOf(values, ctx, "deadline");
  let deadline: RowDraft["deadline"] = { kind: "empty" };
  const deadlineText = textAt(texts, ctx, "deadline");
  if (typeof deadlineValue === "number") {
    deadline = dateDeadline(parseLedgerDate(deadlineValue, formatOf(formats, ctx, "deadline")), deadlineText ?? "");
  } else if (deadlineText !== null && !/^[/\\—\-－_]+$|^无$/.test(deadlineText)) {
    const simplified = toSimplified(deadlineText);
    const phrase = readDeadlinePhrase(simplified);
    if (phrase?.kind === "word") deadline = { kind: "word", value: phrase.value };
    else if (phrase) deadline = { kind: "relative", phrase, text: deadlineText };
    else {
      const parse = parseLedgerDate(
        typeof deadlineValue === "string" ? deadlineDateText(simplified) : deadlineValue,
        formatOf(formats, ctx, "deadline"),
      );
      deadline = dateDeadline(parse, deadlineText);
    }
  }
  return {
    row,
    text: fields,
    status,
    inspectedOn: parseLedgerDate(cellOf(values, ctx, "inspectedOn"), formatOf(formats, ctx, "inspectedOn")),
    rectifiedOn: completion(parseLedgerDate(cellOf(values, ctx, "rectifiedOn"), formatOf(formats, ctx, "rectifiedOn")), statusDate),
    deadline,
    problems,
    idText,
  };
}

/** A completion column wins; where it is empty or missing, a date written in the status sentence counts. */
function completion(column: DateParse, fromStatus: DateParse | null): DateParse {
  return column.kind === "empty" && fromStatus ? fromStatus : column;
}

function dateDeadline(parse: DateParse, text: string): RowDraft["deadline"] {
  return parse.kind === "unreadable" ? { kind: "unreadable", text } : { kind: "date", parse };
}
