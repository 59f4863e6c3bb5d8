import type { InflateRaw } from "./unzipParts";
import { zipEntries, type ZipEntry } from "./zipEntries";

/** A package's parts: the XML ones as unzipParts inflated them, media inflated on demand within their declared size. */
export interface PackageSource {
  text(path: string): string | null;
  bytes(path: string): Promise<Uint8Array | null>;
  names(): string[];
}

export function packageSource(
  bytes: Uint8Array,
  fileName: string,
  parts: ReadonlyMap<string, Uint8Array>,
  inflate: InflateRaw,
): PackageSource {
  const entries = new Map<string, ZipEntry>(zipEntries(bytes, fileName).map((e) => [e.name, e]));
  const decoder = new TextDecoder();
  const cache = new Map<string, Promise<Uint8Array | null>>();
  const load = async (path: string): Promise<Uint8Array | null> => {
    const known = parts.get(path);
    if (known) return known;
    const e = entries.get(path);
    if (!e) return null;
    const stored = bytes.subarray(e.start, e.start + e.compressedSize);
    if (e.method === 0) return stored;
    try {
      const out = await inflate(stored, e.size);
      return out.length === e.size ? out : null;
    } catch {
      // A picture that does not inflate to its declared size is left out; the workbook still reads.
      return null;
    }
  };
  return {
    text: (path) => {
      const part = parts.get(path);
      return part ? decoder.decode(part) : null;
    },
    bytes: (path) => {
      let hit = cache.get(path);
      if (!hit) cache.set(path, (hit = load(path)));
      return hit;
    },
    names: () => [...entries.keys()],
  };
}
