import { deadlineFrom, readDeadlinePhrase } from "../../../src/core/vocab/deadlines";

/** Deadlines as people write them, counted from the inspection date (issue 13, point 2). */
test.each([
  ["即知即改", "2025-05-06", "immediate"],
  ["立行立改", "2025-05-06", "immediate"],
  ["长期坚持", "2025-05-06", "longTerm"],
  ["限3日内", "2025-05-06", "2025-05-09"],
  ["3日内完成", "2025-05-06", "2025-05-09"],
  ["三天内", "2025-05-06", "2025-05-09"],
  ["一周内", "2025-05-06", "2025-05-13"],
  ["两周内", "2025-05-06", "2025-05-20"],
  ["两周内完成整改", "2025-05-06", "2025-05-20"],
  ["本月内", "2025-05-06", "2025-05-31"],
  ["本月底前", "2025-05-06", "2025-05-31"],
  ["月底前", "2025-02-06", "2025-02-28"],
  ["本周内", "2025-05-06", "2025-05-11"],
  ["下月底前", "2025-12-06", "2026-01-31"],
  ["年底前", "2025-05-06", "2025-12-31"],
  ["一个月内", "2025-01-31", "2025-02-28"],
  ["半个月内", "2025-05-06", "2025-05-21"],
  ["十日内", "2025-05-06", "2025-05-16"],
  ["10个工作日内", "2025-05-09", "2025-05-23"],
  ["15天之内整改到位", "2025-05-06", "2025-05-21"],
])("%s from %s → %s", (text, inspectedOn, want) => {
  const phrase = readDeadlinePhrase(text);
  expect(phrase).not.toBeNull();
  expect(deadlineFrom(phrase!, inspectedOn)).toBe(want);
});

test.each(["5月底前", "6月30日前", "2025-06-30", "尽快", "按要求整改"])("%s is not a relative phrase", (text) => {
  expect(readDeadlinePhrase(text)).toBeNull();
});
