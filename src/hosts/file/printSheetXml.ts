import { columnLetter } from "../../core/model/address";
import { cellTextWithinLimit } from "../../core/output/cellTextLimit";
import { PRINT_FONTS, type PrintCell, type PrintSheetPlan, type PrintStyle } from "../../core/output/printSheetPlan";
import { printText } from "../../core/output/printText";
import { EXCEL_LIMITS, pointsToChars } from "../../core/output/sheetPlan";
import { cellXml } from "./cellXml";
import type { OwnedSheet } from "./placeSheets";
import type { StyleBook, XfEntry } from "./styleBook";
import { REL, SPREADSHEET_MAIN } from "./opc";
import { xmlText } from "./xmlText";

const THIN =
  '<left style="thin"><color rgb="FF000000"/></left><right style="thin"><color rgb="FF000000"/></right><top style="thin"><color rgb="FF000000"/></top><bottom style="thin"><color rgb="FF000000"/></bottom><diagonal/>';
const RED_RULE = '<left/><right/><top/><bottom style="medium"><color rgb="FFCC0000"/></bottom><diagonal/>';
const CUT_LINE = '<left/><right/><top style="dashed"><color rgb="FF444444"/></top><bottom/><diagonal/>';

function fontXml(s: PrintStyle): string {
  return `<font>${s.bold ? "<b/>" : ""}<sz val="${s.size}"/><color rgb="FF${xmlText(s.color ?? "000000")}"/><name val="${xmlText(PRINT_FONTS[s.font])}"/><family val="3"/><charset val="134"/></font>`;
}

/** The border a cell of the style draws on each column it spans (the red rule and cut line replace the box). */
function borderXml(s: PrintStyle): string | null {
  if (s.underline === "red") return `<border>${RED_RULE}</border>`;
  if (s.underline === "dashed") return `<border>${CUT_LINE}</border>`;
  return s.border ? `<border>${THIN}</border>` : null;
}

function masterFormat(cell: PrintCell): XfEntry {
  const s = cell.style;
  const number = cell.value !== undefined && cell.value !== null && cell.numberFormat ? cell.numberFormat : null;
  return {
    font: { xml: fontXml(s) },
    fill: null,
    border: borderXml(s),
    numFmt: number,
    alignment: `<alignment horizontal="${s.align}" vertical="${s.valign === "top" ? "top" : "center"}" wrapText="1"/>`,
  };
}

/** A merged cell's other columns carry only the border, as Excel draws a merged area's edges from them. */
function spannedFormat(cell: PrintCell): XfEntry | null {
  const border = borderXml(cell.style);
  return border ? { font: { base: "default" }, fill: null, border, numFmt: null, alignment: null } : null;
}

/** A style's look as a key: plans build style objects per cell, from a handful of looks. */
const styleKey = (s: PrintStyle): string =>
  `${s.font}|${s.size}|${s.align}|${s.bold ? 1 : 0}|${s.border ? 1 : 0}|${s.color ?? ""}|${s.underline ?? ""}|${s.valign ?? ""}`;

/** Cell format indexes by look, so a sheet of thousands of cells asks the style book a handful of times. */
function formatIndexes(styles: StyleBook) {
  const master = new Map<string, number>();
  const spanned = new Map<string, number>();
  return {
    master(cell: PrintCell): number {
      const number = cell.value !== undefined && cell.value !== null ? (cell.numberFormat ?? "") : "";
      const key = `${styleKey(cell.style)}|${number}`;
      let i = master.get(key);
      if (i === undefined) master.set(key, (i = styles.add(masterFormat(cell))));
      return i;
    },
    spanned(cell: PrintCell): number {
      const key = styleKey(cell.style);
      let i = spanned.get(key);
      if (i === undefined) {
        const format = spannedFormat(cell);
        spanned.set(key, (i = format ? styles.add(format) : 0));
      }
      return i;
    },
  };
}

