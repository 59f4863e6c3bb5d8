import type { Finding } from "../../../src/core/model/finding";
import { makeProblem, type Problem } from "../../../src/core/model/problem";
import type { StructureResult } from "../../../src/core/structure/structureWorkbook";
import { validateStructured } from "../../../src/core/validate/validateWorkbook";
import { blankFinding } from "../../helpers/finding";

// 300,000 rows is the size the CLI must take (issue 12); built in memory, so the test stays fast.
const N = 300_000;

function finding(i: number): Finding {
  return blankFinding({
    id: `f${i}`,
    source: { file: "big.xlsx", sheet: "台账", row: i + 3 },
    inspectedOn: "2024-05-11",
    description: `问题${i}`,
    deadline: "2024-05-26",
    status: "pending",
  });
}

const problem = (row: number): Problem =>
  makeProblem({ code: "date-impossible", severity: "error", sheet: "台账", row, column: "B", field: "inspectedOn" });

const base = {
  sheet: "台账",
  sheetName: "台账",
  headerRows: [2],
  period: { year: 2024, month: null, source: null },
  skippedRows: [],
  rowsExamined: N,
};

test("300,000 findings each with a problem are validated without overflowing the stack", () => {
  const records = Array.from({ length: N }, (_, i) => finding(i));
  const result: StructureResult = {
    file: "big.xlsx",
    skipped: [],
    tables: [
      {
        ...base,
        sheet: "考评",
        sheetName: "考评",
        kind: "scores",
        mapping: [],
        problems: records.map((f) => problem(f.source.row)),
        records: [],
      },
      {
        ...base,
        kind: "findings",
        mapping: [{ col: 2, letter: "C", label: "责任单位", field: "unit", confidence: 1, source: "header" }],
        problems: records.map((f) => problem(f.source.row)),
        records,
      },
    ],
  };
  const problems = validateStructured(result, { asOf: "2024-12-31", units: null, disabled: new Set() });
  // The score sheet's own problems, every row's structuring problem, and 责任单位 missing in every row.
  expect(problems.filter((p) => p.code === "date-impossible")).toHaveLength(2 * N);
  expect(problems.filter((p) => p.field === "unit")).toHaveLength(N);
});
