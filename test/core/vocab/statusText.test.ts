import { readStatusText } from "../../../src/core/vocab/statusText";

/** Status and completion date written together in one free-text cell (issue 13, point 1). */
test.each([
  ["已于5月20日整改到位", "rectified", { kind: "partial", month: 5, day: 20 }],
  ["已整改（2025.5.18）", "rectified", { kind: "date", iso: "2025-05-18" }],
  ["整改完毕 5/22", "rectified", { kind: "partial", month: 5, day: 22 }],
  ["6月1日复查已销号", "closed", { kind: "partial", month: 6, day: 1 }],
  ["正在整改，预计6月底完成", "inProgress", null],
  ["未整改（商户不配合）", "pending", null],
  ["2025年5月3日已清理完毕", "rectified", { kind: "date", iso: "2025-05-03" }],
  ["已完成整改，5月12日经复查合格", "closed", { kind: "partial", month: 5, day: 12 }],
  ["计划5月底前完成整改", "inProgress", null],
  ["已整改", "rectified", null],
  ["5月10日已开始整改", "inProgress", null],
  ["整改中，要求6月30日前完成", "inProgress", null],
  ["已落实，2025-06-02", "rectified", { kind: "date", iso: "2025-06-02" }],
  // A date between 已于 and the verb (issue 13 audit): the verb after 已 says the work is done.
  ["已于6月9日整改", "rectified", { kind: "partial", month: 6, day: 9 }],
  ["已于6月2日拆除", "rectified", { kind: "partial", month: 6, day: 2 }],
  ["已于6月4日清理", "rectified", { kind: "partial", month: 6, day: 4 }],
  ["已于6月6日疏通到位", "rectified", { kind: "partial", month: 6, day: 6 }],
  ["已于6/5整改", "rectified", { kind: "partial", month: 6, day: 5 }],
  ["已于6月17日当场整改", "rectified", { kind: "partial", month: 6, day: 17 }],
  ["已在2025年6月3日粘贴控烟标识", "rectified", { kind: "date", iso: "2025-06-03" }],
  ["已经整改", "rectified", null],
  ["已修复", "rectified", null],
  ["疏通到位", "rectified", null],
  ["已整改到位（限期6月5日）", "rectified", null],
  ["已于6月4日整改到位（限期6月5日）", "rectified", { kind: "partial", month: 6, day: 4 }],
  ["整改不到位", "pending", null],
  ["复查未通过（问题仍存在）", "pending", null],
  ["复查未通过，问题仍存在", "pending", null],
  ["无法整改，已上报区城管局", "pending", null],
  ["未按期整改", "pending", null],
  ["未销号", "pending", null],
  ["预计6月10日完成", "inProgress", null],
  ["计划于6月10日拆除", "inProgress", null],
])("%s → %s", (text, status, completedOn) => {
  const got = readStatusText(text);
  expect(got.status).toBe(status);
  expect(got.completedOn).toEqual(completedOn);
});

test("text that names no status gives none", () => {
  expect(readStatusText("商户不配合").status).toBeNull();
  expect(readStatusText("见附件").completedOn).toBeNull();
});
