import type { FindingRule } from "./rule";
import { rectifiedWithoutDate, openWithCompletionDate } from "./rules/completion";
import { badPhone } from "./rules/contact";
import { dateOutOfPeriod, deadlineBeforeInspection, rectifiedBeforeInspection } from "./rules/dateOrder";
import { duplicateFinding } from "./rules/duplicates";
import { overdue } from "./rules/overdue";
import { missingDescription, missingInspectionDate, missingUnit } from "./rules/requiredFields";
import { unknownUnit } from "./rules/units";

/** Every rule, in the order problems are listed. Each can be turned off in 设置. */
export const ALL_RULES: readonly FindingRule[] = [
  missingUnit,
  missingDescription,
  missingInspectionDate,
  deadlineBeforeInspection,
  rectifiedBeforeInspection,
  rectifiedWithoutDate,
  openWithCompletionDate,
  dateOutOfPeriod,
  unknownUnit,
  duplicateFinding,
  badPhone,
  overdue,
];
