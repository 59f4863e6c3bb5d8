/**
 * A print-ready sheet laid out in the core: rows with heights, cells spanning columns, styles,
 * manual page breaks and A4 page setup. Hosts translate it into exceljs or Office.js calls.
 */
export interface PrintStyle {
  font: "title" | "body" | "hei";
  /** Points. */
  size: number;
  align: "left" | "center" | "right" | "justify";
  bold?: boolean;
  border?: boolean;
  /** Six hex digits. */
  color?: string;
  /** A line under the cell (the red rule under the 文号, the cut line above the 回执). */
  underline?: "red" | "dashed";
  indentChars?: number;
}

export interface PrintCell {
  col: number;
  span: number;
  text: string | null;
  style: PrintStyle;
  /** A number written as a number (charts and formulas can use it), shown with `numberFormat`. */
  value?: number | null;
  numberFormat?: string;
}

export interface PrintRow {
  /** Points. */
  height: number;
  cells: PrintCell[];
  /** A manual page break before this row. */
  breakBefore?: boolean;
}

export interface PrintSheetPlan {
  name: string;
  /** Column widths in points, as Office.js sets them (the file host converts them to characters). */
  columnWidthsPt: number[];
  rows: PrintRow[];
  page: {
    marginsMm: { top: number; bottom: number; left: number; right: number };
    orientation?: "portrait" | "landscape";
    /** "none": print at 100 % (the plan's own page breaks decide the pages); "width": shrink to one page wide. */
    fit: "width" | "none";
  };
}

/** Font names for the styles; Excel and LibreOffice substitute the nearest installed face. */
export const PRINT_FONTS: Record<PrintStyle["font"], string> = { title: "方正小标宋简体", body: "仿宋_GB2312", hei: "黑体" };
