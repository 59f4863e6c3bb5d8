import type ExcelJS from "exceljs";
import { PRINT_FONTS, type PrintSheetPlan, type PrintStyle } from "../../core/output/printSheetPlan";
import { printText } from "../../core/output/printText";
import { columnLetter } from "../../core/model/address";
import { cellTextWithinLimit } from "./xmlText";

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };

function font(s: PrintStyle): Partial<ExcelJS.Font> {
  return { name: PRINT_FONTS[s.font], size: s.size, bold: s.bold ?? false, color: { argb: `FF${s.color ?? "000000"}` } };
}

/** Adds a print-ready sheet: merged cells, fonts, borders, row heights, page breaks, A4 setup, print area. */
export function addPrintSheet(wb: ExcelJS.Workbook, plan: PrintSheetPlan): void {
  const mm = (v: number) => v / 25.4;
  const last = Math.max(plan.rows.length, 1);
  const ws = wb.addWorksheet(plan.name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: "portrait",
      // Fit to width is a safety net where the default font is wider than Calibri (LibreOffice without Carlito).
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printArea: `A1:${columnLetter(plan.columnWidths.length - 1)}${last}`,
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
  ws.columns = plan.columnWidths.map((width) => ({ width }));
  plan.rows.forEach((row, i) => {
    const r = ws.getRow(i + 1);
    r.height = Math.min(409, row.height);
    if (row.breakBefore && i > 0) ws.getRow(i).addPageBreak();
    for (const cell of row.cells) {
      if (cell.span > 1) ws.mergeCells(i + 1, cell.col + 1, i + 1, cell.col + cell.span);
      const c = ws.getCell(i + 1, cell.col + 1);
      const text = printText(cell);
      c.value = cell.value !== undefined && cell.value !== null ? cell.value : text === null ? null : cellTextWithinLimit(text);
      if (cell.numberFormat && cell.value !== undefined && cell.value !== null) c.numFmt = cell.numberFormat;
      c.font = font(cell.style);
      c.alignment = { horizontal: cell.style.align === "justify" ? "justify" : cell.style.align, vertical: "middle", wrapText: true };
      for (let k = 0; k < cell.span; k++) {
        const target = ws.getCell(i + 1, cell.col + 1 + k);
        if (cell.style.border) target.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
        if (cell.style.underline === "red") target.border = { bottom: { style: "medium", color: { argb: "FFCC0000" } } };
        if (cell.style.underline === "dashed") target.border = { top: { style: "dashed", color: { argb: "FF444444" } } };
      }
    }
  });
}
