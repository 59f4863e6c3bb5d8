/** 64-bit FNV-1a over UTF-16 code units, as 12 hex digits: short, stable, the same in every host. */
export function stableHash(text: string): string {
  return stableHashJoined(text, NOTHING);
}
const NOTHING: ReadonlyArray<string | null> = [];

/**
 * stableHash of texts joined by \u0001, without joining them: a finding's 编号 hashes its sheet and
 * four fields for every row, and building the joined text cost more than hashing it.
 */
export function stableHashJoined(first: string, rest: ReadonlyArray<string | null>, separator = 1): string {
  const sepHigh = (separator << 7) | (separator >>> 9);
  let length = first.length;
  for (const t of rest) length += 1 + (t?.length ?? 0);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ length;
  for (let p = -1; p < rest.length; p++) {
    const text = p < 0 ? first : (rest[p] ?? "");
    if (p >= 0) {
      h1 = Math.imul(h1 ^ separator, 0x01000193);
      h2 = Math.imul(h2 ^ sepHigh, 0x5bd1e995);
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ ((c << 7) | (c >>> 9)), 0x5bd1e995);
    }
  }
  // h1's 8 hex digits and h2's top 4, as one flat string: toString(16) + padStart cost six times the loop.
  for (let d = 0; d < 8; d++) digits[d] = HEX[(h1 >>> (28 - 4 * d)) & 15]!;
  for (let d = 0; d < 4; d++) digits[8 + d] = HEX[(h2 >>> (28 - 4 * d)) & 15]!;
  return String.fromCharCode.apply(null, digits);
}
const HEX = Array.from("0123456789abcdef", (c) => c.charCodeAt(0));
const digits: number[] = new Array<number>(12).fill(0);

/**
 * A finding's 编号 is derived from its sheet and what it says, not from its row number or the file's
 * name: inserting a row above it, or saving the workbook under another name, does not change it, so
 * a second import updates instead of duplicating. Identical findings in one sheet are told apart by order.
 */
export class FindingIdFactory {
  private readonly seen = new Map<string, number>();
  next(sheet: string | null, content: ReadonlyArray<string | null>): string {
    // Occurrences are counted by hash, so 100,000 rows do not keep 100,000 long keys alive.
    const hash = stableHashJoined(sheet ?? "", content);
    const n = (this.seen.get(hash) ?? 0) + 1;
    this.seen.set(hash, n);
    return `CW-${n === 1 ? hash : stableHashJoined(sheet ?? "", [...content, String(n)])}`;
  }
}
