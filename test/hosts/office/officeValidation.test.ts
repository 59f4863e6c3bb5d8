import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { clearMarks, runValidation } from "../../../src/workflows/validateWorkflow";
import { openExcel, type ExcelInstance } from "../../harness/excelHarness";
import { WorkbookModel } from "../../harness/workbookModel";
import { validationWorkbook } from "./fixtures";

describe("validation through the Office host (harness)", () => {
  let open: ExcelInstance[] = [];
  const excel = (book: WorkbookModel) => {
    const e = openExcel(book, { documentUrl: "https://x/社区台账.xlsx" });
    open.push(e);
    return e;
  };
  afterEach(() => {
    for (const e of open) e.close();
    open = [];
  });

  test("writes 校验结果 with links to the cells, marks 标准台账, adds data validation; marks clear in one step", async () => {
    const book = validationWorkbook(20);
    const host = new OfficeHost(excel(book).api);
    const run = await runValidation(host, { asOf: "2024-06-30" });
    expect(run.counts.byCode).toMatchObject({ "deadline-before-inspection": 4, "unknown-unit": 3 });
    const results = book.sheet("校验结果")!;
    expect(results.cell(0, 4).value).toBe("问题");
    expect(results.links.get("1,2")).toMatchObject({ documentReference: "'6月'!D3" });
    const ledger = book.sheet("标准台账")!;
    expect(ledger.formatAt(1, 7, "fill.color")).toBe("#FFC7CE"); // 整改时限 of the first finding, an error
    expect(ledger.formatAt(4, 2, "fill.color")).toBe("#FFEB9C"); // 责任单位 of the fourth, a warning
    expect(book.listItems(ledger, 1, 2)).toEqual(["区城市管理局"]);
    expect(book.listItems(ledger, 1, 8)).toEqual(expect.arrayContaining(["已整改", "未整改"]));
    await clearMarks(host);
    expect(ledger.formatAt(1, 7, "fill.color") ?? null).toBeNull();
    expect(ledger.formatAt(4, 2, "fill.color") ?? null).toBeNull();
  });

  test("the number of syncs grows with the rows only through read chunks", async () => {
    const small = excel(validationWorkbook(20));
    await runValidation(new OfficeHost(small.api), { asOf: "2024-06-30" });
    const large = excel(validationWorkbook(400));
    await runValidation(new OfficeHost(large.api), { asOf: "2024-06-30" });
    // 400 rows: one more read chunk for the source and one for 标准台账 (the first chunk of a read is 200 rows).
    expect(large.syncs.length - small.syncs.length).toBeLessThanOrEqual(2);
  });
});
