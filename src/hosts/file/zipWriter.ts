/** A part as it is stored in a zip: copied from a source package untouched, or freshly deflated. */
export interface StoredPart {
  method: 0 | 8;
  /** The bytes as stored (deflated when method is 8). */
  data: Uint8Array;
  crc: number;
  /** Uncompressed size. */
  size: number;
}

const ZIP64_LIMIT = 0xffffffff;

/** Writes a zip (with UTF-8 names) from parts already stored; sizes past 4 GB are refused, as no workbook has them. */
export function writeZip(parts: ReadonlyArray<readonly [string, StoredPart]>): Uint8Array {
  const encoder = new TextEncoder();
  const names = parts.map(([name]) => encoder.encode(name));
  let localSize = 0;
  let centralSize = 0;
  parts.forEach(([, p], i) => {
    localSize += 30 + names[i]!.length + p.data.length;
    centralSize += 46 + names[i]!.length;
  });
  if (localSize + centralSize + 22 > ZIP64_LIMIT) throw new Error("工作簿超过 4 GB，无法保存");
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  parts.forEach(([, p], i) => {
    const name = names[i]!;
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 0x0800, true); // UTF-8 names
    view.setUint16(at + 8, p.method, true);
    view.setUint16(at + 12, 0x21, true); // 1980-01-01, a fixed time: the same content gives the same bytes
    view.setUint32(at + 14, p.crc >>> 0, true);
    view.setUint32(at + 18, p.data.length, true);
    view.setUint32(at + 22, p.size, true);
    view.setUint16(at + 26, name.length, true);
    out.set(name, at + 30);
    out.set(p.data, at + 30 + name.length);
    at += 30 + name.length + p.data.length;
  });
  const central = at;
  parts.forEach(([, p], i) => {
    const name = names[i]!;
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, 0x0800, true);
    view.setUint16(at + 10, p.method, true);
    view.setUint16(at + 14, 0x21, true);
    view.setUint32(at + 16, p.crc >>> 0, true);
    view.setUint32(at + 20, p.data.length, true);
    view.setUint32(at + 24, p.size, true);
    view.setUint16(at + 28, name.length, true);
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, parts.length, true);
  view.setUint16(at + 10, parts.length, true);
  view.setUint32(at + 12, at - central, true);
  view.setUint32(at + 16, central, true);
  return out;
}
