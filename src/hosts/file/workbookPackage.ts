import { damagedWorkbook, zipEntries } from "./zipEntries";
import type { ZipCodec } from "./zipCodec";
import { writeZip, type StoredPart } from "./zipWriter";

/**
 * A workbook package (the zip of an .xlsx) as a map of parts. Parts read from a source stay as they
 * were stored — never inflated unless asked for, and copied byte for byte when saved — so a result
 * keeps every part of the source it does not replace, at the cost of copying it.
 */
export class WorkbookPackage {
  private readonly parts = new Map<string, StoredPart | Uint8Array>();

  private constructor(
    private readonly codec: ZipCodec,
    private readonly fileName: string,
  ) {}

  static empty(codec: ZipCodec, fileName = "工作簿.xlsx"): WorkbookPackage {
    return new WorkbookPackage(codec, fileName);
  }

  static fromZip(bytes: Uint8Array, fileName: string, codec: ZipCodec): WorkbookPackage {
    const pkg = new WorkbookPackage(codec, fileName);
    for (const e of zipEntries(bytes, fileName))
      pkg.parts.set(e.name, { method: e.method, data: bytes.subarray(e.start, e.start + e.compressedSize), crc: e.crc, size: e.size });
    return pkg;
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  /** The part's name as stored (part names are case-insensitive in a package). */
  find(name: string): string | null {
    if (this.parts.has(name)) return name;
    const lower = name.toLowerCase();
    for (const n of this.parts.keys()) if (n.toLowerCase() === lower) return n;
    return null;
  }

  async bytes(name: string): Promise<Uint8Array | null> {
    const key = this.find(name);
    const part = key === null ? undefined : this.parts.get(key);
    if (!part) return null;
    if (part instanceof Uint8Array) return part;
    if (part.method === 0) return part.data;
    try {
      const out = await this.codec.inflateRaw(part.data, part.size);
      if (out.length !== part.size) throw new Error("size");
      return out;
    } catch {
      throw damagedWorkbook(this.fileName, `部件“${name}”解压失败`);
    }
  }

  async text(name: string): Promise<string | null> {
    const b = await this.bytes(name);
    return b === null ? null : new TextDecoder().decode(b);
  }

  set(name: string, content: string | Uint8Array): void {
    const key = this.find(name) ?? name;
    this.parts.set(key, typeof content === "string" ? new TextEncoder().encode(content) : content);
  }

  delete(name: string): void {
    const key = this.find(name);
    if (key !== null) this.parts.delete(key);
  }

  /** The package as .xlsx bytes: untouched parts copied as stored, new ones deflated. */
  async toZip(): Promise<Uint8Array> {
    const stored: Array<[string, StoredPart]> = [];
    for (const [name, part] of this.parts) {
      if (!(part instanceof Uint8Array)) stored.push([name, part]);
      else stored.push([name, { method: 8, data: await this.codec.deflateRaw(part), crc: this.codec.crc32(part), size: part.length }]);
    }
    // [Content_Types].xml first, as Office writes it (some readers sniff the first entry).
    stored.sort((a, b) => Number(b[0] === "[Content_Types].xml") - Number(a[0] === "[Content_Types].xml"));
    return writeZip(stored);
  }
}
