import { PROBLEM_CODES, type ProblemCode } from "../../../src/core/messages/zhCN";
import type { Problem } from "../../../src/core/model/problem";
import { problemsSheetPlan } from "../../../src/core/output/problemsSheetPlan";
import { ruleLabel } from "../../../src/core/validate/ruleLabels";

const problem = (code: ProblemCode): Problem => ({
  code,
  severity: "warning",
  sheet: "5月",
  row: 7,
  column: "G",
  field: "deadline",
  params: { value: "x", asOf: "2025-06-05", deadline: "2025-05-20", days: 16 },
  suggestion: null,
});

test("every kind of problem has a Chinese name", () => {
  for (const code of PROBLEM_CODES) expect(ruleLabel(code)).toMatch(/^[^A-Za-z]+$/);
});

test("the 规则 column of 校验结果 names the rule in Chinese, never its code", () => {
  const plan = problemsSheetPlan(
    PROBLEM_CODES.map((c) => problem(c)),
    "台账.xlsx",
  );
  const col = plan.columns.findIndex((c) => c.header === "规则");
  expect(col).toBeGreaterThanOrEqual(0);
  plan.rows.forEach((row, i) => {
    expect(row[col]).toBe(ruleLabel(PROBLEM_CODES[i]!));
    expect(String(row[col])).not.toMatch(/[A-Za-z]/);
  });
  expect(plan.rows.find((_, i) => PROBLEM_CODES[i] === "overdue")![col]).toBe("超期未整改提醒");
});
