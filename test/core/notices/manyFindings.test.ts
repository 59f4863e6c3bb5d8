import { performance } from "node:perf_hooks";
import type { Finding } from "../../../src/core/model/finding";
import { buildNotices, registerEntries } from "../../../src/core/notices/buildNotices";
import { NoticeSettingsSchema } from "../../../src/core/notices/noticeSettings";
import { blankFinding } from "../../helpers/finding";

// 300,000 findings is the size the CLI must take (issue 12); built in memory, so the test stays fast.
const N = 300_000;
const settings = NoticeSettingsSchema.parse({ issuer: "某区创卫办", prefix: "区创卫办" });

const finding = (i: number): Finding =>
  blankFinding({
    id: `f${i}`,
    source: { file: "big.xlsx", sheet: "台账", row: i + 3 },
    inspectedOn: "2024-05-11",
    unit: `单位${i % 10}`,
    description: `问题${i}`,
    location: "解放路",
    deadline: "2024-05-26",
    status: "pending",
  });

test("notices for 300,000 findings in 10 units are grouped in one pass (copying each unit's list on every append took a minute)", () => {
  const findings = Array.from({ length: N }, (_, i) => finding(i));
  const started = performance.now();
  const notices = buildNotices(findings, settings, [], "2024-06-01");
  // A generous bound on a loaded machine (it takes well under a second): the quadratic grouping took 110 s.
  expect(performance.now() - started).toBeLessThan(15_000);
  expect(notices.map((n) => n.recipient)).toEqual(Array.from({ length: 10 }, (_, i) => `单位${i}`));
  expect(notices.map((n) => n.items.length)).toEqual(Array(10).fill(N / 10));
  expect(registerEntries(notices).reduce((s, e) => s + e.problemCount, 0)).toBe(N);
}, 20_000);
