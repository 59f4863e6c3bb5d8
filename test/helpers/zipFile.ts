import JSZip from "jszip";
import { constants, crc32, deflateRawSync } from "node:zlib";

/** One part of a hand-made zip: its bytes as stored, how, and what the headers claim. */
export interface RawEntry {
  name: string;
  /** The bytes as stored in the zip (already deflated when method is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** Uncompressed size the headers declare (a zip bomb may lie). */
  size: number;
  crc: number;
}

export function deflatedEntry(name: string, content: string | Uint8Array): RawEntry {
  const raw = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
  return { name, data: deflateRawSync(raw), method: 8, size: raw.length, crc: crc32(raw) };
}

/** A raw deflate stream that inflates to `mib` MiB of zeros, built without ever holding them. */
export function zeroBomb(mib: number): Uint8Array {
  const chunk = deflateRawSync(Buffer.alloc(1 << 20), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array.from({ length: mib }, () => chunk), Buffer.from([3, 0])]);
}

/** A zip written byte by byte, so tests can state sizes the data does not have. */
export function zipFile(entries: readonly RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

/** Every part of a zip (a workbook) as text or bytes, to edit and zip again. */
export async function zipParts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const f of Object.values(zip.files)) if (!f.dir) parts.set(f.name, await f.async("uint8array"));
  return parts;
}

export function rezip(parts: ReadonlyMap<string, Uint8Array | string>): Uint8Array {
  return zipFile([...parts].map(([name, content]) => deflatedEntry(name, content)));
}

export const partText = (parts: ReadonlyMap<string, Uint8Array>, name: string): string => Buffer.from(parts.get(name)!).toString("utf8");
