import { LEDGER_SHEET } from "../../../src/core/output/ledgerSheetPlan";
import { FileHost } from "../../../src/hosts/file/fileHost";
import { readWorkbookBytes } from "../../../src/hosts/file/readWorkbookBytes";
import { unzipParts } from "../../../src/hosts/file/unzipParts";
import { runStructure } from "../../../src/workflows/structureWorkflow";
import { anchoredPhotoLedger } from "../../helpers/photoWorkbook";

/** 标准台账 shows how many 整改前/整改后 pictures a finding has and links to them in the source sheet. */
test("标准台账 counts each finding's pictures and links to the first of them", async () => {
  const host = new FileHost(await anchoredPhotoLedger(), "台账.xlsx");
  await runStructure(host);
  const plan = host.plans().find((p) => p.name === LEDGER_SHEET)!;
  const before = plan.columns.findIndex((c) => c.header === "整改前照片");
  const after = plan.columns.findIndex((c) => c.header === "整改后照片");
  expect(before).toBeGreaterThan(0);
  expect(plan.rows.map((r) => [r[before], r[after]])).toEqual([
    ["2张", "1张"],
    ["1张", null],
    [null, "1张"],
  ]);
  expect(plan.links).toEqual(
    expect.arrayContaining([
      { row: 0, col: before, sheet: "5月台账", cell: "E3" },
      { row: 0, col: after, sheet: "5月台账", cell: "F3" },
      { row: 1, col: before, sheet: "5月台账", cell: "E4" },
      { row: 2, col: after, sheet: "5月台账", cell: "F5" },
    ]),
  );

  // The saved workbook: the counts are links into the source sheet, whose pictures stay where they were.
  const out = await host.toXlsx();
  const parts = await unzipParts(out, "out.xlsx");
  const grid = readWorkbookBytes(out, "out.xlsx", { parts });
  const ledger = grid.sheets.find((s) => s.name === LEDGER_SHEET)!;
  expect(ledger.values[1]![before]).toBe("2张");
  const xml = [...parts.entries()].map(([, d]) => new TextDecoder().decode(d)).join("");
  expect(xml).toMatch(/<hyperlink [^>]*location="&apos;5月台账&apos;!E3"|<hyperlink [^>]*location="'5月台账'!E3"/);
});
