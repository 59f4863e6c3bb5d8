import { duplicateKey, type FindingRule } from "../rule";

export const duplicateFinding: FindingRule = {
  code: "duplicate-finding",
  severity: "warning",
  field: "description",
  label: "重复登记的问题",
  needs: ["unit", "description", "inspectedOn"],
  check: (f, ctx) => {
    const key = duplicateKey(f);
    const first = key ? ctx.firstOccurrence.get(key) : undefined;
    return first !== undefined && first !== f.source.row ? { params: { otherRow: first } } : null;
  },
};
