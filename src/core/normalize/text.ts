import type { CellValue } from "../model/grid";

const CJK = "\\u3400-\\u9fff\\uf900-\\ufaff";
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}，。、；：！？（）“”‘’《》])\\s+(?=[${CJK}，。、；：！？（）“”‘’《》])`, "g");

/** Full-width ASCII (Ａ１，) and the ideographic space become their half-width forms. */
export function toHalfWidth(text: string): string {
  // One loop, not replace() with a callback or a regex test first: Chinese text is full of （），：,
  // and most cells have no full-width character at all (then the text itself comes back).
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3000 || (c >= 0xff01 && c <= 0xff5e)) {
      out += text.slice(from, i) + String.fromCharCode(c === 0x3000 ? 32 : c - 0xfee0);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Folds what typing in Excel leaves behind: line breaks (Alt+Enter), runs of spaces, full-width digits.
 * Spaces between Chinese characters are dropped, since they are layout, not meaning.
 */
export function foldText(text: string): string {
  const found = foldingNeeds(text);
  if (found === 0) return text;
  // Full-width forms become ASCII, never white space (the ideographic space is white space already).
  let s = found & FULL_WIDTH ? toHalfWidth(text) : text;
  if (found & WHITE_SPACE) {
    s = s.replace(/[\s\u00a0]+/g, " ").trim();
    if (s.includes(" ")) s = s.replace(SPACE_BETWEEN_CJK, "");
  }
  return s;
}

const FULL_WIDTH = 1;
const WHITE_SPACE = 2;

/**
 * What foldText has to do, in one pass over the text instead of two regex calls: FULL_WIDTH for a
 * full-width form or the ideographic space, WHITE_SPACE for any character \s matches. Most cells have
 * neither; descriptions mostly have full-width punctuation only.
 */
function foldingNeeds(text: string): number {
  let found = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Tested inline, widest classes first: Chinese text is ideographs, ASCII and full-width forms.
    if (c > 0x3000) {
      if (c >= 0xff01 && c <= 0xff5e) found |= FULL_WIDTH;
      else if (c === 0xfeff) found |= WHITE_SPACE;
    } else if (c < 0xa0) {
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) found |= WHITE_SPACE;
    } else if (c === 0x3000) found |= FULL_WIDTH | WHITE_SPACE;
    else if (isWhiteSpaceCode(c)) found |= WHITE_SPACE;
  }
  return found;
}

/** Whether a UTF-16 code unit is one of the characters \s matches, without a regex. */
export function isWhiteSpaceCode(c: number): boolean {
  if (c < 0xa0) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0xfeff
  );
}

/**
 * Free text (a description, an address) as the ledger wrote it, tidied: a line break typed inside the
 * cell (Alt+Enter) stays a line break, Chinese punctuation (，：（）) stays full-width, and only full-width
 * digits and letters, runs of spaces and spaces between Chinese characters are folded. Empty lines go.
 */
export function foldFreeText(text: string): string {
  const lines = /[\r\n]/.test(text) ? text.split(/\r\n|\r|\n/) : [text];
  const out: string[] = [];
  for (const line of lines) {
    let s = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/.test(line)
      ? line.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
      : line;
    if (/[\s\u00a0\u3000]/.test(s)) {
      s = s.replace(/[\s\u00a0\u3000]+/g, " ").trim();
      if (s.includes(" ")) s = s.replace(SPACE_BETWEEN_CJK, "");
    }
    if (s !== "") out.push(s);
  }
  return out.join("\n");
}

/** Full-width digits and letters only, keeping Chinese punctuation: for labels shown back to users. */
export function foldDigits(text: string): string {
  return text.replace(/[\uff10-\uff19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** A cell's text as a user would read it; null for blanks. */
export function cellText(value: CellValue): string | null {
  if (value === null) return null;
  if (typeof value === "string") {
    const s = foldText(value);
    return s === "" ? null : s;
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
}

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** Header text with everything that varies between offices removed: spaces, punctuation, brackets' contents like (元). */
export function headerKey(text: string): string {
  return foldText(text)
    .replace(/[（(][^）)]*[）)]/g, "")
    .replace(/[\s:：*＊#№.、/\\_-]/g, "")
    .toLowerCase();
}
