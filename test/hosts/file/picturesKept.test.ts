import { FileHost } from "../../../src/hosts/file/fileHost";
import { readWorkbookBytes } from "../../../src/hosts/file/readWorkbookBytes";
import { readWorkbookPictures } from "../../../src/hosts/file/readWorkbookPictures";
import { packageSource } from "../../../src/hosts/file/packageSource";
import { inflateWithStreams, unzipParts } from "../../../src/hosts/file/unzipParts";
import { runStructure } from "../../../src/workflows/structureWorkflow";
import { anchoredPhotoLedger, inCellPhotoLedger, wpsPhotoLedger } from "../../helpers/photoWorkbook";

/** The pictures of a package, read as the file host reads them (parts inflated within limits). */
async function picturesOf(bytes: Uint8Array, name: string) {
  const parts = await unzipParts(bytes, name);
  return readWorkbookPictures(packageSource(bytes, name, parts, inflateWithStreams), readWorkbookBytes(bytes, name, { parts }));
}

/** Pictures stay in the workbook: the saved result holds the source's pictures where they were. */
test.each([
  ["anchored", anchoredPhotoLedger],
  ["placed in cells", inCellPhotoLedger],
  ["WPS", wpsPhotoLedger],
])("a structured workbook keeps its pictures (%s)", async (_, build) => {
  const bytes = await build();
  const before = await picturesOf(bytes, "台账.xlsx");
  const host = new FileHost(bytes, "台账.xlsx");
  await runStructure(host);
  const out = await host.toXlsx();
  const after = await picturesOf(out, "台账.xlsx");
  const key = (m: typeof before) =>
    [...m].map(([sheet, ps]) => [sheet, ps.map((p) => `${p.row},${p.col},${p.placement},${p.data.length}`).sort()]);
  expect(key(after)).toEqual(key(before));
});
