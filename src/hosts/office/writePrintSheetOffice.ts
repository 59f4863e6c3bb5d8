import { columnLetter } from "../../core/model/address";
import { PRINT_FONTS, type PrintCell, type PrintSheetPlan } from "../../core/output/printSheetPlan";
import { printText } from "../../core/output/printText";
import { addPrintImagesOffice } from "./printImagesOffice";
import { recreateSheet } from "./writeSheetOffice";

/** Rows per sync: a notice row costs ~10 operations of ~150 bytes, so 300 rows stay far under 4 MB. */
const ROWS_PER_SYNC = 300;
const POINTS_PER_CHAR = 7;
const MM_TO_PT = 72 / 25.4;

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function styleCell(ws: Excel.Worksheet, row: number, cell: PrintCell): void {
  const range = ws.getRange(`${columnLetter(cell.col)}${row + 1}:${columnLetter(cell.col + cell.span - 1)}${row + 1}`);
  if (cell.span > 1) range.merge(false);
  const first = ws.getRange(`${columnLetter(cell.col)}${row + 1}`);
  const text = printText(cell);
  if (cell.value !== undefined && cell.value !== null) {
    first.numberFormat = [[cell.numberFormat ?? "General"]];
    first.values = [[cell.value]];
  } else if (text !== null) {
    // Text format first: a description starting with "=" must stay text.
    first.numberFormat = [["@"]];
    first.values = [[text]];
  }
  const s = cell.style;
  range.format.font.name = PRINT_FONTS[s.font];
  range.format.font.size = s.size;
  range.format.font.bold = s.bold ?? false;
  range.format.font.color = `#${s.color ?? "000000"}`;
  range.format.horizontalAlignment =
    s.align === "justify" ? "Justify" : s.align === "center" ? "Center" : s.align === "right" ? "Right" : "Left";
  range.format.verticalAlignment = s.valign === "top" ? "Top" : "Center";
  range.format.wrapText = true;
  if (s.border) for (const e of [...EDGES, "InsideVertical"] as const) range.format.borders.getItem(e).style = "Continuous";
  if (s.underline === "red") {
    const b = range.format.borders.getItem("EdgeBottom");
    b.style = "Continuous";
    b.weight = "Medium";
    b.color = "#CC0000";
  }
  if (s.underline === "dashed") range.format.borders.getItem("EdgeTop").style = "Dash";
}

/**
 * Writes a print-ready sheet: a constant number of syncs plus one per 300 rows. Page breaks and
 * the A4 page layout (margins, fit to width, print area) go with the last batch.
 */
export async function writePrintSheetOffice(context: Excel.RequestContext, plan: PrintSheetPlan): Promise<void> {
  const ws = await recreateSheet(context, plan.name);
  ws.showGridlines = false;
  plan.columnWidths.forEach((w, i) => {
    ws.getRange(`${columnLetter(i)}1`).format.columnWidth = w * POINTS_PER_CHAR;
  });
  await context.sync();
  const lastCol = columnLetter(plan.columnWidths.length - 1);
  for (let start = 0; start < plan.rows.length; start += ROWS_PER_SYNC) {
    plan.rows.slice(start, start + ROWS_PER_SYNC).forEach((row, k) => {
      const r = start + k;
      ws.getRange(`A${r + 1}:${lastCol}${r + 1}`).format.rowHeight = Math.min(409, row.height);
      for (const cell of row.cells) styleCell(ws, r, cell);
    });
    await context.sync();
  }
  const m = plan.page.marginsMm;
  ws.pageLayout.paperSize = "A4" as Excel.PaperType;
  ws.pageLayout.orientation = "Portrait" as Excel.PageOrientation;
  ws.pageLayout.topMargin = m.top * MM_TO_PT;
  ws.pageLayout.bottomMargin = m.bottom * MM_TO_PT;
  ws.pageLayout.leftMargin = m.left * MM_TO_PT;
  ws.pageLayout.rightMargin = m.right * MM_TO_PT;
  ws.pageLayout.centerHorizontally = true;
  ws.pageLayout.zoom = { horizontalFitToPages: 1 };
  ws.pageLayout.setPrintArea(`A1:${lastCol}${Math.max(plan.rows.length, 1)}`);
  plan.rows.forEach((row, i) => {
    if (row.breakBefore && i > 0) ws.horizontalPageBreaks.add(`A${i + 1}`);
  });
  await context.sync();
  await addPrintImagesOffice(context, ws, plan);
}
