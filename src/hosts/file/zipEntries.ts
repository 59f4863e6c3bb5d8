import { WorkbookFileError } from "./workbookFileError";

/** A zip package (.xlsx, .xlsm, .docx) starts with a local file header's signature, PK\x03\x04. */
export function isZipPackage(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Limits on what a workbook package may hold once inflated. Measured with bench's generator: a 300k-row ×
 * 11-column ledger's sheet XML is 113 MB (34 bytes a cell) and its shared strings 26 MB; `structure` on it
 * takes 27 s and 2.25 GB (node's heap is 4 GB). 300k rows × 20 columns with Excel's style attributes is
 * about 240 MB of XML (near what the heap can read). A part past 256 MB is no ledger but a damaged file or
 * a zip bomb: junk XML costs about 3 bytes of memory and 40 ms a MB before it shows itself as no data.
 */
export const PART_LIMIT = 256 * 2 ** 20;
export const TOTAL_LIMIT = 512 * 2 ** 20;
/** Deflate cannot expand data by more than about 1032:1; a part claiming more is lying. */
const MAX_DEFLATE_RATIO = 1032;
/**
 * Sheet XML compresses about 3–15:1 (formatted empty rows about 13:1, for their row numbers); a large
 * part packed 200 times smaller is the same few bytes repeated — a bomb, not a sheet.
 */
const LARGE_PART = 32 * 2 ** 20;
const MAX_LARGE_RATIO = 200;

export interface ZipEntry {
  name: string;
  method: 0 | 8;
  /** Where the stored bytes begin and how many there are. */
  start: number;
  compressedSize: number;
  /** Uncompressed size as the central directory declares it; inflating must give exactly this. */
  size: number;
  crc: number;
}

const mib = (n: number) => `${Math.round(n / 2 ** 20)} MB`;

function damaged(fileName: string, why: string): WorkbookFileError {
  return new WorkbookFileError("damaged", `工作簿“${fileName}”已损坏，无法打开（${why}）`);
}

/** ZIP64 sizes and offset from an entry's extra field, for the fields the fixed header marks 0xFFFFFFFF. */
function zip64(view: DataView, from: number, to: number, fields: { size: number; compressed: number; offset: number }) {
  const out = { ...fields };
  for (let p = from; p + 4 <= to;) {
    const id = view.getUint16(p, true);
    const len = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const next = () => {
        const v = Number(view.getBigUint64(q, true));
        q += 8;
        return v;
      };
      if (fields.size === 0xffffffff && q + 8 <= p + 4 + len) out.size = next();
      if (fields.compressed === 0xffffffff && q + 8 <= p + 4 + len) out.compressed = next();
      if (fields.offset === 0xffffffff && q + 8 <= p + 4 + len) out.offset = next();
    }
    p += 4 + len;
  }
  return out;
}

function endOfCentralDirectory(view: DataView, fileName: string): { count: number; offset: number } {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    let count = view.getUint16(i + 10, true);
    let offset = view.getUint32(i + 16, true);
    // ZIP64: the locator just before points at the 64-bit record.
    if ((count === 0xffff || offset === 0xffffffff) && i >= 20 && view.getUint32(i - 20, true) === 0x07064b50) {
      const at = Number(view.getBigUint64(i - 12, true));
      if (at + 56 > view.byteLength || view.getUint32(at, true) !== 0x06064b50) throw damaged(fileName, "目录记录不完整");
      count = Number(view.getBigUint64(at + 32, true));
      offset = Number(view.getBigUint64(at + 48, true));
    }
    return { count, offset };
  }
  throw new WorkbookFileError("truncated", `工作簿“${fileName}”已损坏或不完整，无法打开`);
}

/**
 * The parts of a zip package from its central directory, checked before anything is inflated:
 * every part lies inside the file, uses a method a workbook uses, and declares a sane size.
 */
export function zipEntries(bytes: Uint8Array, fileName: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { count, offset } = endOfCentralDirectory(view, fileName);
  const entries: ZipEntry[] = [];
  const names = new TextDecoder();
  let total = 0;
  let p = offset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw damaged(fileName, "目录记录不完整");
    // The name and extra field a record declares must lie inside the file, or reading them runs off its end.
    if (p + 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) > bytes.length) throw damaged(fileName, "目录记录不完整");
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    const sizes = zip64(view, p + 46 + nameLength, p + 46 + nameLength + extraLength, {
      compressed: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      offset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith("/")) continue;
    if (flags & 0x0001) throw damaged(fileName, `部件“${name}”被加密`);
    if (method !== 0 && method !== 8) throw damaged(fileName, `部件“${name}”的压缩方式无法识别`);
    const local = sizes.offset;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50)
      throw new WorkbookFileError("truncated", `工作簿“${fileName}”已损坏或不完整，无法打开`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + sizes.compressed > bytes.length) throw new WorkbookFileError("truncated", `工作簿“${fileName}”已损坏或不完整，无法打开`);
    if (sizes.size > PART_LIMIT)
      throw new WorkbookFileError(
        "too-large",
        `工作簿“${fileName}”中的部件“${name}”解压后超过 ${mib(PART_LIMIT)}（声明 ${mib(sizes.size)}），不是正常的台账（可能已损坏或是“压缩炸弹”），没有打开`,
      );
    if (method === 0 ? sizes.size !== sizes.compressed : sizes.size > sizes.compressed * MAX_DEFLATE_RATIO + 1024)
      throw damaged(fileName, `部件“${name}”记录的大小不可能`);
    if (sizes.size > LARGE_PART && sizes.size > sizes.compressed * MAX_LARGE_RATIO)
      throw new WorkbookFileError(
        "too-large",
        `工作簿“${fileName}”中的部件“${name}”解压后 ${mib(sizes.size)}，是压缩后的 ${Math.round(sizes.size / sizes.compressed)} 倍，不是正常的台账（可能已损坏或是“压缩炸弹”），没有打开`,
      );
    total += sizes.size;
    if (total > TOTAL_LIMIT)
      throw new WorkbookFileError("too-large", `工作簿“${fileName}”解压后超过 ${mib(TOTAL_LIMIT)}，不是正常的台账，没有打开`);
    entries.push({ name, method: method as 0 | 8, start, compressedSize: sizes.compressed, size: sizes.size, crc });
  }
  return entries;
}

export { damaged as damagedWorkbook };
