import { FileHost } from "../../../src/hosts/file/fileHost";
import { readWorkbookBytes, type ReadNotes } from "../../../src/hosts/file/readWorkbookBytes";
import { CELL_BUDGET, CellCounts, sheetExtent } from "../../../src/hosts/file/sheetExtent";
import { WorkbookFileError } from "../../../src/hosts/file/workbookFileError";
import { generatedLedgerXlsx } from "../../helpers/generatedLedger";
import { partText, rezip, zipParts } from "../../helpers/zipFile";

const MB = 2 ** 20;
const utf8 = (s: string) => new TextEncoder().encode(s);

/** A 28-finding ledger (A1:K30) with extra rows written into its sheet XML. */
async function ledgerWith(rowsXml: string): Promise<Uint8Array> {
  const parts = await zipParts(generatedLedgerXlsx(28));
  const sheet = partText(parts, "xl/worksheets/sheet1.xml").replace("</sheetData>", `${rowsXml}</sheetData>`);
  return rezip(new Map([...parts, ["xl/worksheets/sheet1.xml", utf8(sheet)]]));
}

const widest = (values: ReadonlyArray<readonly unknown[]>) => values.reduce((w, r) => Math.max(w, r.length), 0);

describe("a grid is sized by the cells that exist, not by its rectangle (issue 12, point 1)", () => {
  test("one real cell at XFD1048576 beside A1:K30 is set aside (and said so), without the 17-billion-cell rectangle", async () => {
    const bytes = await ledgerWith('<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>');
    const before = process.memoryUsage().rss;
    const notes: ReadNotes = {};
    const wb = readWorkbookBytes(bytes, "台账.xlsx", { notes });
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * MB);
    const grid = wb.sheets[0]!;
    expect(grid.values).toHaveLength(30);
    expect(widest(grid.values)).toBe(11);
    expect(notes.setAside).toEqual([{ sheet: "台账", cells: 1, kept: "A1:K30" }]);
    // The ledger still reads as a ledger.
    expect((await new FileHost(bytes, "台账.xlsx").readWorkbook()).sheets[0]!.values[2]![2]).toBe("区城市管理局");
  });

  test("rows are not padded to the widest row: a cell at XFD40 makes one row long, not every row", async () => {
    const wb = readWorkbookBytes(await ledgerWith('<row r="40"><c r="XFD40" t="inlineStr"><is><t>x</t></is></c></row>'), "台账.xlsx");
    const grid = wb.sheets[0]!;
    expect(grid.values).toHaveLength(40);
    expect(grid.values[39]).toHaveLength(16384);
    expect(widest(grid.values.slice(0, 39))).toBe(11);
    expect(grid.values.slice(30, 39).every((r) => r.length === 0)).toBe(true);
  });

  test("a CSV with one 20,000-comma line and 200k short lines reads in little memory", () => {
    const text = `编号,单位,问题\n${",".repeat(20_000)}\n${"1,南湖街道,垃圾满溢\n".repeat(200_000)}`;
    const before = process.memoryUsage().rss;
    const wb = readWorkbookBytes(utf8(text), "清单.csv");
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * MB);
    const grid = wb.sheets[0]!;
    expect(grid.values).toHaveLength(200_002);
    expect(widest(grid.values)).toBe(3);
    expect(grid.values[1]).toEqual([]);
  });

  test("a CSV line of 20,000 filled fields over 200k short lines keeps the lines and sets the wide tail aside", () => {
    const text = `编号,单位,问题\n${"x,".repeat(20_000)}\n${"1,南湖街道,垃圾满溢\n".repeat(200_000)}`;
    const notes: ReadNotes = {};
    const grid = readWorkbookBytes(utf8(text), "清单.csv", { notes }).sheets[0]!;
    expect(grid.values).toHaveLength(200_002);
    expect(widest(grid.values)).toBe(3);
    // Excel keeps 16,384 columns of a line; the 16,381 past the third are set aside.
    expect(notes.setAside).toEqual([{ sheet: "清单", cells: 16_381, kept: "A1:C200002" }]);
  });

  test("a CSV keeps a row's inner empty fields and drops its trailing ones", () => {
    const grid = readWorkbookBytes(utf8("a,,b,,\n\n,c\n"), "x.csv").sheets[0]!;
    expect(grid.values).toEqual([["a", null, "b"], [], [null, "c"]]);
  });
});

describe("sheetExtent", () => {
  test("a rectangle within the budget is every cell's", () => {
    const counts = new CellCounts();
    counts.add(0, 0);
    counts.add(1_048_575, 10);
    expect(sheetExtent(counts, "表", "x.xlsx")).toEqual({ rows: 1_048_576, cols: 11 });
  });

  test("a block far below the data (past a wide gap of empty rows) is set aside when the rectangle is past the budget", () => {
    const counts = new CellCounts();
    for (let r = 0; r < 30; r++) for (let c = 0; c < 40; c++) counts.add(r, c);
    for (let c = 0; c < 40; c++) counts.add(1_048_575, c);
    expect(sheetExtent(counts, "表", "x.xlsx")).toEqual({ rows: 30, cols: 40 });
  });

  test("a block that stays past the budget is refused in one Chinese line", () => {
    const counts = new CellCounts();
    for (let r = 0; r <= 2500; r += 500) for (let c = 0; c < 16_384; c++) counts.add(r, c);
    expect(2501 * 16_384).toBeGreaterThan(CELL_BUDGET);
    let error: unknown;
    try {
      sheetExtent(counts, "表", "x.xlsx");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect((error as WorkbookFileError).code).toBe("too-large");
    expect((error as WorkbookFileError).message).toBe("工作表“表”的数据范围过大（2501 行 × 16384 列），不是正常的台账，没有打开");
  });
});
