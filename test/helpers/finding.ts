import type { Finding } from "../../src/core/model/finding";

/** A finding whose fields are all empty except those the test gives (its 编号 and source always). */
export function blankFinding(given: Partial<Finding> & Pick<Finding, "id" | "source">): Finding {
  return {
    inspectedOn: null,
    unit: null,
    category: null,
    description: null,
    location: null,
    measure: null,
    deadline: null,
    status: null,
    rectifiedOn: null,
    owner: null,
    phone: null,
    noticeNo: null,
    remark: null,
    ...given,
  };
}
