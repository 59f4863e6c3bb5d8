import type ExcelJS from "exceljs";
import { PRINT_FONTS, type PrintSheetPlan, type PrintStyle } from "../../core/output/printSheetPlan";
import { EXCEL_LIMITS, pointsToChars } from "../../core/output/sheetPlan";
import { printText } from "../../core/output/printText";
import { columnLetter } from "../../core/model/address";
import { cellTextWithinLimit } from "../../core/output/cellTextLimit";

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };

function font(s: PrintStyle): Partial<ExcelJS.Font> {
  return { name: PRINT_FONTS[s.font], size: s.size, bold: s.bold ?? false, color: { argb: `FF${s.color ?? "000000"}` } };
}

/** Adds a print-ready sheet: merged cells, fonts, borders, row heights, page breaks, A4 setup, print area. */
export function addPrintSheet(wb: ExcelJS.Workbook, plan: PrintSheetPlan): void {
  const mm = (v: number) => v / 25.4;
  const last = Math.max(plan.rows.length, 1);
  // Fit to one page wide, any pages tall, whatever the plan asks: the columns are set in points converted
  // for Excel's default font, so Excel prints a "none" plan at 100 % anyway; where the default font is
  // wider (LibreOffice, WPS without Calibri) this shrinks the page a little instead of cutting a column off.
  const fit = { fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const ws = wb.addWorksheet(plan.name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: plan.page.orientation ?? "portrait",
      ...fit,
      horizontalCentered: true,
      printArea: `A1:${columnLetter(plan.columnWidthsPt.length - 1)}${last}`,
      margins: {
        top: mm(plan.page.marginsMm.top),
        bottom: mm(plan.page.marginsMm.bottom),
        left: mm(plan.page.marginsMm.left),
        right: mm(plan.page.marginsMm.right),
        header: 0.2,
        footer: 0.2,
      },
    },
    views: [{ showGridLines: false }],
  });
  ws.columns = plan.columnWidthsPt.map((pt) => ({ width: pointsToChars(pt) }));
  let breaks = 0;
  plan.rows.forEach((row, i) => {
    const r = ws.getRow(i + 1);
    r.height = Math.min(409, row.height);
    // Excel keeps at most 1,026 manual breaks; past them it breaks pages itself.
    if (row.breakBefore && i > 0 && breaks++ < EXCEL_LIMITS.manualPageBreaks) ws.getRow(i).addPageBreak();
    for (const cell of row.cells) {
      if (cell.span > 1) ws.mergeCells(i + 1, cell.col + 1, i + 1, cell.col + cell.span);
      const c = ws.getCell(i + 1, cell.col + 1);
      const text = printText(cell);
      c.value = cell.value !== undefined && cell.value !== null ? cell.value : text === null ? null : cellTextWithinLimit(text);
      if (cell.numberFormat && cell.value !== undefined && cell.value !== null) c.numFmt = cell.numberFormat;
      c.font = font(cell.style);
      c.alignment = {
        horizontal: cell.style.align === "justify" ? "justify" : cell.style.align,
        vertical: cell.style.valign ?? "middle",
        wrapText: true,
      };
      for (let k = 0; k < cell.span; k++) {
        const target = ws.getCell(i + 1, cell.col + 1 + k);
        if (cell.style.border) target.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
        if (cell.style.underline === "red") target.border = { bottom: { style: "medium", color: { argb: "FFCC0000" } } };
        if (cell.style.underline === "dashed") target.border = { top: { style: "dashed", color: { argb: "FF444444" } } };
      }
    }
  });
}
