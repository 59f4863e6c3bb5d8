import ExcelJS from "exceljs";
import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { SheetGrid, WorkbookGrid } from "../../../src/core/model/grid";
import { readOoxmlSheets } from "../../../src/hosts/file/readOoxmlSheets";
import { SheetNeedsFullReader } from "../../../src/hosts/file/readSheetXml";
import { readWorkbookBytes, type ReadNotes } from "../../../src/hosts/file/readWorkbookBytes";
import { unzipParts } from "../../../src/hosts/file/unzipParts";
import { demoLedgerXlsx } from "../../helpers/demoLedger";
import { generatedLedgerXlsx } from "../../helpers/generatedLedger";
import { convertWithLibreOffice } from "../../helpers/libreOffice";
import { messyLedgerXlsx } from "../../helpers/messyLedger";
import { monthSheetsXlsx } from "../../helpers/monthSheets";
import { officeLedgerXlsx } from "../../helpers/officeLedger";
import { anchoredPhotoLedger, inCellPhotoLedger, wpsPhotoLedger } from "../../helpers/photoWorkbook";
import { roundTrip } from "../../helpers/roundTrip";
import { SAMPLES_DIR } from "../../helpers/samples";
import { deflatedEntry, zipFile } from "../../helpers/zipFile";

/** A grid with holes and trailing blanks made explicit, so two readers' grids compare cell for cell. */
function dense(sheet: SheetGrid) {
  const fill = <T>(rows: ReadonlyArray<ReadonlyArray<T | null | undefined>> | undefined) =>
    sheet.values.map((row, r) => Array.from({ length: row.length }, (_, c) => rows?.[r]?.[c] ?? null));
  return { ...sheet, values: fill(sheet.values), numberFormats: fill(sheet.numberFormats), formulas: fill(sheet.formulas) };
}

interface Read {
  grid: WorkbookGrid | string;
  notes: ReadNotes;
}

async function readBoth(bytes: Uint8Array, name: string): Promise<{ hand: Read; sheetJs: Read; byHand: boolean }> {
  const parts = await unzipParts(bytes, name);
  const read = (sheetJsOnly: boolean): Read => {
    const notes: ReadNotes = {};
    try {
      return { grid: readWorkbookBytes(bytes, name, { parts, notes, sheetJsOnly }), notes };
    } catch (e) {
      return { grid: (e as Error).message, notes };
    }
  };
  let byHand = true;
  try {
    readOoxmlSheets(parts);
  } catch (e) {
    if (!(e instanceof SheetNeedsFullReader)) throw e;
    byHand = false;
  }
  return { hand: read(false), sheetJs: read(true), byHand };
}

function expectSameGrids(hand: Read, sheetJs: Read): void {
  const view = (r: Read) => (typeof r.grid === "string" ? r.grid : r.grid.sheets.map(dense));
  expect(view(hand)).toEqual(view(sheetJs));
  expect(hand.notes).toEqual(sheetJs.notes);
}

async function workbooksOfTheSuite(): Promise<Array<[string, Uint8Array]>> {
  const trip = await roundTrip();
  const own: Array<[string, Uint8Array]> = [
    ["generated.xlsx", generatedLedgerXlsx(300)],
    ["demo.xlsx", await demoLedgerXlsx()],
    ["messy.xlsx", await messyLedgerXlsx()],
    ["months.xlsx", await monthSheetsXlsx()],
    ["office.xlsx", await officeLedgerXlsx()],
    ["anchored.xlsx", await anchoredPhotoLedger()],
    ["in-cell.xlsx", await inCellPhotoLedger()],
    ["wps.xlsx", await wpsPhotoLedger()],
    ["汇总.xlsx", trip.office],
    // (one reply is a damaged file on purpose: it never gets as far as a reader)
    ...trip.replies.filter((r) => /\.xlsx$/.test(r.name) && r.name !== "损坏.xlsx").map((r): [string, Uint8Array] => [r.name, r.bytes]),
  ];
  const samples = SAMPLES_DIR
    ? readdirSync(SAMPLES_DIR)
        .filter((f) => f.endsWith(".xlsx"))
        .map((f): [string, Uint8Array] => [f, new Uint8Array(readFileSync(join(SAMPLES_DIR!, f)))])
    : [];
  // LibreOffice writes its own XML (other attribute order, shared formulas, its own styles).
  const viaLibreOffice = own
    .slice(0, 4)
    .map(([n, b]): [string, Uint8Array | null] => [`lo-${n}`, convertWithLibreOffice(b, n, "xlsx")])
    .filter((e): e is [string, Uint8Array] => e[1] !== null);
  return [...own, ...samples, ...viaLibreOffice];
}

