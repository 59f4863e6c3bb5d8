import { readOrigin } from "../../../src/core/vocab/origins";

test.each([
  ["一、上级督查交办问题", "上级督查交办"],
  ["（一）市级明察暗访发现问题", "市级明察暗访"],
  ["二、病媒生物防制问题（社区自查）", "社区自查"],
  ["（四）群众举报问题（控烟）", "群众举报"],
  ["三、12345热线转办事项", "12345热线转办"],
  ["二、病媒生物防制问题", null],
  ["南湖街道2025年5月创卫问题整改台账", null],
])("%s → %s", (title, origin) => {
  expect(readOrigin(title)).toBe(origin);
});
