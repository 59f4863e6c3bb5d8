import type { WorkbookGrid } from "../../core/model/grid";

/**
 * The grids with their sheets' pictures (整改前/整改后照片) added, for .xlsx packages that hold any.
 * The picture reader (JSZip and an XML parser) loads only for such files.
 */
export async function withPictures(workbook: WorkbookGrid, bytes: Uint8Array): Promise<WorkbookGrid> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b) || !hasMediaParts(bytes)) return workbook;
  const { readWorkbookPictures } = await import("./readWorkbookPictures");
  const pictures = await readWorkbookPictures(bytes, workbook);
  if (pictures.size === 0) return workbook;
  return {
    ...workbook,
    sheets: workbook.sheets.map((s) => (!s.isCsv && pictures.has(s.name) ? { ...s, pictures: pictures.get(s.name)! } : s)),
  };
}

/**
 * Whether a zip package holds any media part (xl/media/…), read from its central directory without
 * unpacking anything: most ledgers have no pictures and need not be opened twice.
 */
export function hasMediaParts(bytes: Uint8Array): boolean {
  const needle = [0x78, 0x6c, 0x2f, 0x6d, 0x65, 0x64, 0x69, 0x61, 0x2f]; // "xl/media/"
  let from = 0;
  let to = bytes.length;
  // End of central directory record: signature 0x06054b50 within the last 64 KB + 22 bytes.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      const view = new DataView(bytes.buffer, bytes.byteOffset + i, 22);
      const size = view.getUint32(12, true);
      const offset = view.getUint32(16, true);
      if (offset !== 0xffffffff && offset + size <= bytes.length) {
        from = offset;
        to = offset + size;
      }
      break;
    }
  }
  outer: for (let i = from; i <= to - needle.length; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}
