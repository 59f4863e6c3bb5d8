import { PHONE } from "../../structure/columnEvidence";
import type { FindingRule } from "../rule";

export const badPhone: FindingRule = {
  code: "bad-phone",
  severity: "warning",
  field: "phone",
  label: "联系电话格式不正确",
  needs: ["phone"],
  check: (f) => {
    if (!f.phone) return null;
    // Several numbers in one cell are fine when each is a number.
    const parts = f.phone
      .split(/[、，,;；/]+/)
      .map((p) => p.replace(/[\s()（）]/g, ""))
      .filter(Boolean);
    return parts.every((p) => PHONE.test(p)) ? null : { params: { value: f.phone } };
  },
};
