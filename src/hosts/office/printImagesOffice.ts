import type { PrintSheetPlan } from "../../core/output/printSheetPlan";
import { base64 } from "../../core/photos/imageData";

/**
 * The pictures a print sheet places over its cells (整改前照片 beside a notice's problems), added as
 * image shapes (ExcelApi 1.9) at their cell's position plus their offset: one sync to learn where the
 * cells are, one to add the pictures. Excel takes PNG, JPEG and GIF here.
 */
export async function addPrintImagesOffice(context: Excel.RequestContext, ws: Excel.Worksheet, plan: PrintSheetPlan): Promise<void> {
  const placed = plan.rows.flatMap((r, row) =>
    (r.images ?? []).filter((i) => i.mime === "image/png" || i.mime === "image/jpeg" || i.mime === "image/gif").map((i) => ({ ...i, row })),
  );
  if (placed.length === 0) return;
  const cells = placed.map((p) => ws.getCell(p.row, p.col).load("top,left"));
  await context.sync();
  placed.forEach((p, i) => {
    const shape = ws.shapes.addImage(base64(p.data));
    shape.name = `整改前照片 ${i + 1}`;
    shape.altTextDescription = "整改前照片";
    shape.top = cells[i]!.top + p.offsetYPt;
    shape.left = cells[i]!.left + p.offsetXPt;
    shape.width = p.widthPt;
    shape.height = p.heightPt;
  });
  await context.sync();
}
