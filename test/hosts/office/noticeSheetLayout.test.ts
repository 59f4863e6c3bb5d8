/** The 通知书 sheet as Excel prints it: column widths are points, and the page must not be shrunk. */
import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { runNotices } from "../../../src/workflows/noticesWorkflow";
import { openExcel, type ExcelInstance } from "../../harness/excelHarness";
import { noticesWorkbook } from "./fixtures";

const TEXT_AREA_PT = (156 / 25.4) * 72; // 版心 156 mm
/** Width a single line of CJK text takes in a cell at a size, with Excel's cell padding. */
const textPt = (text: string, size: number) => [...text].length * size + 6;

let excel: ExcelInstance | null = null;
afterEach(() => {
  excel?.close();
  excel = null;
});

test("the 通知书 columns fill the 156 mm text area in points, print at 100 %, and the 回执 labels are not clipped", async () => {
  const book = noticesWorkbook(2, 3);
  excel = openExcel(book);
  await runNotices(new OfficeHost(excel.api), { issuedOn: "2025-06-03" });
  const sheet = book.sheet("通知书")!;
  const widths = [0, 1, 2, 3, 4].map((c) => sheet.columnWidths.get(c) ?? 48);
  const total = widths.reduce((a, b) => a + b, 0);
  expect(total).toBeLessThanOrEqual(TEXT_AREA_PT);
  expect(total).toBeGreaterThan(TEXT_AREA_PT - 12);
  expect(sheet.pageLayout.zoom).toEqual({ scale: 100 });
  // "完成日期" (五号, as the problem table) sits alone in column A of the 回执, on one line.
  const row = [...sheet.rows].find(([, cells]) => cells[0]?.value === "完成日期")![0];
  const size = sheet.formatAt(row, 0, "font.size") as number;
  expect(size).toBeGreaterThanOrEqual(10.5);
  expect(widths[0]!).toBeGreaterThanOrEqual(textPt("完成日期", size));
});
