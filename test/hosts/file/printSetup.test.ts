/** Issue 11.11: every sheet the add-in writes prints sensibly on A4 from the saved file. */
import ExcelJS from "exceljs";
import { FileHost } from "../../../src/hosts/file/fileHost";
import { LANDSCAPE, ownedDataSheets } from "../printSetup.fixtures";

test("标准台账, 校验结果, 单位名录, 通知书登记 in the file: A4, landscape where wide, header row repeated, fit to width", async () => {
  const host = new FileHost(null, "结果.xlsx");
  const plans = ownedDataSheets();
  for (const plan of plans) await host.writeSheet(plan);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await host.toXlsx()) as unknown as ArrayBuffer);
  for (const plan of plans) {
    const ps = wb.getWorksheet(plan.name)!.pageSetup;
    expect({ sheet: plan.name, ...ps }).toMatchObject({
      sheet: plan.name,
      paperSize: 9,
      orientation: LANDSCAPE.has(plan.name) ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
    });
  }
  // 标准台账 prints the finding's columns (编号 … 联系电话) with narrow side margins, not its tracking columns.
  expect(wb.getWorksheet("标准台账")!.pageSetup).toMatchObject({
    printArea: "A1:N1048576",
    margins: { left: expect.closeTo(0.394, 2), right: expect.closeTo(0.252, 2) },
  });
});
