/** Pictures as the printed outputs need them: their pixel size, a size that fits a box, base64 text. */

export interface PixelSize {
  width: number;
  height: number;
}

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const i32le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24);

/** The pixel size written in a PNG, JPEG, GIF or BMP header; null for other formats or damaged data. */
export function imageSize(data: Uint8Array): PixelSize | null {
  if (data.length >= 24 && data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47)
    return { width: u32be(data, 16), height: u32be(data, 20) };
  if (data.length >= 10 && data[0] === 0x47 && data[1] === 0x49 && data[2] === 0x46)
    return { width: u16le(data, 6), height: u16le(data, 8) };
  if (data.length >= 26 && data[0] === 0x42 && data[1] === 0x4d) return { width: i32le(data, 18), height: Math.abs(i32le(data, 22)) };
  if (data.length >= 4 && data[0] === 0xff && data[1] === 0xd8) {
    // Walk the segments to the frame header (SOF0–SOF15, except DHT, JPG and DAC).
    let i = 2;
    while (i + 9 < data.length) {
      if (data[i] !== 0xff) return null;
      const marker = data[i + 1]!;
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
        return { width: u16be(data, i + 7), height: u16be(data, i + 5) };
      i += 2 + u16be(data, i + 2);
    }
  }
  return null;
}

/** The size that fits a picture into a box keeping its proportions (never enlarged); a square guess when unknown. */
export function fitInto(size: PixelSize | null, box: PixelSize): PixelSize {
  if (!size || size.width <= 0 || size.height <= 0)
    return { width: Math.min(box.width, box.height), height: Math.min(box.width, box.height) };
  const scale = Math.min(1, box.width / size.width, box.height / size.height);
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function base64(data: Uint8Array): string {
  let out = "";
  for (let i = 0; i < data.length; i += 3) {
    const a = data[i]!;
    const b = data[i + 1];
    const c = data[i + 2];
    out += B64[a >> 2]! + B64[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? "=" : B64[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? "=" : B64[c & 63]!;
  }
  return out;
}

export function dataUrl(mime: string, data: Uint8Array): string {
  return `data:${mime};base64,${base64(data)}`;
}

/** Formats every printed output can show (a browser, Word, Excel): others are left out of notices. */
export function isPrintableImage(mime: string): boolean {
  return mime === "image/png" || mime === "image/jpeg" || mime === "image/gif" || mime === "image/bmp";
}
