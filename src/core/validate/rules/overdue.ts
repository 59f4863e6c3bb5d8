import { compareIso, fromIso, toEpochDay } from "../../normalize/calendar";
import type { FindingRule } from "../rule";

const OPEN = new Set(["pending", "inProgress", "relapsed"]);

/**
 * An open finding past its deadline. It is a reminder, not a wrong entry, so it is `info`: the
 * entry itself is fine, and a validator that flags fine entries is not trusted.
 */
export const overdue: FindingRule = {
  code: "overdue",
  severity: "info",
  field: "deadline",
  label: "超期未整改提醒",
  needs: ["status", "deadline"],
  check: (f, ctx) => {
    if (!f.status || !OPEN.has(f.status) || !f.deadline || f.deadline === "longTerm") return null;
    const deadline = f.deadline === "immediate" ? f.inspectedOn : f.deadline;
    if (!deadline || compareIso(deadline, ctx.asOf) >= 0) return null;
    const days = toEpochDay(fromIso(ctx.asOf)) - toEpochDay(fromIso(deadline));
    return { params: { deadline: f.deadline === "immediate" ? "立行立改" : deadline, asOf: ctx.asOf, days } };
  },
};
