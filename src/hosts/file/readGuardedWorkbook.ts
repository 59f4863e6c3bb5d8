import type { WorkbookGrid } from "../../core/model/grid";
import { readWorkbookBytes, type ReadOptions } from "./readWorkbookBytes";
import { inflateWithStreams, unzipParts, type InflateRaw } from "./unzipParts";
import { isZipPackage } from "./zipEntries";

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
  const parts = isZipPackage(bytes) ? await unzipParts(bytes, fileName, inflate) : undefined;
  return readWorkbookBytes(bytes, fileName, { ...options, parts });
}
