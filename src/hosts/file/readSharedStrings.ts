import { unescapeXmlText } from "./unescapeXmlText";

const ITEM_START = /<(?:\w+:)?(?:si|sstItem)>/g;
const ITEM_END = /<\/(?:\w+:)?(?:si|sstItem)>/;
const PLAIN = /^\s*<(?:\w+:)?t[^>]*>/;
const PLAIN_END = /<\/(?:\w+:)?t>/;
const RICH = /<(?:\w+:)?r\b[^<>]*>/;
const RUN_TEXT = /<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/g;
const PHONETIC = /<(?:\w+:)?rPh\b[^<>]*>[\s\S]*?<\/(?:\w+:)?rPh>/g;

/** One <si>: its plain text, or its runs' text joined (phonetic guides, 振り仮名, left out). */
export function itemText(item: string): string {
  if (!item) return "";
  if (PLAIN.test(item)) return unescapeXmlText(item.slice(item.indexOf(">") + 1).split(PLAIN_END)[0] ?? "", true);
  if (!RICH.test(item)) return "";
  let text = "";
  for (const m of item.replace(PHONETIC, "").matchAll(RUN_TEXT)) text += m[1];
  return unescapeXmlText(text, true);
}

/**
 * The shared-string table (xl/sharedStrings.xml), item by item as Excel numbers them. Items are cut
 * at their end tags, the way SheetJS cuts them, so both readers give every index the same text.
 */
export function readSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const start = /<(?:\w+:)?sst\b[^<>]*>/.exec(xml);
  if (!start) return [];
  const end = xml.search(/<\/(?:\w+:)?sst>/);
  if (end < 0) return [];
  const body = xml.slice(start.index + start[0].length, end);
  return body
    .replace(ITEM_START, "")
    .split(ITEM_END)
    .map((item) => itemText(item.trim()));
}
