import type { WorkbookGrid } from "../../core/model/grid";
import { loadSimplifier } from "../lazy/simplifier";

/** A workbook the user picks in the pane (a registry to import), read with the file host in every shell; SheetJS loads on first use. */
export async function readPickedWorkbook(bytes: Uint8Array, fileName: string): Promise<WorkbookGrid> {
  const [{ readGuardedWorkbook }] = await Promise.all([
    import(/* webpackChunkName: "read-workbook" */ "../../hosts/file/readGuardedWorkbook"),
    loadSimplifier(),
  ]);
  // Parts inflated within the package limits, as the file host does: SheetJS alone inflates without any.
  return readGuardedWorkbook(bytes, fileName);
}
