import { STATUS_LABELS } from "../../model/finding";
import type { FindingRule } from "../rule";

export const rectifiedWithoutDate: FindingRule = {
  code: "rectified-without-date",
  severity: "error",
  field: "rectifiedOn",
  label: "已整改或已销号但没有完成时间",
  needs: ["status", "rectifiedOn"],
  check: (f) => ((f.status === "rectified" || f.status === "closed") && !f.rectifiedOn ? {} : null),
};

export const openWithCompletionDate: FindingRule = {
  code: "open-with-completion-date",
  severity: "warning",
  field: "status",
  label: "未整改或整改中却填了完成时间",
  needs: ["status", "rectifiedOn"],
  check: (f) =>
    (f.status === "pending" || f.status === "inProgress") && f.rectifiedOn ? { params: { status: STATUS_LABELS[f.status] } } : null,
};
