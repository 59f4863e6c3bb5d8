import type { ProblemCode } from "../core/messages/zhCN";
import type { FindingField } from "../core/model/finding";
import type { Problem } from "../core/model/problem";
import type { ScoreRecord } from "../core/model/score";
import { withLedgerValues } from "../core/ledger/effectiveResult";
import { LEDGER_SHEET, ledgerColumnIndex } from "../core/output/ledgerSheetPlan";
import { problemsSheetPlan } from "../core/output/problemsSheetPlan";
import { scoresSheetPlan } from "../core/output/scoresSheetPlan";
import type { CellMark } from "../core/output/sheetPlan";
import type { WorkbookHost } from "../core/port/workbookHost";
import { buildUnitIndex } from "../core/registry/matchUnit";
import type { UnitEntry } from "../core/registry/unitRegistry";
import { scoringSettings, validationSettings, withDefaultRows } from "../core/settings/validationSettings";
import { settingsSheetPlan } from "../core/settings/settings";
import { validateStructured } from "../core/validate/validateWorkbook";
import { readLedgerRows } from "../core/output/readLedgerSheet";
import { editMarks } from "../core/output/ledgerSheetPlan";
import { writeLedger } from "./ledgerWriter";
import { structureRead, type StructureRun } from "./structureWorkflow";
import { todayIso } from "./today";
import { sheetNamed } from "../core/model/grid";
import { duplicateDocNoProblems } from "../core/notices/docNoReservation";
import { REGISTER_SHEET } from "../core/notices/noticeRegister";

export interface ValidateOptions {
  /** Overdue as of this date; else 设置's 超期截止日期; else today. */
  asOf?: string | null;
  /** A registry from another file (CLI --units); else this workbook's 单位名录. */
  registry?: readonly UnitEntry[] | null;
  /** Write 标准台账 (with marks), 校验结果 and 考评汇总. */
  write?: boolean;
}

export interface ValidationRun {
  structure: StructureRun;
  problems: Problem[];
  asOf: string;
  counts: { error: number; warning: number; info: number; byCode: Partial<Record<ProblemCode, number>> };
  scores: ScoreRecord[];
}

/** Marks on 标准台账 for problems of rows it holds, matched by source sheet and row (or found in 标准台账 itself). */
function ledgerMarks(run: StructureRun, problems: readonly Problem[]): CellMark[] {
  const rowOf = new Map(run.ledger.map((f, i) => [`${f.source.sheet ?? ""}\u0001${f.source.row}`, i]));
  const marks: CellMark[] = [];
  for (const p of problems) {
    if (p.row === null || !p.field || p.severity === "info") continue;
    const row = p.sheet === LEDGER_SHEET ? p.row - 2 : rowOf.get(`${p.sheet ?? ""}\u0001${p.row}`);
    const col = ledgerColumnIndex(p.field as FindingField);
    if (row !== undefined && col >= 0) marks.push({ row, col, severity: p.severity });
  }
  return marks;
}

/** 校验: structures, runs every enabled rule, and writes what a clerk needs to fix the entries. */
export async function runValidation(host: WorkbookHost, options: ValidateOptions = {}): Promise<ValidationRun> {
  const workbook = await host.readWorkbook();
  const structure = structureRead(workbook, options.registry);
  const vs = validationSettings(structure.settings);
  const asOf = options.asOf ?? vs.asOf ?? todayIso();
  const units = structure.registry.length > 0 ? buildUnitIndex(structure.registry) : null;
  // What the user sees in 标准台账 is judged: an office edit replaces the source's value.
  const effective = withLedgerValues(structure.result, structure.ledger);
  const problems = validateStructured(effective.result, { asOf, units, disabled: vs.disabled }, (f, field) => {
    const at = effective.ledgerRow(f, field);
    return at ? { sheet: LEDGER_SHEET, row: at.row + 2, column: ledgerColumnIndex(field) } : null;
  });
  // A 文号 registered twice in 通知书登记 (co-authors issuing at once, or an edit by hand).
  // A loop, not push(...): a register can be as long as the ledger, and a spread of it overflows the stack.
  for (const p of duplicateDocNoProblems(sheetNamed(workbook, REGISTER_SHEET))) problems.push(p);
  const scores = structure.result.tables.flatMap((t) => (t.kind === "scores" ? t.records : []));
  if (options.write !== false) {
    await writeLedger(host, structure.ledger, structure.events, {
      registrySize: structure.registry.length,
      marks: ledgerMarks(structure, problems),
    });
    await host.writeSheet(problemsSheetPlan(problems, workbook.fileName));
    if (scores.length > 0) await host.writeSheet(scoresSheetPlan(scores, scoringSettings(structure.settings)));
    // 设置 shows every rule and option, so a colleague can see and change what the check does.
    const defaults = withDefaultRows(structure.settings);
    if (defaults.changed) await host.writeSheet(settingsSheetPlan(defaults.settings));
  }
  const byCode: ValidationRun["counts"]["byCode"] = {};
  for (const p of problems) byCode[p.code] = (byCode[p.code] ?? 0) + 1;
  return {
    structure,
    problems,
    asOf,
    scores,
    counts: {
      error: problems.filter((p) => p.severity === "error").length,
      warning: problems.filter((p) => p.severity === "warning").length,
      info: problems.filter((p) => p.severity === "info").length,
      byCode,
    },
  };
}

/** 清除标记: removes the problem colours from 标准台账 in one step; cells the office edited stay marked. */
export async function clearMarks(host: WorkbookHost): Promise<void> {
  const sheet = await host.readSheet(LEDGER_SHEET);
  const rows = sheet ? readLedgerRows(sheet) : [];
  await host.markCells(
    LEDGER_SHEET,
    rows.flatMap((r) => editMarks([r.finding], r.row - 2)),
  );
}