const types = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/s.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
const rootRels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const workbook = `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="台账 &amp; 说明" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const wbRels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/s.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const sst = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>责任单位</t></si><si><r><t>整改</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 情况</t></r><rPh sb="0" eb="1"><t>せい</t></rPh></si><si><t>东湖_x000D_
街道&#x26;&#20013;</t><rPh sb="0" eb="1"><t>x</t></rPh></si><si><t/></si></sst>`;
const styles = `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="31"/><xf numFmtId="176"/><xf numFmtId="14" applyNumberFormat="1"><alignment wrapText="1"/></xf><xf numFmtId="58"/></cellXfs></styleSheet>`;

/** A package written by hand around one worksheet part (with the shared strings and styles above). */
function handMadeBook(sheet: string): Uint8Array {
  return zipFile([
    deflatedEntry("[Content_Types].xml", types),
    deflatedEntry("_rels/.rels", rootRels),
    deflatedEntry("xl/workbook.xml", workbook),
    deflatedEntry("xl/_rels/workbook.xml.rels", wbRels),
    deflatedEntry("xl/sharedStrings.xml", sst),
    deflatedEntry("xl/styles.xml", styles),
    deflatedEntry("xl/worksheets/s.xml", sheet),
  ]);
}

const wholeBook = (rows: string) =>
  handMadeBook(
    `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
  );

describe("the hand readers and SheetJS give the same grids", () => {
  test("every workbook the suite builds, the samples, and their LibreOffice copies", async () => {
    const books = await workbooksOfTheSuite();
    let byHand = 0;
    for (const [name, bytes] of books) {
      const both = await readBoth(bytes, name);
      if (both.byHand) byHand += 1;
      expectSameGrids(both.hand, both.sheetJs);
    }
    // Not a test that passes by leaving everything to SheetJS.
    expect(byHand).toBeGreaterThanOrEqual(books.length - 4);
  }, 120_000);

  test("cells of every kind, written by exceljs", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("各种单元格");
    ws.addRow(["文本 <&>\"'", 12.5, true, false, new Date(Date.UTC(2024, 4, 3)), null, "  前后空格  ", "换行\r\n第二行"]);
    ws.getCell("A2").value = { richText: [{ text: "富", font: { bold: true } }, { text: "文本" }] };
    ws.getCell("B2").value = { formula: "1+1", result: 2 };
    ws.getCell("C2").value = { formula: 'A1&"x"', result: "文本x" };
    ws.getCell("D2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("E2").value = { formula: "NOW()" };
    ws.getCell("F2").value = { error: "#N/A" };
    ws.getCell("G2").value = "😀 表情 \u0007 控制";
    ws.getCell("H2").value = 45292;
    ws.getCell("H2").numFmt = 'yyyy"年"m"月"d"日"';
    ws.getCell("I2").value = 45293;
    ws.getCell("I2").numFmt = "m/d/yy";
    ws.getCell("J2").value = 0.25;
    ws.getCell("J2").numFmt = "0%";
    ws.getCell("K5").value = "远处";
    ws.getCell("K6").numFmt = "@";
    ws.mergeCells("A3:C4");
    ws.getCell("A3").value = "合并";
    ws.getCell("A7").value = { text: "链接", hyperlink: "https://example.org" };
    wb.addWorksheet("空表");
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const both = await readBoth(bytes, "各种.xlsx");
    expect(both.byHand).toBe(true);
    expectSameGrids(both.hand, both.sheetJs);
  });

  test("hand-made XML: cells and rows without r, quotes, inline and typed cells, CJK built-in formats, phonetic runs", async () => {
    const sheet = `<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:Z9999"/><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r='B1' t='s'><v>1</v></c><c r="C1"  t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>
<row><c t="inlineStr"><is><t>行内</t></is></c><c t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c t="b"><v>1</v></c><c t="e"><v>#REF!</v></c><c s="1"><v>45413</v></c><c s="2"><v>45413</v></c><c s="3"><v>45413.5</v></c><c s="4"><v>45414</v></c></row>
<row r="4" spans="1:3"><c r="A4"><v></v></c><c r="B4" s="1"/><c r="C4"><f>SUM(A1:A2)</f></c><c r="E4" t="n"><v>-0</v></c><c r="F4"><v>1.5E-7</v></c><c r="G4" t="b"/></row>
<row r="6"/>
<row r="7"><c r="AA7" t="inlineStr"><is><r><t>富</t></r><r><t>文本</t></r></is></c></row>
</sheetData><mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="A7"/></mergeCells></worksheet>`;
    const bytes = handMadeBook(sheet);
    const both = await readBoth(bytes, "手写.xlsx");
    expect(both.byHand).toBe(true);
    // SheetJS gives the first cell of each locale date format (ids 27–36, 50–58, unnamed in the file) no
    // format, and the later ones m/d/yy; the hand reader gives every one m/d/yy. Compared apart.
    const withoutFormats = (r: Read): Read =>
      typeof r.grid === "string" ? r : { ...r, grid: { ...r.grid, sheets: r.grid.sheets.map((g) => ({ ...g, numberFormats: [] })) } };
    expectSameGrids(withoutFormats(both.hand), withoutFormats(both.sheetJs));
    const grid = (both.hand.grid as WorkbookGrid).sheets[0]!;
    expect(grid.name).toBe("台账 & 说明");
    expect(grid.values[0]).toEqual(["责任单位", "整改 情况", "东湖\n街道&中"]);
    expect(grid.values[1]).toEqual(["行内", "ab", true, "#REF!", 45413, 45413, 45413.5, 45414]);
    expect(grid.numberFormats![1]!.slice(4)).toEqual(["m/d/yy", 'yyyy"年"m"月"', "m/d/yy", "m/d/yy"]);
    // C4: a formula with no cached value is blank (its formula kept).
    expect(grid.values[3]).toEqual([null, null, null, null, -0, 1.5e-7, false]);
    expect(grid.formulas![3]![2]).toBe("=SUM(A1:A2)");
    expect(grid.values[6]![26]).toBe("富文本");
    expect(dense(grid).numberFormats[3]).toEqual([null, "m/d/yy", null, null, null, null, null]);
  });

  test("attributes on their own lines (valid XML SheetJS's cell split misses) are read", async () => {
    const book = wholeBook(`<row r="1"><c r="A1"><v>1</v></c><c\n r="B1"\n t="inlineStr"><is><t>第二格</t></is></c></row>`);
    const grid = readWorkbookBytes(book, "换行.xlsx", { parts: await unzipParts(book, "换行.xlsx") });
    expect(grid.sheets[0]!.values[0]).toEqual([1, "第二格"]);
  });

  test("what the hand readers leave to SheetJS still reads the same (shared formulas)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("公式");
    ws.getCell("A1").value = 1;
    ws.getCell("A2").value = 2;
    ws.getCell("B1").value = { formula: "A1*2", result: 2, shareType: "shared", ref: "B1:B2" } as ExcelJS.CellFormulaValue;
    ws.getCell("B2").value = { sharedFormula: "B1", result: 4 } as ExcelJS.CellSharedFormulaValue;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const both = await readBoth(bytes, "公式.xlsx");
    expect(both.byHand).toBe(false);
    expectSameGrids(both.hand, both.sheetJs);
    expect((both.hand.grid as WorkbookGrid).sheets[0]!.formulas![1]![1]).toBe("=A2*2");
  });

  test("random workbooks (fast-check): the same grid either way", async () => {
    const cell = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 10 }),
      fc.string({ unit: "binary", maxLength: 5 }),
      fc.constantFrom("责任单位", "&amp;", "_x000D_", "a\r\nb", " ", "<t>", "#N/A"),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -5, max: 2_958_465 }),
      fc.boolean(),
      fc.constant(null),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { maxLength: 7 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom("", "yyyy-mm-dd", "0.00", "@"),
        async (rows, numFmt) => {
          const wb = new ExcelJS.Workbook();
          const ws = wb.addWorksheet("台账");
          rows.forEach((r, i) =>
            r.forEach((v, c) => {
              const target = ws.getCell(i + 1, c + 1);
              target.value = v;
              if (numFmt && typeof v === "number") target.numFmt = numFmt;
            }),
          );
          const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
          const both = await readBoth(bytes, "随机.xlsx");
          expectSameGrids(both.hand, both.sheetJs);
        },
      ),
      { numRuns: 60 },
    );
  });
});
