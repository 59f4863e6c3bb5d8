import { zipEntries } from "../../../src/hosts/file/zipEntries";
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
