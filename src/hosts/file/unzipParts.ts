import { damagedWorkbook, zipEntries } from "./zipEntries";

/**
 * Inflates raw deflate data, failing as soon as the output would pass `size` bytes. The CLI passes
 * node's zlib (faster); the page uses the browser's DecompressionStream.
 */
export type InflateRaw = (data: Uint8Array, size: number) => Uint8Array | Promise<Uint8Array>;

class TooLong extends Error {}

/** DecompressionStream("deflate-raw"), stopped once it passes the declared size. */
export async function inflateWithStreams(data: Uint8Array, size: number): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = stream.getReader();
  const out = new Uint8Array(size);
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (length + value.length > size) {
      await reader.cancel();
      throw new TooLong();
    }
    out.set(value, length);
    length += value.length;
  }
  return length === size ? out : out.subarray(0, length);
}

/** Parts SheetJS reads (XML, relationships, binary sheets); images and other media are left packed. */
const READ_PARTS = /\.(xml|rels|bin|vml)$/i;

/**
 * The parts of a workbook package, each inflated only up to the size the package declares for it
 * (which zipEntries has already checked against the limits): a zip bomb stops at its first lie.
 */
export async function unzipParts(
  bytes: Uint8Array,
  fileName: string,
  inflate: InflateRaw = inflateWithStreams,
): Promise<Map<string, Uint8Array>> {
  const parts = new Map<string, Uint8Array>();
  for (const e of zipEntries(bytes, fileName)) {
    if (!READ_PARTS.test(e.name)) continue;
    const stored = bytes.subarray(e.start, e.start + e.compressedSize);
    if (e.method === 0) {
      parts.set(e.name, stored);
      continue;
    }
    let out: Uint8Array;
    try {
      out = await inflate(stored, e.size);
    } catch {
      throw damagedWorkbook(fileName, `部件“${e.name}”解压失败或比记录的大`);
    }
    if (out.length !== e.size) throw damagedWorkbook(fileName, `部件“${e.name}”的大小与记录不符`);
    parts.set(e.name, out);
  }
  return parts;
}
