import { FileHost } from "../../../src/hosts/file/fileHost";
import { readWorkbookBytes } from "../../../src/hosts/file/readWorkbookBytes";
import { readWorkbookPictures } from "../../../src/hosts/file/readWorkbookPictures";
import { runStructure } from "../../../src/workflows/structureWorkflow";
import { anchoredPhotoLedger, inCellPhotoLedger, wpsPhotoLedger } from "../../helpers/photoWorkbook";

/** Pictures stay in the workbook: the saved result holds the source's pictures where they were. */
test.each([
  ["anchored", anchoredPhotoLedger],
  ["placed in cells", inCellPhotoLedger],
  ["WPS", wpsPhotoLedger],
])("a structured workbook keeps its pictures (%s)", async (_, build) => {
  const bytes = await build();
  const before = await readWorkbookPictures(bytes, readWorkbookBytes(bytes, "台账.xlsx"));
  const host = new FileHost(bytes, "台账.xlsx");
  await runStructure(host);
  const out = await host.toXlsx();
  const after = await readWorkbookPictures(out, readWorkbookBytes(out, "台账.xlsx"));
  const key = (m: typeof before) =>
    [...m].map(([sheet, ps]) => [sheet, ps.map((p) => `${p.row},${p.col},${p.placement},${p.data.length}`).sort()]);
  expect(key(after)).toEqual(key(before));
});
