/** Text encodings a CSV from a Chinese office comes in; detected, never asked. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export const ENCODING_LABELS: Record<TextEncoding, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16",
  "utf-16be": "UTF-16",
  gb18030: "GB18030（GBK）",
};

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Set when the file was not what it said (a UTF-8 byte-order mark over GB18030 text). */
  note?: string;
}

const isUtf8 = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return isUtf8(bytes.subarray(3)) ? "utf-8" : "gb18030";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  // Not valid UTF-8: Excel on Chinese Windows saves CSV in the ANSI code page, GBK, which GB18030 contains.
  return isUtf8(bytes) ? "utf-8" : "gb18030";
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const encoding = detectEncoding(bytes);
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (utf8Bom && encoding === "gb18030") {
    // Some tools stamp a UTF-8 mark on text they saved in the ANSI code page: trust the bytes, not the mark.
    return {
      text: new TextDecoder("gb18030").decode(bytes.subarray(3)),
      encoding,
      note: "文件开头标着 UTF-8，但内容不是有效的 UTF-8，已按 GB18030 读取",
    };
  }
  const text = new TextDecoder(encoding).decode(bytes); // the decoder drops a BOM itself
  return { text, encoding };
}
