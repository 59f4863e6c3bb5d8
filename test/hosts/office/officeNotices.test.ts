import { ledgerColumnIndex } from "../../../src/core/output/ledgerSheetPlan";
import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { runNotices, selectedFindingIds } from "../../../src/workflows/noticesWorkflow";
import { runStructure } from "../../../src/workflows/structureWorkflow";
import { openExcel, type ExcelInstance } from "../../harness/excelHarness";
import { WorkbookModel } from "../../harness/workbookModel";
import { noticesWorkbook } from "./fixtures";

describe("notices through the Office host (harness)", () => {
  let open: ExcelInstance[] = [];
  const excel = (book: WorkbookModel) => {
    const e = openExcel(book, { documentUrl: "https://x/台账.xlsx" });
    open.push(e);
    return e;
  };
  afterEach(() => {
    for (const e of open) e.close();
    open = [];
  });

  test("the 通知书 sheet is laid out for A4 with a break before each notice, the register and 文号 written back", async () => {
    const book = noticesWorkbook(3, 2);
    const run = await runNotices(new OfficeHost(excel(book).api), { issuedOn: "2025-06-03" });
    expect(run.notices.map((n) => n.docNo)).toEqual(["创卫办〔2025〕1号", "创卫办〔2025〕2号", "创卫办〔2025〕3号"]);
    const sheet = book.sheet("通知书")!;
    expect(sheet.pageLayout).toMatchObject({ paperSize: "A4", orientation: "Portrait", centerHorizontally: true });
    expect(Math.round(sheet.pageLayout.topMargin as number)).toBe(105); // 37 mm
    expect(Math.round(sheet.pageLayout.leftMargin as number)).toBe(79); // 28 mm
    // Each notice starts on a new page (its masthead row); a notice may run onto a second page.
    const mastheads = [...sheet.rows].filter(([, cells]) => cells[0]?.value === "某区创卫办").map(([r]) => r);
    expect(mastheads).toHaveLength(3);
    expect(sheet.horizontalBreaks).toEqual(expect.arrayContaining(mastheads.slice(1)));
    expect(sheet.printArea).toMatch(/^A1:E\d+$/);
    expect(sheet.cell(1, 0).value).toBe("创卫办〔2025〕1号");
    expect(book.sheet("通知书登记")!.cell(3, 0).value).toBe("创卫办〔2025〕3号");
    expect(book.sheet("标准台账")!.cell(1, ledgerColumnIndex("noticeNo")).value).toBe("创卫办〔2025〕1号");
  });

  test("only the rows selected in 标准台账 get a notice when the user limits it to them", async () => {
    const book = noticesWorkbook(3, 2);
    const host = new OfficeHost(excel(book).api);
    await runStructure(host);
    book.select("标准台账", "A4:Q5"); // the second unit's two findings
    const ids = await selectedFindingIds(host);
    const run = await runNotices(host, { selection: { ids }, issuedOn: "2025-06-03" });
    expect(run.notices.map((n) => [n.recipient, n.items.length])).toEqual([["单位2", 2]]);
    book.select("5月", "A2");
    await expect(selectedFindingIds(host)).rejects.toThrow("请先在“标准台账”中选中要发通知书的行。");
  });

  test("syncs grow with batches of rows, not with each notice or row", async () => {
    const small = excel(noticesWorkbook(2, 2));
    await runNotices(new OfficeHost(small.api), { issuedOn: "2025-06-03" });
    const large = excel(noticesWorkbook(12, 3));
    await runNotices(new OfficeHost(large.api), { issuedOn: "2025-06-03" });
    expect(large.syncs.length).toBe(small.syncs.length);
  });
});
