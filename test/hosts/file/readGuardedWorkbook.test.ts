import { readGuardedWorkbook } from "../../../src/hosts/file/readGuardedWorkbook";
import { WorkbookFileError } from "../../../src/hosts/file/workbookFileError";
import { generatedLedgerXlsx } from "../../helpers/generatedLedger";
import { deflatedEntry, zeroBomb, zipFile, zipParts } from "../../helpers/zipFile";

describe("readGuardedWorkbook (issue 12, point 3: the pane's registry import)", () => {
  test("reads a workbook as the file host does", async () => {
    const wb = await readGuardedWorkbook(generatedLedgerXlsx(3), "名录.xlsx");
    expect(wb.sheets[0]!.values[2]![2]).toBe("区城市管理局");
  });

  test("a part that lies about its size is stopped at the size it declared, never inflated whole", async () => {
    const parts = await zipParts(generatedLedgerXlsx(3));
    const entries = [...parts].map(([n, c]) => deflatedEntry(n, c));
    const i = entries.findIndex((e) => e.name === "xl/sharedStrings.xml");
    entries[i] = { ...entries[i]!, data: zeroBomb(300) }; // claims a few KB, holds 300 MiB
    const before = process.memoryUsage().rss;
    const e = await readGuardedWorkbook(zipFile(entries), "名录.xlsx").catch((err: unknown) => err);
    expect(e).toBeInstanceOf(WorkbookFileError);
    expect((e as WorkbookFileError).code).toBe("damaged");
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 2 ** 20);
  });

  test("a CSV needs no unpacking", async () => {
    const wb = await readGuardedWorkbook(new TextEncoder().encode("单位名称\n北山街道\n"), "名录.csv");
    expect(wb.sheets[0]!.values).toEqual([["单位名称"], ["北山街道"]]);
  });
});
