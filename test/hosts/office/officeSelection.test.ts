/** "仅选中的行" in Excel: the user's selection may be several areas (Ctrl-clicks) or whole columns. */
import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { selectedFindingIds } from "../../../src/workflows/noticesWorkflow";
import { runStructure } from "../../../src/workflows/structureWorkflow";
import { openExcel, type ExcelInstance } from "../../harness/excelHarness";
import { noticesWorkbook } from "./fixtures";

let excel: ExcelInstance | null = null;
afterEach(() => {
  excel?.close();
  excel = null;
});

async function structured() {
  const book = noticesWorkbook(4, 2);
  excel = openExcel(book);
  const host = new OfficeHost(excel.api);
  await runStructure(host);
  const ids = (rows: number[]) => rows.map((r) => String(book.sheet("标准台账")!.cell(r, 0).value));
  return { book, host, ids };
}

test("a Ctrl-selection of several areas gives the findings of every selected row", async () => {
  const { book, host, ids } = await structured();
  book.select("标准台账", "A2:Q3,C6,A8:B8");
  expect(await selectedFindingIds(host)).toEqual(ids([1, 2, 5, 7]));
});

test("a whole selected column means the ledger's rows, read without asking Excel for a million rows", async () => {
  const { book, host, ids } = await structured();
  book.select("标准台账", "C:C");
  expect(await selectedFindingIds(host)).toEqual(ids([1, 2, 3, 4, 5, 6, 7, 8]));
  expect(excel!.syncs.every((s) => s.error === null)).toBe(true);
});
