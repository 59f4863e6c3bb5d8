import type { WorkbookGrid } from "../../core/model/grid";
import { readWorkbookBytes, type ReadOptions } from "./readWorkbookBytes";
import { inflateWithStreams, unzipParts, type InflateRaw } from "./unzipParts";

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * A workbook's bytes read as the file host reads them: a zip package's parts are inflated first,
 * each only up to the size it declares and within the package limits (zipEntries), so SheetJS never
 * inflates anything itself. For workbooks picked outside a host (the pane's registry import).
 */
export async function readGuardedWorkbook(
  bytes: Uint8Array,
  fileName: string,
  inflate: InflateRaw = inflateWithStreams,
  options: Omit<ReadOptions, "parts"> = {},
): Promise<WorkbookGrid> {
  const parts = isZip(bytes) ? await unzipParts(bytes, fileName, inflate) : undefined;
  return readWorkbookBytes(bytes, fileName, { ...options, parts });
}
