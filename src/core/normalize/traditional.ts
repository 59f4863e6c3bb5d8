// t2cn holds only the Traditional→Simplified dictionaries (a tenth of the full set).
import { Converter, Locale } from "opencc-js/t2cn";

// Building a converter loads its dictionaries: do it once (rebuilding per call is ~1000× slower).
let converter: ((text: string) => string) | null = null;
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** Traditional (Taiwan/Hong Kong forms included) → Simplified. Cached: ledgers repeat the same units and statuses. */
export function toSimplified(text: string): string {
  if (!/[\u3400-\u9fff]/.test(text)) return text;
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

let convertible: Set<number> | null = null;

function addSingles(dict: unknown, into: Set<number>): void {
  if (typeof dict === "string") {
    for (const entry of dict.split("|")) {
      const [from, to] = entry.split(" ");
      if (from && to && from !== to && [...from].length === 1) into.add(from.codePointAt(0)!);
    }
  } else if (Array.isArray(dict)) {
    if (dict.length === 2 && typeof dict[0] === "string" && typeof dict[1] === "string" && !/[ |]/.test(dict[0])) {
      if (dict[0] !== dict[1] && [...dict[0]].length === 1) into.add(dict[0].codePointAt(0)!);
    } else for (const d of dict) addSingles(d, into);
  } else if (dict && typeof dict === "object") for (const d of Object.values(dict)) addSingles(d, into);
}

/**
 * Whether a text holds a character the converter changes on its own (a Traditional or HK form).
 * Much cheaper than converting: text compared across thousands of rows (consolidation's content
 * keys) is converted only when this says so. Simplified text never holds one.
 */
export function hasTraditionalChar(text: string): boolean {
  if (!/[\u3400-\u9fff\uf900-\ufaff\ud840-\ud87f]/.test(text)) return false;
  if (!convertible) addSingles(Locale.configs.hk2s, (convertible = new Set()));
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    if (convertible.has(c)) return true;
    if (c > 0xffff) i++;
  }
  return false;
}
