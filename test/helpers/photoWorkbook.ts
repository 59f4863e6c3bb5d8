import { deflateSync } from "node:zlib";
import ExcelJS from "exceljs";
import JSZip from "jszip";

/** A real PNG (8-bit RGB, one colour, with a thin black frame) built in code. */
export function pngBytes(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Uint8Array) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(new TextEncoder().encode(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc(out.subarray(4, 8 + data.length)));
    return out;
  };
  const ihdr = new Uint8Array(13);
  const hv = new DataView(ihdr.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    raw[y * (1 + width * 3)] = 0;
    for (let x = 0; x < width; x++) {
      const edge = x === 0 || y === 0 || x === width - 1 || y === height - 1;
      raw.set(edge ? [0, 0, 0] : rgb, y * (1 + width * 3) + 1 + x * 3);
    }
  }
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", new Uint8Array(deflateSync(raw))),
    chunk("IEND", new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const RED = pngBytes(24, 16, [220, 40, 40]);
export const GREEN = pngBytes(24, 16, [40, 170, 60]);
export const BLUE = pngBytes(16, 24, [40, 80, 200]);

const HEADER = ["序号", "检查日期", "责任单位", "问题描述", "整改前照片", "整改后照片", "整改情况"];
export const LEDGER_ROWS = [
  [1, "2025-05-06", "南湖街道", "垃圾桶满溢", null, null, "已整改"],
  [2, "2025-05-07", "北山街道", "墙面小广告", null, null, "整改中"],
  [3, "2025-05-08", "桂花社区", "污水外溢", null, null, "已整改"],
];

/**
 * A ledger with pictures anchored over its photo columns, as Excel and WPS save them: row 3 (南湖街道)
 * has two 整改前 pictures (a two-cell and a one-cell anchor) and one 整改后; row 4 one 整改前; row 5 one
 * 整改后. A picture over the title belongs to nobody.
 */
export async function anchoredPhotoLedger(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("说明").addRow(["本表附整改前后照片"]);
  const ws = wb.addWorksheet("5月台账");
  ws.addRow(["2025年5月创卫问题整改台账（附照片）"]);
  ws.addRow(HEADER);
  for (const r of LEDGER_ROWS) ws.addRow(r);
  const red = wb.addImage({ buffer: Buffer.from(RED) as unknown as ExcelJS.Buffer, extension: "png" });
  const green = wb.addImage({ buffer: Buffer.from(GREEN) as unknown as ExcelJS.Buffer, extension: "png" });
  const blue = wb.addImage({ buffer: Buffer.from(BLUE) as unknown as ExcelJS.Buffer, extension: "png" });
  // exceljs anchors are 0-based columns/rows: col 4 = E, row 2 = sheet row 3.
  ws.addImage(red, { tl: { col: 4, row: 2 }, br: { col: 5, row: 3 } } as unknown as ExcelJS.ImageRange);
  ws.addImage(blue, { tl: { col: 4.5, row: 2.2 }, ext: { width: 20, height: 20 } });
  ws.addImage(green, { tl: { col: 5.1, row: 2.1 }, ext: { width: 30, height: 20 } });
  ws.addImage(red, { tl: { col: 4.1, row: 3.1 }, ext: { width: 30, height: 20 } });
  ws.addImage(green, { tl: { col: 5.1, row: 4.1 }, ext: { width: 30, height: 20 } });
  ws.addImage(blue, { tl: { col: 0.2, row: 0.1 }, ext: { width: 20, height: 20 } });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RICH = "http://schemas.microsoft.com/office/spreadsheetml/2017/richdata";

/**
 * The same ledger with its pictures placed in cells, as newer Excel saves "Place in Cell": each picture
 * cell is an error cell `t="e" vm="N"`, xl/metadata.xml maps N to a rich value, xl/richData/* maps that
 * to an image relationship. E3, E4 and F3, F5 hold pictures; the first two share one image part.
 */
export async function inCellPhotoLedger(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("5月台账");
  ws.addRow(["2025年5月创卫问题整改台账（附照片）"]);
  ws.addRow(HEADER);
  for (const r of LEDGER_ROWS) ws.addRow(r);
  const zip = await JSZip.loadAsync((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const cells: Array<[string, number]> = [
    ["E3", 0],
    ["E4", 0],
    ["F3", 1],
    ["F5", 2],
  ];
  zip.file("xl/media/image1.png", RED);
  zip.file("xl/media/image2.png", GREEN);
  zip.file("xl/media/image3.png", BLUE);
  // Rich values 0..3 point at rel 0, 0, 1, 2 (the same image twice, as Excel dedupes media).
  zip.file(
    "xl/richData/rdrichvaluestructure.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><rvStructures xmlns="${RICH}" count="1"><s t="_localImage"><k n="_rvRel:LocalImageIdentifier" t="i"/><k n="CalcOrigin" t="i"/></s></rvStructures>`,
  );
  zip.file(
    "xl/richData/rdrichvalue.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><rvData xmlns="${RICH}" count="4">${cells.map(([, rel]) => `<rv s="0"><v>${rel}</v><v>5</v></rv>`).join("")}</rvData>`,
  );
  zip.file(
    "xl/richData/richValueRel.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><richValueRels xmlns="http://schemas.microsoft.com/office/spreadsheetml/2022/richvaluerel" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><rel r:id="rId1"/><rel r:id="rId2"/><rel r:id="rId3"/></richValueRels>`,
  );
  zip.file(
    "xl/richData/_rels/richValueRel.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${[1, 2, 3].map((i) => `<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/image${i}.png"/>`).join("")}</Relationships>`,
  );
  zip.file(
    "xl/metadata.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><metadata xmlns="${NS_MAIN}" xmlns:xlrd="${RICH}"><metadataTypes count="1"><metadataType name="XLRICHVALUE" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1"/></metadataTypes><futureMetadata name="XLRICHVALUE" count="4">${cells.map((_, i) => `<bk><extLst><ext uri="{3e2802c4-a4d2-4d8b-9148-e3be6c30e623}"><xlrd:rvb i="${i}"/></ext></extLst></bk>`).join("")}</futureMetadata><valueMetadata count="4">${cells.map((_, i) => `<bk><rc t="1" v="${i}"/></bk>`).join("")}</valueMetadata></metadata>`,
  );
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdMeta" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata" Target="metadata.xml"/><Relationship Id="rIdRvRel" Type="http://schemas.microsoft.com/office/2022/10/relationships/richValueRel" Target="richData/richValueRel.xml"/><Relationship Id="rIdRv" Type="http://schemas.microsoft.com/office/2017/06/relationships/rdRichValue" Target="richData/rdrichvalue.xml"/><Relationship Id="rIdRvS" Type="http://schemas.microsoft.com/office/2017/06/relationships/rdRichValueStructure" Target="richData/rdrichvaluestructure.xml"/></Relationships>`,
    ),
  );
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `${types.includes('Extension="png"') ? "" : '<Default Extension="png" ContentType="image/png"/>'}<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/><Override PartName="/xl/richData/rdrichvalue.xml" ContentType="application/vnd.ms-excel.rdrichvalue+xml"/><Override PartName="/xl/richData/rdrichvaluestructure.xml" ContentType="application/vnd.ms-excel.rdrichvaluestructure+xml"/><Override PartName="/xl/richData/richValueRel.xml" ContentType="application/vnd.ms-excel.richvaluerel+xml"/></Types>`,
    ),
  );
  let sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  cells.forEach(([ref], i) => {
    const row = Number(ref.slice(1));
    const cell = `<c r="${ref}" t="e" vm="${i + 1}"><v>#VALUE!</v></c>`;
    // Put the picture cell in its row, in column order (E before F, before G).
    sheet = sheet.replace(new RegExp(`(<row r="${row}"[^>]*>)(.*?)(<c r="G${row}")`), `$1$2${cell}$3`);
  });
  zip.file("xl/worksheets/sheet1.xml", sheet);
  return new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
}

/**
 * WPS's "嵌入单元格图片": each picture cell holds =DISPIMG("ID_…",1) and xl/cellimages.xml lists the
 * pictures by that name, with their images through xl/_rels/cellimages.xml.rels.
 */
export async function wpsPhotoLedger(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("5月台账");
  ws.addRow(["2025年5月创卫问题整改台账（附照片）"]);
  ws.addRow(HEADER);
  for (const r of LEDGER_ROWS) ws.addRow(r);
  const ids = ["ID_5A1B2C3D4E5F40A1B2C3D4E5F6A7B8C9", "ID_0F1E2D3C4B5A40A1B2C3D4E5F6A7B8C9"];
  ws.getCell("E3").value = { formula: `_xlfn.DISPIMG("${ids[0]}",1)`, result: `=DISPIMG("${ids[0]}",1)` };
  ws.getCell("F4").value = { formula: `_xlfn.DISPIMG("${ids[1]}",1)`, result: `=DISPIMG("${ids[1]}",1)` };
  const zip = await JSZip.loadAsync((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  zip.file("xl/media/image1.png", RED);
  zip.file("xl/media/image2.png", GREEN);
  zip.file(
    "xl/cellimages.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><etc:cellImages xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData">${ids
      .map(
        (id, i) =>
          `<etc:cellImage><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${i + 2}" name="${id}" descr="现场照片"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId${i + 1}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="228600" cy="152400"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic></etc:cellImage>`,
      )
      .join("")}</etc:cellImages>`,
  );
  zip.file(
    "xl/_rels/cellimages.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image2.png"/></Relationships>`,
  );
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdCellImages" Type="http://www.wps.cn/officeDocument/2020/cellImage" Target="cellimages.xml"/></Relationships>`,
    ),
  );
  return new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
}
