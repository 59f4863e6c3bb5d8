import ExcelJS from "exceljs";

export interface CellEdit {
  sheet: string;
  /** 1-based row. */
  row: number;
  /** A column letter, or the header text in row 1. */
  column: string;
  value: ExcelJS.CellValue;
}

/** Changes cells of a saved workbook the way a user would in Excel, and saves it again. */
export async function editWorkbook(bytes: Uint8Array, edits: readonly CellEdit[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const e of edits) {
    const ws = wb.getWorksheet(e.sheet);
    if (!ws) throw new Error(`no sheet ${e.sheet}`);
    let col = e.column;
    if (!/^[A-Z]{1,3}$/.test(col)) {
      const header = ws.getRow(1);
      let found = 0;
      header.eachCell((c, n) => {
        if (c.text === e.column) found = n;
      });
      if (!found) throw new Error(`no column ${e.column} in ${e.sheet}`);
      col = ws.getColumn(found).letter;
    }
    ws.getCell(`${col}${e.row}`).value = e.value;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The text of a cell of a saved workbook, by header. */
export async function cellOf(bytes: Uint8Array, sheet: string, row: number, header: string): Promise<ExcelJS.Cell> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet)!;
  let found = 0;
  ws.getRow(1).eachCell((c, n) => {
    if (c.text === header) found = n;
  });
  return ws.getCell(row, found);
}
