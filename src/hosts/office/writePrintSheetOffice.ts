import { columnLetter } from "../../core/model/address";
import { PRINT_FONTS, type PrintRow, type PrintSheetPlan, type PrintStyle } from "../../core/output/printSheetPlan";
import { cellTextWithinLimit } from "../../core/output/cellTextLimit";
import { printText } from "../../core/output/printText";
import { EXCEL_LIMITS } from "../../core/output/sheetPlan";
import { chunkRows, rowPayloadBytes, WRITE_BUDGET } from "./chunking";
import { ownedSheet } from "./ownedSheet";
import { addressLists, coalesce, type Block } from "./rangeGroups";
import { applyPrintSetup } from "./writeSheetExtras";
import { addPrintImagesOffice } from "./printImagesOffice";

/** What a print row costs besides its cells' data (its height, merges, its share of the style lists). */
const ROW_OVERHEAD_BYTES = 600;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

/** One style on many areas at once: a handful of property sets whatever the number of cells. */
function applyStyle(areas: Excel.RangeAreas, s: PrintStyle): void {
  const f = areas.format;
  f.font.name = PRINT_FONTS[s.font];
  f.font.size = s.size;
  f.font.bold = s.bold ?? false;
  f.font.color = `#${s.color ?? "000000"}`;
  f.horizontalAlignment = (
    s.align === "justify" ? "Justify" : s.align === "center" ? "Center" : s.align === "right" ? "Right" : "Left"
  ) as Excel.HorizontalAlignment;
  f.verticalAlignment = (s.valign === "top" ? "Top" : "Center") as Excel.VerticalAlignment;
  f.wrapText = true;
  if (s.border) for (const e of EDGES) f.borders.getItem(e).style = "Continuous" as Excel.BorderLineStyle;
  if (s.underline === "red") {
    const b = f.borders.getItem("EdgeBottom");
    b.style = "Continuous" as Excel.BorderLineStyle;
    b.weight = "Medium" as Excel.BorderWeight;
    b.color = "#CC0000";
  }
  if (s.underline === "dashed") f.borders.getItem("EdgeTop").style = "Dash" as Excel.BorderLineStyle;
}

/** A chunk of print rows: heights, values with their formats, merges and styles, each grouped. */
function writeRows(ws: Excel.Worksheet, rows: readonly PrintRow[], first: number, width: number): void {
  const lastCol = columnLetter(width - 1);
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1]!.height === rows[i]!.height) j++;
    ws.getRange(`A${first + i + 1}:A${first + j + 1}`).format.rowHeight = Math.min(409, rows[i]!.height);
    i = j + 1;
  }
  const values = rows.map(() => Array.from({ length: width }, (): string | number => ""));
  const formats = rows.map(() => Array.from({ length: width }, () => "General"));
  const merges = new Map<string, Block[]>();
  const styled = new Map<string, { style: PrintStyle; cells: Block[] }>();
  rows.forEach((row, k) => {
    const r = first + k;
    for (const cell of row.cells) {
      const text = printText(cell);
      if (cell.value !== undefined && cell.value !== null) {
        values[k]![cell.col] = cell.value;
        formats[k]![cell.col] = cell.numberFormat ?? "General";
      } else if (text !== null) {
        // Text format first: a description starting with "=" stays text.
        values[k]![cell.col] = cellTextWithinLimit(text);
        formats[k]![cell.col] = "@";
      }
      const block = { r0: r, r1: r, c0: cell.col, c1: cell.col + cell.span - 1 };
      if (cell.span > 1) {
        const key = `${block.c0}:${block.c1}`;
        const list = merges.get(key) ?? [];
        list.push(block);
        merges.set(key, list);
      }
      const key = JSON.stringify(cell.style);
      const group = styled.get(key) ?? { style: cell.style, cells: [] };
      group.cells.push(block);
      styled.set(key, group);
    }
  });
  const range = ws.getRange(`A${first + 1}:${lastCol}${first + rows.length}`);
  range.numberFormat = formats;
  range.values = values;
  // Equal spans on consecutive rows merge in one call, row by row (merge across).
  for (const blocks of merges.values()) for (const b of coalesce(blocks)) ws.getRange(addressOf(b)).merge(true);
  for (const { style, cells } of styled.values())
    for (const list of addressLists(coalesce(cells, style.underline !== undefined))) applyStyle(ws.getRanges(list), style);
}

