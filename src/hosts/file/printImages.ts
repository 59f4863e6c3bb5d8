import type { PrintSheetPlan } from "../../core/output/printSheetPlan";
import type { OwnedSheet } from "./placeSheets";

const EMU_PER_PT = 12_700;
const EXT: Record<string, string> = { "image/png": "png", "image/jpeg": "jpeg", "image/gif": "gif", "image/bmp": "bmp" };

/**
 * The pictures a print sheet places over its cells (the 整改前照片 beside a notice's problems), added to
 * the owned sheet's drawing: one-cell anchors from each picture's cell, with its offset and size, and
 * the image parts they embed. Pictures the drawing already holds as charts keep their relationships.
 */
export function withPrintImages(sheet: OwnedSheet, plan: PrintSheetPlan): OwnedSheet {
  const placed = plan.rows.flatMap((r, row) => (r.images ?? []).filter((i) => EXT[i.mime]).map((i) => ({ ...i, row })));
  if (placed.length === 0) return sheet;
  const charts = sheet.drawing?.charts ?? [];
  const anchors = placed
    .map((p, k) => {
      const id = `rId${charts.length + k + 1}`;
      const emu = (pt: number) => Math.round(pt * EMU_PER_PT);
      return `<xdr:oneCellAnchor><xdr:from><xdr:col>${p.col}</xdr:col><xdr:colOff>${emu(p.offsetXPt)}</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>${emu(p.offsetYPt)}</xdr:rowOff></xdr:from><xdr:ext cx="${emu(p.widthPt)}" cy="${emu(p.heightPt)}"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${100 + k}" name="整改前照片 ${k + 1}" descr="整改前照片"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="${id}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${emu(p.widthPt)}" cy="${emu(p.heightPt)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>`;
    })
    .join("");
  const base =
    sheet.drawing?.xml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"></xdr:wsDr>`;
  return {
    ...sheet,
    drawing: {
      xml: base.replace(/<\/xdr:wsDr>\s*$/, `${anchors}</xdr:wsDr>`),
      charts,
      images: placed.map((p) => ({ data: p.data, extension: EXT[p.mime]!, mime: p.mime })),
    },
  };
}
