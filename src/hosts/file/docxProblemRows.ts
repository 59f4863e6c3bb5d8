import type { NoticeItem, NoticeModel, NoticePhoto } from "../../core/notices/buildNotices";
import { fitInto, imageSize } from "../../core/photos/imageData";

/**
 * The rows of a notice's problem table as WordprocessingML text, written directly rather than through
 * docx's object model: a notice to every unit of a 300,000-row ledger has 300,000 rows, and docx keeps
 * dozens of objects per row and then the whole document.xml as one string (past 4 GB, and past the
 * longest string V8 allows). The markup is what docx writes for the same rows, byte for byte (apart
 * from picture ids), so Word, WPS and LibreOffice lay them out as before.
 */

// As docx's escapeAll: the five XML characters, and the control characters XML 1.0 forbids dropped.
const ESCAPES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "'": "&apos;", "<": "&lt;", ">": "&gt;" };
// eslint-disable-next-line no-control-regex
const escapeXml = (s: string): string => s.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? "");

const FONT = (cs: string, eastAsia: string) =>
  `<w:rFonts w:ascii="Times New Roman" w:cs="${cs}" w:eastAsia="${eastAsia}" w:hAnsi="Times New Roman"/><w:sz w:val="21"/><w:szCs w:val="21"/>`;
const BODY_RUN = `<w:r><w:rPr>${FONT("仿宋", "仿宋_GB2312")}</w:rPr>`;
const SPACE_RUN = `<w:r><w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr><w:t xml:space="preserve"> </w:t></w:r>`;
const EMU_PER_PX = 9525;

const IMAGE_EXT: Record<string, string> = { "image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/bmp": "bmp" };

/** The pictures the rows use, each stored once in word/media and related to document.xml. */
export class DocxMedia {
  readonly parts: Array<{ path: string; relId: string; data: Uint8Array }> = [];
  private readonly byData = new Map<Uint8Array, string>();
  private drawings = 0;

  /** The relationship id of a picture (added on first use). */
  relId(photo: NoticePhoto): string | null {
    const ext = IMAGE_EXT[photo.mime];
    if (!ext) return null;
    let id = this.byData.get(photo.data);
    if (!id) {
      // Ids and names of their own, apart from those docx gives the parts it writes (rId1…, image1…).
      id = `rIdCw${this.parts.length + 1}`;
      this.parts.push({ path: `word/media/cw${this.parts.length + 1}.${ext}`, relId: id, data: photo.data });
      this.byData.set(photo.data, id);
    }
    return id;
  }

  /** docPr ids are unique in a document; docx numbers none of its own here (the frame has no pictures). */
  nextDrawingId(): number {
    return (this.drawings += 1);
  }
}

/** A 整改前 picture under a problem's text, within about 26 × 20 mm (at 96 px to the inch). */
function drawing(photo: NoticePhoto, relId: string, id: number): string {
  const size = fitInto(imageSize(photo.data), { width: 98, height: 76 });
  const cx = size.width * EMU_PER_PX;
  const cy = size.height * EMU_PER_PX;
  const A = `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"`;
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/>` +
    `<wp:effectExtent t="0" r="0" b="0" l="0"/><wp:docPr id="${id}" name="整改前照片" descr="整改前照片" title="整改前照片"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks ${A} noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic ${A}><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
    `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="" descr=""/>` +
    `<pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${relId}" cstate="none"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    `</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
  );
}

/** A table cell of body text (a typed line break stays a line break), with pictures under it when given. */
function cell(text: string, width: number, center: boolean, media: DocxMedia, photos?: readonly NoticePhoto[]): string {
  let xml =
    `<w:tc><w:tcPr><w:tcW w:type="pct" w:w="${width * 50}"/><w:vAlign w:val="center"/></w:tcPr>` +
    `<w:p><w:pPr><w:jc w:val="${center ? "center" : "left"}"/></w:pPr>`;
  text.split("\n").forEach((line, i) => {
    xml += `${BODY_RUN}${i > 0 ? "<w:br/>" : ""}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`;
  });
  xml += "</w:p>";
  if (photos?.length) {
    xml += `<w:p><w:pPr><w:spacing w:before="60"/></w:pPr>`;
    for (const p of photos) {
      const relId = media.relId(p);
      if (relId) xml += drawing(p, relId, media.nextDrawingId()) + SPACE_RUN;
    }
    xml += "</w:p>";
  }
  return `${xml}</w:tc>`;
}

/** Column widths (percent of the table) of a notice's problem table and a 交办单's. */
export const problemWidths = (n: NoticeModel): number[] => (n.assignment ? [8, 16, 26, 16, 14, 20] : [8, 29, 20, 22, 21]);

/** One problem's row: 序号, (责任单位,) 问题 with its pictures, 地点, 整改要求, 整改时限. */
export function problemRowXml(n: NoticeModel, i: NoticeItem, media: DocxMedia): string {
  const w = problemWidths(n);
  const k = n.assignment ? 2 : 1;
  return (
    `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cell(String(i.n), w[0]!, true, media)}` +
    (n.assignment ? cell(i.unit, w[1]!, false, media) : "") +
    cell(i.description, w[k]!, false, media, i.photos) +
    cell(i.location, w[k + 1]!, false, media) +
    cell(i.requirement, w[k + 2]!, false, media) +
    `${cell(i.deadline, w[w.length - 1]!, true, media)}</w:tr>`
  );
}
