import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { clearMarks, runValidation } from "../../../src/workflows/validateWorkflow";
import { openExcel, type ExcelInstance } from "../../harness/excelHarness";
import { WorkbookModel } from "../../harness/workbookModel";

/** A ledger of n rows with a mistake every 5th row (deadline before inspection) and a registry sheet. */
export function validationWorkbook(n: number): WorkbookModel {
  const book = new WorkbookModel();
  const rows = Array.from({ length: n }, (_, i) => [
    45_450 + (i % 20),
    i % 7 === 3 ? "区城管执法局" : "区城市管理局",
    `问题${i}`,
    i % 5 === 0 ? 45_440 : 45_480,
    "已整改",
    45_470,
  ]);
  const ledger = book.addSheet("6月", [
    ["某社区2024年6月问题台账"],
    ["检查日期", "责任单位", "问题描述", "整改期限", "整改情况", "完成日期"],
    ...rows,
  ]);
  for (let r = 2; r < n + 2; r++) for (const c of [0, 3, 5]) ledger.setCell(r, c, { numberFormat: "yyyy-mm-dd" });
  book.addSheet("单位名录", [
    ["单位名称", "简称/别名"],
    ["区城市管理局", "城管局"],
  ]);
  return book;
}

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

  test("the number of syncs does not grow with the number of rows", async () => {
    const small = excel(validationWorkbook(20));
    await runValidation(new OfficeHost(small.api), { asOf: "2024-06-30" });
    const large = excel(validationWorkbook(400));
    await runValidation(new OfficeHost(large.api), { asOf: "2024-06-30" });
    expect(large.syncs.length).toBe(small.syncs.length);
  });
});
