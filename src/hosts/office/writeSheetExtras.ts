import { columnLetter } from "../../core/model/address";
import { MARK_COLORS, type CellMark, type ColumnValidation, type SheetPlan } from "../../core/output/sheetPlan";

/** Office.js operations per sync for links and marks: each is ~150 bytes, so 5,000 stay far under 4 MB. */
const OPS_PER_SYNC = 5_000;

function rule(v: ColumnValidation, firstCell: string): Excel.DataValidationRule {
  switch (v.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: v.values.join(",") } };
    case "listRange":
      return { list: { inCellDropDown: true, source: v.source } };
    case "date":
      return { date: { formula1: "2000-01-01", operator: "GreaterThan" as Excel.DataValidationOperator } };
    case "dateOrWords":
      return { custom: { formula: `=OR(ISNUMBER(${firstCell}),${v.words.map((w) => `${firstCell}="${w}"`).join(",")})` } };
  }
}

/** Data validation on whole columns of an owned sheet: one operation per column. */
export function applyValidations(ws: Excel.Worksheet, plan: SheetPlan, lastRow: number): void {
  for (const v of plan.validations ?? []) {
    const col = columnLetter(v.col);
    const range = ws.getRange(`${col}2:${col}${lastRow}`);
    range.dataValidation.clear();
    range.dataValidation.rule = rule(v, `${col}2`);
    range.dataValidation.errorAlert = {
      showAlert: true,
      style: "Warning" as Excel.DataValidationAlertStyle,
      title: "创卫台账助手",
      message: "输入的内容不符合标准台账的要求",
    };
  }
}

/** Hyperlinks to cells elsewhere in the workbook, in batches of a constant size. */
export async function applyLinks(context: Excel.RequestContext, ws: Excel.Worksheet, plan: SheetPlan): Promise<void> {
  const links = plan.links ?? [];
  for (let i = 0; i < links.length; i += OPS_PER_SYNC) {
    for (const l of links.slice(i, i + OPS_PER_SYNC)) {
      ws.getCell(l.row + 1, l.col).hyperlink = { documentReference: `'${l.sheet.replace(/'/g, "''")}'!${l.cell}`, textToDisplay: l.cell };
    }
    await context.sync();
  }
}

/** Clears earlier fills in data rows from…to (0-based), then colours the marked cells; syncs once per batch. */
export async function applyMarks(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  width: number,
  from: number,
  to: number,
  marks: readonly CellMark[],
): Promise<void> {
  if (to >= from) ws.getRange(`A${from + 2}:${columnLetter(width - 1)}${to + 2}`).format.fill.clear();
  if (marks.length === 0) {
    await context.sync();
    return;
  }
  for (let i = 0; i < marks.length; i += OPS_PER_SYNC) {
    for (const m of marks.slice(i, i + OPS_PER_SYNC))
      ws.getCell(m.row + 1, m.col).format.fill.color = `#${MARK_COLORS[m.severity].slice(2)}`;
    await context.sync();
  }
}
