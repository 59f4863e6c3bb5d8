import type { FindingRule } from "../rule";

export const unknownUnit: FindingRule = {
  code: "unknown-unit",
  severity: "warning",
  field: "unit",
  label: "责任单位不在单位名录中",
  needs: ["unit"],
  check: (f, ctx) => {
    if (!f.unit || !ctx.units) return null;
    const m = ctx.units.match(f.unit);
    if (m.kind === "nearMiss") return { params: { value: f.unit, hint: `，是否为“${m.name}”？` }, suggestion: m.name };
    if (m.kind === "unknown")
      return { params: { value: f.unit, hint: m.suggestion ? `，是否为“${m.suggestion}”？` : "" }, suggestion: m.suggestion };
    return null;
  },
};
