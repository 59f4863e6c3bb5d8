// t2cn holds only the Traditional→Simplified dictionaries (a tenth of the full set).
import { Converter } from "opencc-js/t2cn";

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
