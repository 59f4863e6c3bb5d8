import type { Finding } from "../../../src/core/model/finding";
import { monthsWithFindings } from "../../../src/core/report/reportMonths";
import { defaultReportMonth } from "../../../src/workflows/reportWorkflow";
import { blankFinding } from "../../helpers/finding";

const f = (inspectedOn: string | null): Finding =>
  blankFinding({ id: `F${inspectedOn}`, source: { file: "a", sheet: "s", row: 1 }, inspectedOn, unit: "甲" });

test("the months with findings, newest first, with their counts; undated findings are left out", () => {
  const ledger = [f("2025-04-02"), f("2025-05-03"), f("2024-12-30"), f("2025-05-20"), f(null)];
  expect(monthsWithFindings(ledger)).toEqual([
    { month: "2025-05", found: 2 },
    { month: "2025-04", found: 1 },
    { month: "2024-12", found: 1 },
  ]);
});

test("a report opens on the latest month with findings, not on last calendar month", () => {
  expect(defaultReportMonth([f("2025-04-02"), f("2025-05-03")], "2026-11-23")).toBe("2025-05");
  // With nothing dated, last calendar month is all there is.
  expect(defaultReportMonth([f(null)], "2026-01-10")).toBe("2025-12");
});
