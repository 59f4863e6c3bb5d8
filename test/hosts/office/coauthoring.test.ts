/**
 * Two clerks in Excel on the web press 生成通知书 on the same shared workbook at the same moment:
 * two panes (two Office.js windows) on one workbook model. No 文号 may be handed out twice.
 */
import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { parseRegister } from "../../../src/core/notices/noticeRegister";
import { runNotices } from "../../../src/workflows/noticesWorkflow";
import { runStructure } from "../../../src/workflows/structureWorkflow";
import { runValidation } from "../../../src/workflows/validateWorkflow";
import { openExcel, type ExcelInstance } from "../../harness/excelHarness";
import { WorkbookModel } from "../../harness/workbookModel";
import { noticesWorkbook } from "./fixtures";

let open: ExcelInstance[] = [];
afterEach(() => {
  for (const e of open) e.close();
  open = [];
});
const pane = (book: WorkbookModel) => {
  const e = openExcel(book);
  open.push(e);
  return new OfficeHost(e.api);
};

const registerOf = (book: WorkbookModel) => {
  const s = book.sheet("通知书登记")!;
  const rows = [...s.rows.keys()].sort((a, b) => a - b);
  return parseRegister({
    name: "通知书登记",
    isCsv: false,
    merges: [],
    values: Array.from({ length: (rows.at(-1) ?? 0) + 1 }, (_, r) => Array.from({ length: 6 }, (_, c) => s.cell(r, c).value || null)),
  });
};

test.each([false, true])(
  "two panes issuing at once never share a 文号 (register exists beforehand: %s)",
  async (existing) => {
    const book = noticesWorkbook(6, 2);
    const a = pane(book);
    const b = pane(book);
    await runStructure(a);
    if (existing) await runNotices(a, { issuedOn: "2025-06-01", selection: { units: ["单位1"] } });
    const [ra, rb] = await Promise.all([
      runNotices(a, { issuedOn: "2025-06-03", selection: { units: ["单位2", "单位3"] } }),
      runNotices(b, { issuedOn: "2025-06-03", selection: { units: ["单位4", "单位5", "单位6"] } }),
    ]);
    const issued = [...ra.notices, ...rb.notices].map((n) => n.docNo);
    expect(issued).toHaveLength(5);
    expect(new Set(issued).size).toBe(5);
    const register = registerOf(book);
    const numbers = register.map((e) => e.number).sort((x, y) => x - y);
    expect(numbers).toEqual(Array.from({ length: existing ? 6 : 5 }, (_, i) => i + 1)); // no repeat, no gap
    expect(register.every((e) => e.status === "有效")).toBe(true);
    expect(register.map((e) => e.docNo).sort()).toEqual([...issued, ...(existing ? ["创卫办〔2025〕1号"] : [])].sort());
  },
  60_000,
);

test("validation flags a 文号 registered twice in 通知书登记", async () => {
  const book = noticesWorkbook(2, 1);
  book.addSheet("通知书登记", [
    ["文号", "责任单位", "发文日期", "问题数", "问题编号", "状态"],
    ["创卫办〔2025〕1号", "单位1", "2025-06-03", 1, "CW-1", "有效"],
    ["创卫办〔2025〕1号", "单位2", "2025-06-03", 1, "CW-2", "有效"],
  ]);
  const run = await runValidation(pane(book), { asOf: "2025-06-30" });
  expect(run.problems.filter((p) => p.code === "doc-no-duplicate").map((p) => [p.sheet, p.row, p.severity])).toEqual([
    ["通知书登记", 2, "error"],
    ["通知书登记", 3, "error"],
  ]);
});
