import type { WorkbookGrid } from "../../core/model/grid";
import { readWorkbookBytes } from "../../hosts/file/readWorkbookBytes";

/** A workbook the user picks in the pane (a registry to import), read with the file host in every shell. */
export function readPickedWorkbook(bytes: Uint8Array, fileName: string): WorkbookGrid {
  return readWorkbookBytes(bytes, fileName);
}
