/** An owned sheet found in the workbook (kept, so formulas, dropdowns and charts that point at it survive) or added. */
export interface OwnedSheet {
  ws: Excel.Worksheet;
  /** 1-based last row and column of what it held before (formats included); 0 for a new sheet. */
  lastRow: number;
  lastCol: number;
  existed: boolean;
}

/**
 * Looks the sheet up in one sync (with whatever `alsoLoad` queues on it), adds it when missing.
 * Never deletes: deleting would turn every reference to it into #REF! and drop its event handlers.
 */
export async function ownedSheet(
  context: Excel.RequestContext,
  name: string,
  alsoLoad?: (ws: Excel.Worksheet) => void,
): Promise<OwnedSheet> {
  const sheets = context.workbook.worksheets;
  const found = sheets.getItemOrNullObject(name);
  const used = found.getUsedRangeOrNullObject(false);
  used.load("rowIndex,rowCount,columnIndex,columnCount");
  alsoLoad?.(found);
  await context.sync();
  if (found.isNullObject) return { ws: sheets.add(name), lastRow: 0, lastCol: 0, existed: false };
  return {
    ws: found,
    lastRow: used.isNullObject ? 0 : used.rowIndex + used.rowCount,
    lastCol: used.isNullObject ? 0 : used.columnIndex + used.columnCount,
    existed: true,
  };
}