/**
 * A print sheet whose write failed after some chunks must not pass for the whole document (a clerk
 * would print half the notices): it is emptied down to one line saying so. Best effort: if Excel is
 * unreachable even for that, the error the caller shows says it.
 */
async function markIncomplete(context: Excel.RequestContext, ws: Excel.Worksheet): Promise<void> {
  try {
    ws.getRange().clear("All");
    ws.horizontalPageBreaks.removePageBreaks();
    ws.getRange("A1").values = [["（本表上次生成未完成，内容不完整，请重新生成后再打印）"]];
    await context.sync();
  } catch {
    // Nothing more can be done from here.
  }
}

const addressOf = (b: Block): string => `${columnLetter(b.c0)}${b.r0 + 1}:${columnLetter(b.c1)}${b.r1 + 1}`;

/**
 * Writes a print-ready sheet (通知书, 月报) in place: one sync to find it, one per chunk of rows (the
 * first also clears what the sheet held), one for the page setup. Formats go to whole groups of
 * cells at once, so a request stays far under Excel's limit whatever the number of rows.
 */
export async function writePrintSheetOffice(context: Excel.RequestContext, plan: PrintSheetPlan): Promise<void> {
  let charts: Excel.ChartCollection | null = null;
  let shapes: Excel.ShapeCollection | null = null;
  const owned = await ownedSheet(context, plan.name, (ws) => {
    charts = ws.charts;
    charts.load("items/name");
    shapes = ws.shapes;
    shapes.load("items/id,items/type");
  });
  const { ws } = owned;
  const width = plan.columnWidthsPt.length;
  if (owned.existed) {
    ws.getRange().clear("All");
    ws.horizontalPageBreaks.removePageBreaks();
    for (const c of (charts as Excel.ChartCollection | null)?.items ?? []) c.delete();
    // The pictures an earlier run placed (整改前照片 of a notice, a 月报's 对照) go with their rows.
    for (const s of (shapes as Excel.ShapeCollection | null)?.items ?? []) if (s.type === "Image") ws.shapes.getItem(s.id).delete();
  }
  ws.showGridlines = false;
  plan.columnWidthsPt.forEach((w, i) => {
    ws.getRange(`${columnLetter(i)}1`).format.columnWidth = w;
  });
  const cellRows = plan.rows.map((row) => row.cells.map((c) => (c.value !== undefined && c.value !== null ? c.value : printText(c))));
  try {
    for (const [start, end] of chunkRows(
      cellRows,
      ROW_OVERHEAD_BYTES + rowPayloadBytes(new Array<string>(width).fill("General")),
      WRITE_BUDGET,
    )) {
      writeRows(ws, plan.rows.slice(start, end), start, width);
      await context.sync();
    }
  } catch (e) {
    await markIncomplete(context, ws);
    throw e;
  }
  const lastCol = columnLetter(width - 1);
  applyPrintSetup(
    ws,
    { orientation: plan.page.orientation ?? "portrait", titleRows: null, fit: plan.page.fit, marginsMm: plan.page.marginsMm },
    `A1:${lastCol}${Math.max(plan.rows.length, 1)}`,
  );
  // Excel keeps at most 1,026 manual page breaks; past them it breaks the pages itself.
  let breaks = 0;
  plan.rows.forEach((row, i) => {
    if (row.breakBefore && i > 0 && breaks++ < EXCEL_LIMITS.manualPageBreaks) ws.horizontalPageBreaks.add(`A${i + 1}`);
  });
  await context.sync();
  await addPrintImagesOffice(context, ws, plan);
}
