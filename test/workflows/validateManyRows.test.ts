import type { SheetGrid } from "../../src/core/model/grid";
import { REGISTER_HEADERS, REGISTER_SHEET } from "../../src/core/notices/noticeRegister";
import type { WorkbookHost } from "../../src/core/port/workbookHost";
import { runValidation } from "../../src/workflows/validateWorkflow";

test("a 通知书登记 of 200,000 rows registering one 文号 is validated without overflowing the stack", async () => {
  // Every row repeats 1号, so every row is a problem: the list handed back is as long as the register.
  const N = 200_000;
  const register: SheetGrid = {
    name: REGISTER_SHEET,
    isCsv: false,
    merges: [],
    values: [[...REGISTER_HEADERS], ...Array.from({ length: N }, () => ["区创卫办〔2024〕1号", "南湖街道", "2024-05-06", 1, "f1", "有效"])],
  };
  const host = { readWorkbook: async () => ({ fileName: "登记.xlsx", sheets: [register] }) } as unknown as WorkbookHost;
  const run = await runValidation(host, { asOf: "2024-12-31", write: false });
  expect(run.counts.byCode["doc-no-duplicate"]).toBe(N);
});
