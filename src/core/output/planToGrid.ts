import type { SheetGrid } from "../model/grid";
import type { SheetPlan } from "./sheetPlan";

/** The grid a host would read back after writing a plan: header row, then the rows. */
export function planToGrid(plan: SheetPlan): SheetGrid {
  const header = plan.columns.map((c) => c.header);
  return { name: plan.name, isCsv: false, values: [header, ...plan.rows.map((r) => [...r])], merges: [] };
}
