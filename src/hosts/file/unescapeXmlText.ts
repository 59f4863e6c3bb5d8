/**
 * Text read from a spreadsheet part: XML's entities, and Excel's own `_xHHHH_` escapes for characters
 * XML cannot hold (a line feed inside a shared string is written `_x000D_` by some writers). `lines`
 * turns CRLF into LF, as Excel shows a cell's text (and as SheetJS reads it).
 */
const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const EXCEL_ESCAPE = /_x([\da-fA-F]{4})_/gi;
const NAMED: Readonly<Record<string, string>> = { "&quot;": '"', "&apos;": "'", "&gt;": ">", "&lt;": "<", "&amp;": "&" };

function fromEntity(entity: string, code: string | undefined): string {
  const named = NAMED[entity];
  if (named !== undefined) return named;
  const n = code === undefined ? NaN : parseInt(code, entity.includes("x") || entity.includes("X") ? 16 : 10);
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : entity;
}

export function unescapeXmlText(text: string, lines = false): string {
  let out = text;
  if (out.includes("&")) out = out.replace(ENTITY, fromEntity);
  if (out.includes("_x") || out.includes("_X"))
    out = out.replace(EXCEL_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return lines && out.includes("\r\n") ? out.replace(/\r\n/g, "\n") : out;
}
