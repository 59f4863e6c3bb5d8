import { readPickedWorkbook } from "../../../src/taskpane/shell/readPickedWorkbook";
import { WorkbookFileError } from "../../../src/hosts/file/workbookFileError";
import { generatedLedgerXlsx } from "../../helpers/generatedLedger";
import { deflatedEntry, zeroBomb, zipFile, zipParts } from "../../helpers/zipFile";

// The page's Traditional→Simplified dictionary is a webpack alias; under node the core uses opencc directly.
jest.mock("../../../src/taskpane/lazy/simplifier", () => ({ loadSimplifier: async () => undefined }));

test("a registry picked in the pane is inflated within the package limits: a part lying about its size is refused, not inflated whole (issue 12, point 3)", async () => {
  const parts = await zipParts(generatedLedgerXlsx(3));
  const entries = [...parts].map(([n, c]) => deflatedEntry(n, c));
  const i = entries.findIndex((e) => e.name === "xl/sharedStrings.xml");
  entries[i] = { ...entries[i]!, data: zeroBomb(300) }; // claims a few KB, holds 300 MiB
  const e = await readPickedWorkbook(zipFile(entries), "名录.xlsx").catch((err: unknown) => err);
  expect(e).toBeInstanceOf(WorkbookFileError);
  expect((e as WorkbookFileError).code).toBe("damaged");
  // Stopped at the size the part declared (SheetJS alone inflated all 300 MiB before failing on it).
  expect((e as WorkbookFileError).message).toMatch(/部件“xl\/sharedStrings.xml”解压失败或比记录的大/);
  expect((await readPickedWorkbook(generatedLedgerXlsx(3), "名录.xlsx")).sheets[0]!.values[2]![2]).toBe("区城市管理局");
});
