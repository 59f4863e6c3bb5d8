import * as XLSX from "@e965/xlsx";
import { readWorkbookBytes } from "../../../src/hosts/file/readWorkbookBytes";
import { WorkbookFileError } from "../../../src/hosts/file/workbookFileError";
import { detectEncoding } from "../../../src/hosts/file/decodeText";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const CSV = '标题,,\n检查日期,责任单位,问题描述\n2024.5.3,区卫健局,"垃圾\n堆放"\n';

// The same CSV saved by Excel on Chinese Windows (GB18030/GBK); made with iconv.
const GB18030_FIXTURE = join(__dirname, "../../fixtures/export-gb18030.csv");

describe("readWorkbookBytes", () => {
  test("CSV in UTF-8, UTF-8 with BOM and GB18030 give the same grid", () => {
    const utf8 = new TextEncoder().encode(CSV);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    const gb = new Uint8Array(readFileSync(GB18030_FIXTURE));
    expect(detectEncoding(gb)).toBe("gb18030");
    const grids = [utf8, bom, gb].map((b) => readWorkbookBytes(b, "导出.csv").sheets[0]!);
    expect(grids[0]!.values[2]).toEqual(["2024.5.3", "区卫健局", "垃圾\n堆放"]);
    expect(grids[1]).toEqual(grids[0]);
    expect(grids[2]).toEqual(grids[0]);
    expect(grids[0]!.isCsv).toBe(true);
  });

  test("legacy .xls, formulas, merges and number formats come through", () => {
    const ws = XLSX.utils.aoa_to_sheet([["标题"], ["检查日期", "数量"], [45423, { f: "1+1" } as unknown as number]]);
    ws["!merges"] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }];
    ws["A3"]!.z = "yyyy-mm-dd";
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, "台账");
    const xls = XLSX.write(wb, { type: "array", bookType: "biff8" }) as ArrayBuffer;
    const grid = readWorkbookBytes(new Uint8Array(xls), "旧版.xls").sheets[0]!;
    expect(grid.values[2]![0]).toBe(45423);
    expect(grid.merges).toEqual([{ startRow: 0, startCol: 0, endRow: 0, endCol: 1 }]);
    const xlsx = XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer;
    const modern = readWorkbookBytes(new Uint8Array(xlsx), "新版.xlsx").sheets[0]!;
    expect(modern.formulas![2]![1]).toBe("=1+1");
    expect(modern.numberFormats![2]![0]).toBe("yyyy-mm-dd");
  });

  test("a password-protected workbook (an encrypted OOXML package) is named as such", () => {
    // Excel saves an encrypted .xlsx as a compound file holding EncryptionInfo and EncryptedPackage.
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, "/EncryptionInfo", new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(cfb, "/EncryptedPackage", new Uint8Array(64).fill(7));
    const bytes = XLSX.CFB.write(cfb, { type: "array" }) as unknown as ArrayLike<number>;
    expect(() => readWorkbookBytes(new Uint8Array(bytes), "加密.xlsx")).toThrow(/设置了打开密码/);
  });

  test("files that cannot be opened throw WorkbookFileError with a Chinese message", () => {
    expect(() => readWorkbookBytes(new Uint8Array(0), "a.xlsx")).toThrow(WorkbookFileError);
    expect(() => readWorkbookBytes(new TextEncoder().encode("hello"), "a.xlsx")).toThrow(/不是有效的 Excel 工作簿/);
    expect(() => readWorkbookBytes(new TextEncoder().encode("hello"), "a.pdf")).toThrow(/不支持的文件类型/);
  });
});
