import ExcelJS from "exceljs";
import { columnLetter } from "../../core/model/address";
import {
  FORM_COLUMNS,
  FORM_HEADER_ROW,
  FORM_INFO_SHEET,
  FORM_SHEET,
  FORM_SPARE_ROWS,
  type ReplyFormPlan,
} from "../../core/consolidate/replyForm";

const LOCKED_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEDEDED" } };
const REPLY_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
const FONT = "宋体";

/** Columns of text a value takes: a Chinese character is two, as Excel's widths count them. */
const textWidth = (v: unknown): number => (typeof v === "string" ? [...v].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0) : 0);

/** A row tall enough for its wrapped text (LibreOffice and WPS do not always fit rows themselves). */
function rowHeight(values: readonly unknown[] | undefined): number {
  let lines = 1;
  FORM_COLUMNS.forEach((c, i) => {
    if (c.kind === "text" && c.key !== "id" && c.key !== "phone")
      lines = Math.max(lines, Math.ceil(textWidth(values?.[i]) / Math.max(1, c.width - 1)));
  });
  return Math.max(18, lines * 14 + 4);
}

function dataValidation(key: string, plan: ReplyFormPlan, cell: string): ExcelJS.DataValidation | null {
  const base = { allowBlank: true, showErrorMessage: true, showInputMessage: true, errorTitle: "交办单" };
  if (key === "status")
    return {
      ...base,
      type: "list",
      formulae: [`"${plan.statusWords.join(",")}"`],
      errorStyle: "stop",
      error: "请从下拉列表中选择整改情况",
    };
  if (key === "rectifiedOn" || key === "inspectedOn")
    return {
      ...base,
      type: "date",
      operator: "greaterThan",
      formulae: [new Date(Date.UTC(2000, 0, 1))],
      errorStyle: "stop",
      error: `请输入日期，如 2025-06-10（${cell}）`,
    };
  return null;
}

/**
 * A 交办单 workbook for one unit: title, 单位 line, one line of instructions, the findings with
 * their 编号 locked and the reply columns unlocked (dropdown, date check), spare rows to add
 * problems, sheet protection without a password (against accidents, not people), A4 landscape
 * fitted to the width with the header repeated on every page. Plain cells only, so Excel, WPS and
 * LibreOffice open and save it alike, and rows copied elsewhere keep their 编号.
 */
export async function writeReplyForm(plan: ReplyFormPlan): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "创卫台账助手";
  const ws = wb.addWorksheet(FORM_SHEET, { views: [{ state: "frozen", ySplit: FORM_HEADER_ROW }] });
  const width = FORM_COLUMNS.length;
  const last = columnLetter(width - 1);
  ws.columns = FORM_COLUMNS.map((c) => ({ width: c.width }));

  const line = (row: number, text: string, font: Partial<ExcelJS.Font>, height: number, align: ExcelJS.Alignment["horizontal"]) => {
    ws.mergeCells(`A${row}:${last}${row}`);
    const cell = ws.getCell(`A${row}`);
    cell.value = text;
    cell.font = { name: FONT, ...font };
    cell.alignment = { horizontal: align, vertical: "middle", wrapText: true };
    ws.getRow(row).height = height;
  };
  line(1, plan.title, { size: 18, bold: true }, 32, "center");
  line(2, plan.subtitle, { size: 11 }, 20, "left");
  line(3, plan.instructions, { size: 10, color: { argb: "FF7F6000" } }, 30, "left");

  const header = ws.getRow(FORM_HEADER_ROW);
  FORM_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.fill = c.reply ? REPLY_FILL : LOCKED_FILL;
    cell.border = THIN;
  });
  header.height = 22;

  const first = FORM_HEADER_ROW + 1;
  const lastRow = first + plan.rows.length + FORM_SPARE_ROWS - 1;
  for (let r = first; r <= lastRow; r++) {
    const values = plan.rows[r - first];
    const spare = values === undefined;
    const row = ws.getRow(r);
    row.height = rowHeight(values);
    FORM_COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const v = values?.[i] ?? null;
      if (v !== null) cell.value = v;
      cell.font = { name: FONT, size: 10 };
      cell.alignment = { vertical: "middle", wrapText: c.kind === "text" && c.key !== "id" && c.key !== "phone" };
      cell.border = THIN;
      if (c.kind === "date") cell.numFmt = "yyyy-mm-dd";
      else cell.numFmt = "@";
      // A spare row is the unit's to fill whole (except 编号, which the office assigns).
      const open = c.reply || (spare && c.key !== "id");
      cell.protection = { locked: !open };
      if (c.reply) cell.fill = REPLY_FILL;
      else if (!spare) cell.fill = LOCKED_FILL;
      const dv = dataValidation(c.key, plan, `${columnLetter(i)}${r}`);
      if (dv && (c.reply || spare)) cell.dataValidation = dv;
    });
  }

  await ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
    sort: false,
    insertRows: false,
    deleteRows: false,
  });
  ws.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${FORM_HEADER_ROW}:${FORM_HEADER_ROW}`,
    printArea: `A1:${last}${lastRow}`,
  };
  ws.headerFooter = { oddFooter: `&C${plan.unit}\u3000第 &P 页，共 &N 页` };

  const info = wb.addWorksheet(FORM_INFO_SHEET, { state: "hidden" });
  info.columns = [{ width: 12 }, { width: 60 }];
  info.addRow(["项目", "内容"]);
  for (const [k, v] of plan.info) info.addRow([k, v]);
  info.getColumn(2).numFmt = "@";
  await info.protect("", { selectLockedCells: true, selectUnlockedCells: true });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
