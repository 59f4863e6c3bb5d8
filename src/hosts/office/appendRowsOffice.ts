import { columnLetter } from "../../core/model/address";
import type { CellValue } from "../../core/model/grid";
import type { SheetPlan } from "../../core/output/sheetPlan";
import { toExcel } from "./excelCellValue";

/**
 * Appends rows in one sync after the look-up: through the sheet's table (table.rows.add appends at the
 * end as Excel holds it when the request runs, so two co-authors appending at once both keep their
 * rows), or below the used range; a missing sheet is added with its header. If a co-author added the
 * sheet meanwhile, Excel refuses the second add (ItemAlreadyExists) and the caller tries again.
 */
export async function appendRowsOffice(context: Excel.RequestContext, plan: SheetPlan, rows: readonly CellValue[][]): Promise<void> {
  const sheets = context.workbook.worksheets;
  const found = sheets.getItemOrNullObject(plan.name);
  found.tables.load("items/name");
  const used = found.getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount");
  await context.sync();
  const width = plan.columns.length;
  const formats = plan.columns.map((c) => c.numberFormat ?? "General");
  const values = rows.map((r) => Array.from({ length: width }, (_, i) => toExcel(r[i] ?? null)));
  if (rows.length === 0) return;
  const writeAt = (ws: Excel.Worksheet, first: number) => {
    const range = ws.getRange(`A${first}:${columnLetter(width - 1)}${first + rows.length - 1}`);
    range.numberFormat = values.map(() => formats);
    range.values = values;
  };
  if (found.isNullObject) {
    const ws = sheets.add(plan.name);
    const header = ws.getRange(`A1:${columnLetter(width - 1)}1`);
    header.values = [plan.columns.map((c) => c.header)];
    header.format.font.bold = true;
    writeAt(ws, 2);
  } else if (found.tables.items.length > 0) found.tables.items[0]!.rows.add(undefined, values);
  else writeAt(found, used.isNullObject ? 2 : used.rowIndex + used.rowCount + 1);
  await context.sync();
}

/** Sets single cells (text cells as text), in one sync. */
export async function writeCellsOffice(
  context: Excel.RequestContext,
  sheet: string,
  cells: ReadonlyArray<{ row: number; col: number; value: CellValue }>,
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  for (const c of cells) {
    const cell = ws.getCell(c.row, c.col);
    if (typeof c.value === "string") cell.numberFormat = [["@"]];
    cell.values = [[toExcel(c.value)]];
  }
  await context.sync();
}
