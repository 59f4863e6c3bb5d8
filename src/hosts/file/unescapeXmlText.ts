/**
 * Text read from a spreadsheet part: XML's entities, and Excel's own `_xHHHH_` escapes for characters
 * XML cannot hold (a line feed inside a shared string is written `_x000D_` by some writers). `lines`
 * turns CRLF into LF, as Excel shows a cell's text (and as SheetJS reads it).
 */
const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi;
const EXCEL_ESCAPE = /_x([\da-fA-F]{4})_/gi;
const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function fromEntity(entity: string, name: string): string {
  const named = NAMED[name.toLowerCase()];
  if (named !== undefined) return named;
  const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
}

/** XML's five named entities and character references (an attribute value or text as written in a part). */
export function unescapeXmlEntities(text: string): string {
  return text.includes("&") ? text.replace(ENTITY, fromEntity) : text;
}

export function unescapeXmlText(text: string, lines = false): string {
  let out = unescapeXmlEntities(text);
  if (out.includes("_x") || out.includes("_X"))
    out = out.replace(EXCEL_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return lines && out.includes("\r\n") ? out.replace(/\r\n/g, "\n") : out;
}
