import type { ProblemCode } from "../messages/zhCN";
import type { Finding, FindingField } from "../model/finding";
import type { Severity } from "../model/problem";
import type { UnitIndex } from "../registry/matchUnit";
import type { LedgerPeriod } from "../structure/ledgerPeriod";

export interface RuleContext {
  /** Overdue is judged as of this ISO date. */
  asOf: string;
  units: UnitIndex | null;
  period: LedgerPeriod | null;
  /** First source row of each (unit, description, location, date), for duplicates. */
  firstOccurrence: ReadonlyMap<string, number>;
  /** Fields of this row that structuring already reported (an unreadable date is not also "missing"). */
  alreadyReported: ReadonlySet<FindingField>;
  /** Fields the ledger has a column for: a ledger that never records completion dates is not wrong on every row. */
  columns: ReadonlySet<FindingField>;
}

export interface RuleHit {
  params?: Record<string, string | number>;
  suggestion?: string | null;
}

/** One check on one finding: a code, a severity, the field it points at, and the check itself. */
export interface FindingRule {
  code: ProblemCode;
  severity: Severity;
  field: FindingField;
  /** 中文 name shown in 设置 where rules are turned on and off. */
  label: string;
  /** Fields the ledger must have columns for before the rule means anything. */
  needs: readonly FindingField[];
  check(finding: Finding, ctx: RuleContext): RuleHit | null;
}

export function duplicateKey(f: Finding): string | null {
  if (!f.unit || !f.description || !f.inspectedOn) return null;
  return [f.unit, f.description, f.location ?? "", f.inspectedOn].join("\u0001");
}
