/** Text encodings a CSV from a Chinese office comes in; detected, never asked. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    // Not valid UTF-8: Excel on Chinese Windows saves CSV in the ANSI code page, GBK, which GB18030 contains.
    return "gb18030";
  }
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const encoding = detectEncoding(bytes);
  const text = new TextDecoder(encoding).decode(bytes); // the decoder drops a BOM itself
  return { text, encoding };
}
