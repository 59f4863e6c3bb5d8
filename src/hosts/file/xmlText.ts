/**
 * Text for XML parts written by hand. XML 1.0 cannot hold most control characters at all, not even
 * as &#1; references (openpyxl, Excel and LibreOffice refuse the part), so they are dropped; lone
 * surrogate halves and U+FFFE/U+FFFF likewise.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SPECIAL = /[&<>"]/g;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Escapes text for XML content or a double-quoted attribute value, dropping characters XML cannot hold. */
export function xmlText(s: string): string {
  return s.replace(NOT_XML, "").replace(SPECIAL, (c) => ENTITY[c]!);
}

/** XML from elsewhere (exceljs keeps U+FFFE, for one) with the characters XML cannot hold dropped. */
export function dropNonXml(xml: string): string {
  return xml.replace(NOT_XML, "");
}
