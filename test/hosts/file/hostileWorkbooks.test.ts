import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FileHost } from "../../../src/hosts/file/fileHost";
import { WorkbookFileError } from "../../../src/hosts/file/workbookFileError";
import { generatedLedgerXlsx } from "../../helpers/generatedLedger";
import { deflatedEntry, partText, rezip, zeroBomb, zipFile, zipParts } from "../../helpers/zipFile";

const read = (bytes: Uint8Array, name = "台账.xlsx") => new FileHost(bytes, name).readWorkbook();

async function refusal(bytes: Uint8Array, name = "台账.xlsx"): Promise<WorkbookFileError> {
  const e = await read(bytes, name).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(WorkbookFileError);
  return e as WorkbookFileError;
}

describe("damaged workbooks are refused as damaged (1)", () => {
  test("a sheet part missing from the package", async () => {
    const parts = await zipParts(generatedLedgerXlsx(5));
    parts.delete("xl/worksheets/sheet1.xml");
    const e = await refusal(rezip(parts));
    expect(e.code).toBe("damaged");
    expect(e.message).toMatch(/已损坏/);
  });

  test("a sheet listed in the workbook but absent", async () => {
    const parts = await zipParts(generatedLedgerXlsx(5));
    const wb = partText(parts, "xl/workbook.xml").replace("</sheets>", '<sheet name="幽灵" sheetId="9" r:id="rId99"/></sheets>');
    const e = await refusal(rezip(new Map([...parts, ["xl/workbook.xml", new TextEncoder().encode(wb)]])));
    expect(e.code).toBe("damaged");
    expect(e.message).toMatch(/已损坏/);
  });

  test("a zip bomb that says what it holds (1.2 GB of zeros) is refused before inflating, without the memory", async () => {
    const parts = await zipParts(generatedLedgerXlsx(5));
    const bomb = zeroBomb(1200);
    const entries = [...parts].map(([n, c]) => deflatedEntry(n, c));
    entries.push({ name: "xl/media/bomb.bin", data: bomb, method: 8, size: 1200 * 2 ** 20, crc: 0 });
    const before = process.memoryUsage().rss;
    const t = Date.now();
    const e = await refusal(zipFile(entries));
    expect(e.code).toBe("too-large");
    expect(e.message).toMatch(/解压后超过/);
    expect(Date.now() - t).toBeLessThan(2000);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 2 ** 20);
  });

  test("a zip bomb that lies about its size is stopped at the size it declared", async () => {
    const parts = await zipParts(generatedLedgerXlsx(5));
    const entries = [...parts].map(([n, c]) => deflatedEntry(n, c));
    const i = entries.findIndex((e) => e.name === "xl/sharedStrings.xml");
    entries[i] = { ...entries[i]!, data: zeroBomb(600) }; // claims its real size (a few KB), holds 600 MiB
    const e = await refusal(zipFile(entries));
    expect(e.code).toBe("damaged");
  });
});

describe("sizes come from the cells that exist (2)", () => {
  test("<dimension ref=A1:XFD1048576> over 26 real rows gives a 26-row grid", async () => {
    const parts = await zipParts(generatedLedgerXlsx(24));
    const sheet = partText(parts, "xl/worksheets/sheet1.xml")
      .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
      .replace("</sheetData>", '</sheetData><mergeCells count="2"><mergeCell ref="A1:K1"/><mergeCell ref="A40:XFD1048576"/></mergeCells>');
    const wb = await read(rezip(new Map([...parts, ["xl/worksheets/sheet1.xml", new TextEncoder().encode(sheet)]])));
    const grid = wb.sheets[0]!;
    expect(grid.values).toHaveLength(26);
    expect(Math.max(...grid.values.map((r) => r.length))).toBe(11);
    expect(grid.merges).toEqual([{ startRow: 0, startCol: 0, endRow: 0, endCol: 10 }]);
  });
});

describe("text encodings (16)", () => {
  test("GB18030 behind a UTF-8 byte-order mark is read as GB18030, and the host says so", async () => {
    const gb = new Uint8Array(readFileSync(join(__dirname, "../../fixtures/export-gb18030.csv")));
    const plain = await read(gb, "导出.csv");
    const host = new FileHost(new Uint8Array([0xef, 0xbb, 0xbf, ...gb]), "导出.csv");
    const withBom = await host.readWorkbook();
    expect(withBom.sheets[0]!.values).toEqual(plain.sheets[0]!.values);
    expect(host.textEncoding).toMatchObject({ encoding: "gb18030", note: expect.stringMatching(/UTF-8/) });
  });
});
