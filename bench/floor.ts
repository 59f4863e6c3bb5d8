/**
 * The floor every verb is measured against: what reading the file with SheetJS costs, read the way the
 * project reads it (dense, formulas, number formats) — and, for verbs that write a workbook, writing one
 * back with SheetJS. Bundled like the CLI (SheetJS as its ES module), so both load the same code.
 */
import * as XLSX from "@e965/xlsx";
import { readFileSync } from "node:fs";

const [file, mode] = process.argv.slice(2);
const wb = XLSX.read(new Uint8Array(readFileSync(file!)), {
  type: "array",
  dense: true,
  cellFormula: true,
  cellNF: true,
  cellDates: false,
  sheetStubs: true,
});
if (mode === "write") {
  // The result the write verbs make: the source's sheets and a ledger of the same size.
  const ws = wb.Sheets[wb.SheetNames[0]!]!;
  XLSX.utils.book_append_sheet(wb, { ...ws }, "标准台账");
  XLSX.write(wb, { type: "array", bookType: "xlsx", compression: true });
}
