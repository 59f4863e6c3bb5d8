import { columnLetter } from "../../core/model/address";
import {
  EXCEL_LIMITS,
  listSource,
  MARK_COLORS,
  type CellMark,
  type ColumnValidation,
  type PrintSetup,
  type SheetPlan,
} from "../../core/output/sheetPlan";
import { WRITE_BUDGET } from "./chunking";
import { addressLists, coalesce } from "./rangeGroups";

/** Hyperlinks per sync: each is a cell path and a property set (~400 bytes), so 5,000 stay near 2 MB. */
const LINKS_PER_SYNC = 5_000;

function rule(v: ColumnValidation, firstCell: string): Excel.DataValidationRule | null {
  switch (v.kind) {
    case "list": {
      // Excel keeps an in-cell list as text of at most 255 characters; a longer one is refused.
      const source = listSource(v.values);
      return source === null ? null : { list: { inCellDropDown: true, source } };
    }
    case "listRange":
      return { list: { inCellDropDown: true, source: v.source } };
    case "date":
      return { date: { formula1: "2000-01-01", operator: "GreaterThan" as Excel.DataValidationOperator } };
    case "dateOrWords":
      return { custom: { formula: `=OR(ISNUMBER(${firstCell}),${v.words.map((w) => `${firstCell}="${w}"`).join(",")})` } };
  }
}

/** Data validation on whole columns of an owned sheet: one operation per column, replacing what was there. */
export function applyValidations(ws: Excel.Worksheet, plan: SheetPlan, lastRow: number): void {
  for (const v of plan.validations ?? []) {
    const col = columnLetter(v.col);
    const range = ws.getRange(`${col}2:${col}${lastRow}`);
    range.dataValidation.clear();
    const r = rule(v, `${col}2`);
    if (!r) continue;
    range.dataValidation.rule = r;
    range.dataValidation.errorAlert = {
      showAlert: true,
      style: "Warning" as Excel.DataValidationAlertStyle,
      title: "创卫台账助手",
      message: "输入的内容不符合标准台账的要求",
    };
  }
}

/** Hyperlinks to cells elsewhere in the workbook (at most Excel's 65,530 a sheet), in batches of a bounded size. */
export async function applyLinks(context: Excel.RequestContext, ws: Excel.Worksheet, plan: SheetPlan): Promise<void> {
  const links = (plan.links ?? []).slice(0, EXCEL_LIMITS.hyperlinksPerSheet);
  for (let i = 0; i < links.length; i += LINKS_PER_SYNC) {
    for (let k = i; k < Math.min(links.length, i + LINKS_PER_SYNC); k++) {
      const l = links[k]!;
      ws.getCell(l.row + 1, l.col).hyperlink = { documentReference: `'${l.sheet.replace(/'/g, "''")}'!${l.cell}`, textToDisplay: l.cell };
    }
    await context.sync();
  }
}

/**
 * Clears earlier fills in data rows from…to (0-based), then colours the marked cells: one fill per
 * colour for a whole list of cells (worksheet.getRanges), not one per cell; syncs once.
 */
/** What one getRanges(…).format.fill.color call costs besides its address list (three object paths, one action). */
const MARK_CALL_BYTES = 600;

export async function applyMarks(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  width: number,
  from: number,
  to: number,
  marks: readonly CellMark[],
): Promise<void> {
  if (to >= from) ws.getRange(`A${from + 2}:${columnLetter(width - 1)}${to + 2}`).format.fill.clear();
  // Painted in this order, so a problem's colour shows over the colour of an edited or conflicting value;
  // a sync whenever the addresses queued reach the request budget (addresses are ASCII: a byte a character).
  let queued = 0;
  for (const severity of ["edited", "conflict", "info", "warning", "error"] as const) {
    const cells = marks.filter((m) => m.severity === severity).map((m) => ({ r0: m.row + 1, r1: m.row + 1, c0: m.col, c1: m.col }));
    for (const list of addressLists(coalesce(cells))) {
      ws.getRanges(list).format.fill.color = `#${MARK_COLORS[severity].slice(2)}`;
      queued += list.length + MARK_CALL_BYTES;
      if (queued > WRITE_BUDGET) {
        await context.sync();
        queued = 0;
      }
    }
  }
  await context.sync();
}

const MM_TO_PT = 72 / 25.4;

/** A4 page setup: orientation, repeated title rows, fit to one page wide (any pages tall) or 100 %. */
export function applyPrintSetup(
  ws: Excel.Worksheet,
  setup: PrintSetup & { marginsMm?: { top: number; bottom: number; left: number; right: number } },
  printArea: string,
): void {
  const pl = ws.pageLayout;
  pl.paperSize = "A4" as Excel.PaperType;
  pl.orientation = (setup.orientation === "landscape" ? "Landscape" : "Portrait") as Excel.PageOrientation;
  if (setup.marginsMm) {
    pl.topMargin = setup.marginsMm.top * MM_TO_PT;
    pl.bottomMargin = setup.marginsMm.bottom * MM_TO_PT;
    pl.leftMargin = setup.marginsMm.left * MM_TO_PT;
    pl.rightMargin = setup.marginsMm.right * MM_TO_PT;
  }
  pl.centerHorizontally = true;
  pl.zoom = setup.fit === "width" ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: 100 };
  // A plan that prints only its first columns: whole columns, so rows added later print too.
  pl.setPrintArea(setup.columns ? `A:${columnLetter(setup.columns - 1)}` : printArea);
  if (setup.titleRows) pl.setPrintTitleRows(`$${setup.titleRows.first}:$${setup.titleRows.last}`);
}
