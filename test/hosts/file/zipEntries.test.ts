import { zipEntries } from "../../../src/hosts/file/zipEntries";
import { zipFile } from "../../helpers/zipFile";
import { WorkbookFileError } from "../../../src/hosts/file/workbookFileError";
import { generatedLedgerXlsx } from "../../helpers/generatedLedger";

/** The last central-directory record of a package (signature PK\1\2). */
function lastDirectoryRecord(bytes: Uint8Array): number {
  for (let i = bytes.length - 46; i >= 0; i--)
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x01 && bytes[i + 3] === 0x02) return i;
  throw new Error("no central directory");
}

test("a directory record whose extra field runs past the end of the file is refused as damaged, not a RangeError", () => {
  // Found by the fast-check property over overwritten bytes: the extra-field length was trusted.
  const bytes = generatedLedgerXlsx(3).slice();
  const at = lastDirectoryRecord(bytes);
  bytes[at + 30] = 0xff;
  bytes[at + 31] = 0xff;
  let thrown: unknown;
  try {
    zipEntries(bytes, "台账.xlsx");
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(WorkbookFileError);
  expect((thrown as WorkbookFileError).message).toMatch(/已损坏/);
});

describe("inflated sizes a sheet may declare (issue 12, point 2)", () => {
  const MiB = 2 ** 20;
  /** A package of one part stored as `stored` bytes that declares `size` once inflated (nothing is inflated here). */
  const claiming = (size: number, stored: number) =>
    zipFile([{ name: "xl/worksheets/sheet1.xml", data: new Uint8Array(stored), method: 8, size, crc: 0 }]);
  const refusal = (bytes: Uint8Array): WorkbookFileError => {
    try {
      zipEntries(bytes, "台账.xlsx");
    } catch (e) {
      return e as WorkbookFileError;
    }
    throw new Error("not refused");
  };

  test("a 515 KB file whose sheet declares 500 MiB is refused as too large before anything is inflated", () => {
    const e = refusal(claiming(500 * MiB, 515 * 1024));
    expect(e).toBeInstanceOf(WorkbookFileError);
    expect(e.code).toBe("too-large");
    expect(e.message).toBe(
      "工作簿“台账.xlsx”中的部件“xl/worksheets/sheet1.xml”解压后超过 256 MB（声明 500 MB），不是正常的台账（可能已损坏或是“压缩炸弹”），没有打开",
    );
  });

  test("a large part packed far tighter than any sheet (40 MiB in 100 KB) is refused as a bomb", () => {
    const e = refusal(claiming(40 * MiB, 100 * 1024));
    expect(e.code).toBe("too-large");
    expect(e.message).toMatch(/解压后 40 MB，是压缩后的 410 倍，不是正常的台账/);
  });

  test("a 300k-row × 20-column sheet (about 240 MB of XML, packed 8:1) is within the limits", () => {
    expect(zipEntries(claiming(240 * MiB, 30 * MiB), "台账.xlsx")).toHaveLength(1);
  });
});
