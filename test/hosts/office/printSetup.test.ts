/** Issue 11.11: every sheet the add-in writes prints sensibly on A4 from Excel. */
import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { openExcel } from "../../harness/excelHarness";
import { WorkbookModel } from "../../harness/workbookModel";
import { LANDSCAPE, ownedDataSheets } from "../printSetup.fixtures";

test("标准台账, 校验结果, 单位名录, 通知书登记: A4, landscape where wide, header row on every page, one page wide", async () => {
  const book = new WorkbookModel();
  book.addSheet("台账");
  const excel = openExcel(book);
  const host = new OfficeHost(excel.api);
  for (const plan of ownedDataSheets()) {
    await host.writeSheet(plan);
    const s = book.sheet(plan.name)!;
    expect({ sheet: plan.name, ...s.pageLayout, titles: s.printTitleRows }).toMatchObject({
      sheet: plan.name,
      paperSize: "A4",
      orientation: LANDSCAPE.has(plan.name) ? "Landscape" : "Portrait",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      titles: "$1:$1",
    });
  }
  // 标准台账 prints the finding's columns (编号 … 联系电话) with narrow side margins, not its tracking columns.
  expect(book.sheet("标准台账")!.printArea).toBe("A:N");
  expect(book.sheet("标准台账")!.pageLayout).toMatchObject({ leftMargin: expect.closeTo(28.35, 1), rightMargin: expect.closeTo(18.14, 1) });
  excel.close();
});
