import type { SheetGrid } from "../../core/model/grid";
import type { Picture } from "../../core/photos/picture";

/**
 * Pictures floating over the sheets, read through the Office.js shapes API (ExcelApi 1.9, within the
 * 1.13 the add-in requires): each image shape's position gives its top-left cell, and getAsImage its
 * picture as PNG. Pictures placed in cells (Excel's "Place in Cell") are cell values that Office.js
 * exposes only in a preview API set (LocalImageCellValue, ExcelApi BETA), so they cannot be read here;
 * such a cell reads as #VALUE! and the core says so (see photoProblems).
 *
 * Syncs: one to list the shapes; where there are pictures, one for the pictures and the column edges,
 * then one per step of a binary search on row tops that runs for all pictures at once (about 17 for
 * 100,000 rows).
 */
export async function withPicturesOffice(context: Excel.RequestContext, grids: SheetGrid[]): Promise<SheetGrid[]> {
  const listed = grids.map((g) => {
    const shapes = context.workbook.worksheets.getItem(g.name).shapes;
    shapes.load("items/id,items/type,items/top,items/left,items/altTextDescription,items/name");
    return shapes;
  });
  await context.sync();
  const wanted = grids.flatMap((grid, i) =>
    listed[i]!.items.filter((s) => s.type === "Image" && grid.values.length > 0).map((shape) => ({ grid, shape })),
  );
  if (wanted.length === 0) return grids;

  const images = wanted.map(({ shape }) => shape.getAsImage("PNG"));
  const edges = new Map<SheetGrid, Excel.Range[]>();
  for (const { grid } of wanted) {
    if (edges.has(grid)) continue;
    const ws = context.workbook.worksheets.getItem(grid.name);
    const width = Math.min(Math.max(1, ...grid.values.map((r) => r.length)), 200);
    edges.set(
      grid,
      Array.from({ length: width }, (_, c) => ws.getCell(0, c).load("left")),
    );
  }
  await context.sync();

  // The last row whose top is at or above the picture's top: searched for all pictures at once.
  const search = wanted.map(({ grid }) => ({ lo: 0, hi: grid.values.length - 1 }));
  for (;;) {
    const probes = search.map((s, i) => {
      if (s.lo >= s.hi) return null;
      const mid = (s.lo + s.hi + 1) >> 1;
      return { mid, cell: context.workbook.worksheets.getItem(wanted[i]!.grid.name).getCell(mid, 0).load("top") };
    });
    if (probes.every((p) => p === null)) break;
    await context.sync();
    probes.forEach((p, i) => {
      if (!p) return;
      const s = search[i]!;
      if (p.cell.top <= wanted[i]!.shape.top + 0.01) s.lo = p.mid;
      else s.hi = p.mid - 1;
    });
  }

  const bySheet = new Map<SheetGrid, Picture[]>();
  wanted.forEach(({ grid, shape }, i) => {
    const lefts = edges.get(grid)!;
    let col = 0;
    while (col + 1 < lefts.length && lefts[col + 1]!.left <= shape.left + 0.01) col += 1;
    const list = bySheet.get(grid) ?? [];
    list.push({
      row: search[i]!.lo,
      col,
      toRow: null,
      toCol: null,
      placement: "anchored",
      mime: "image/png",
      data: fromBase64(images[i]!.value),
      name: shape.altTextDescription || shape.name || null,
    });
    bySheet.set(grid, list);
  });
  return grids.map((g) => (bySheet.has(g) ? { ...g, pictures: bySheet.get(g)! } : g));
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