function rowsXml(plan: PrintSheetPlan, styles: StyleBook): { rows: string; merges: string[]; breaks: number[] } {
  const formats = formatIndexes(styles);
  const merges: string[] = [];
  const breaks: number[] = [];
  const out: string[] = [];
  plan.rows.forEach((row, i) => {
    const r = i + 1;
    // Excel keeps at most 1,026 manual breaks; past them it breaks pages itself.
    if (row.breakBefore && i > 0 && breaks.length < EXCEL_LIMITS.manualPageBreaks) breaks.push(i);
    const cells: string[] = [];
    for (const cell of [...row.cells].sort((a, b) => a.col - b.col)) {
      if (cell.span > 1) merges.push(`${columnLetter(cell.col)}${r}:${columnLetter(cell.col + cell.span - 1)}${r}`);
      const text = printText(cell);
      const value = cell.value !== undefined && cell.value !== null ? cell.value : text === null ? null : cellTextWithinLimit(text);
      cells.push(cellXml(`${columnLetter(cell.col)}${r}`, value, formats.master(cell)));
      const s = cell.span > 1 ? formats.spanned(cell) : 0;
      for (let k = 1; k < cell.span && s; k++) cells.push(`<c r="${columnLetter(cell.col + k)}${r}" s="${s}"/>`);
    }
    out.push(`<row r="${r}" ht="${Math.min(409, row.height)}" customHeight="1">${cells.join("")}</row>`);
  });
  return { rows: out.join(""), merges, breaks };
}

/**
 * A print-ready sheet (通知书, 月报) written straight as worksheet XML: A4, fitted one page wide, centred,
 * no gridlines, column widths and row heights, merged cells, the styles' fonts, borders and alignment,
 * manual page breaks and the print area — ready to be placed into any package (placeSheets).
 */
export function printSheetXml(plan: PrintSheetPlan, styles: StyleBook): OwnedSheet {
  const inch = (mm: number) => mm / 25.4;
  const last = Math.max(plan.rows.length, 1);
  const lastCol = columnLetter(Math.max(plan.columnWidthsPt.length, 1) - 1);
  const { rows, merges, breaks } = rowsXml(plan, styles);
  const cols = plan.columnWidthsPt
    .map((pt, i) => `<col min="${i + 1}" max="${i + 1}" width="${pointsToChars(pt)}" customWidth="1"/>`)
    .join("");
  const m = plan.page.marginsMm;
  const xml = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${SPREADSHEET_MAIN}" xmlns:r="${REL}">`,
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    `<dimension ref="A1:${lastCol}${last}"/>`,
    '<sheetViews><sheetView showGridLines="0" workbookViewId="0"/></sheetViews>',
    '<sheetFormatPr defaultRowHeight="15"/>',
    cols ? `<cols>${cols}</cols>` : "",
    `<sheetData>${rows}</sheetData>`,
    merges.length ? `<mergeCells count="${merges.length}">${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>` : "",
    '<printOptions horizontalCentered="1"/>',
    `<pageMargins left="${inch(m.left)}" right="${inch(m.right)}" top="${inch(m.top)}" bottom="${inch(m.bottom)}" header="0.2" footer="0.2"/>`,
    // Fit to one page wide, any pages tall, whatever the plan asks: the columns are set in points converted
    // for Excel's default font, so Excel prints a "none" plan at 100 % anyway; where the default font is
    // wider (LibreOffice, WPS without Calibri) this shrinks the page a little instead of cutting a column off.
    `<pageSetup paperSize="9" orientation="${plan.page.orientation ?? "portrait"}" fitToWidth="1" fitToHeight="0"/>`,
    breaks.length
      ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((b) => `<brk id="${b}" max="16383" man="1"/>`).join("")}</rowBreaks>`
      : "",
    "</worksheet>",
  ].join("");
  const quoted = `'${plan.name.replace(/'/g, "''")}'`;
  return {
    name: plan.name,
    xml,
    table: null,
    definedNames: [{ name: "_xlnm.Print_Area", value: xmlText(`${quoted}!$A$1:$${lastCol}$${last}`) }],
  };
}
