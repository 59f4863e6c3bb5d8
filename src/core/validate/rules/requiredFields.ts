import type { FindingRule } from "../rule";

export const missingUnit: FindingRule = {
  code: "missing-unit",
  severity: "error",
  field: "unit",
  label: "缺少责任单位",
  needs: ["unit"],
  check: (f) => (f.unit ? null : {}),
};

export const missingDescription: FindingRule = {
  code: "missing-description",
  severity: "error",
  field: "description",
  label: "缺少问题描述",
  needs: ["description"],
  check: (f) => (f.description ? null : {}),
};

export const missingInspectionDate: FindingRule = {
  code: "missing-inspection-date",
  severity: "error",
  field: "inspectedOn",
  label: "缺少检查日期",
  needs: ["inspectedOn"],
  check: (f, ctx) => (f.inspectedOn || ctx.alreadyReported.has("inspectedOn") ? null : {}),
};
