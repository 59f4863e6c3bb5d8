// t2cn holds only the Traditional→Simplified dictionaries (a tenth of the full set).
import { Converter, Locale } from "opencc-js/t2cn";

// Building a converter loads its dictionaries: do it once (rebuilding per call is ~1000× slower).
let converter: ((text: string) => string) | null = null;
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** Traditional (Taiwan/Hong Kong forms included) → Simplified. Cached: ledgers repeat the same units and statuses. */
export function toSimplified(text: string): string {
  if (!/[\u3400-\u9fff]/.test(text) || !hasTraditionalChar(text)) return text;
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  converter ??= Converter({ from: "hk", to: "cn" });
  const out = converter(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, out);
  return out;
}

/** True when the text reads differently once simplified: the text is (at least partly) Traditional. */
export function looksTraditional(text: string): boolean {
  return toSimplified(text) !== text;
}

let changing: Set<number> | null = null;
const changingBmp = new Uint8Array(0x10000);

/** Every character a dictionary entry changes: a one-character entry's, and in a phrase the characters it replaces. */
function addChanging(dict: unknown, into: Set<number>): void {
  const entry = (from: string | undefined, to: string | undefined): void => {
    if (!from || !to || from === to) return;
    const a = [...from];
    const b = [...to];
    a.forEach((ch, i) => {
      if (ch !== b[i] || a.length !== b.length) into.add(ch.codePointAt(0)!);
    });
  };
  if (typeof dict === "string") for (const line of dict.split("|")) entry(...(line.split(" ") as [string?, string?]));
  else if (Array.isArray(dict)) {
    if (dict.length === 2 && typeof dict[0] === "string" && typeof dict[1] === "string" && !/[ |]/.test(dict[0])) entry(dict[0], dict[1]);
    else for (const d of dict) addChanging(d, into);
  } else if (dict && typeof dict === "object") for (const d of Object.values(dict)) addChanging(d, into);
}

/**
 * Whether conversion could change the text at all: it holds a character some entry of the hk→cn
 * dictionaries replaces (every change replaces one). Far cheaper than converting, so text with
 * none — all Simplified text, unique descriptions by the hundred thousand — skips the converter.
 */
export function hasTraditionalChar(text: string): boolean {
  if (!changing) {
    changing = new Set();
    addChanging(Locale.configs.hk2s, changing);
    for (const c of changing) if (c <= 0xffff) changingBmp[c] = 1;
  }
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A lookup table for the Basic Multilingual Plane (every cell's every character passes here).
    if (unit < 0xd800 || unit > 0xdfff) {
      if (changingBmp[unit] === 1) return true;
      continue;
    }
    const c = text.codePointAt(i)!;
    if (changing.has(c)) return true;
    if (c > 0xffff) i++;
  }
  return false;
}
