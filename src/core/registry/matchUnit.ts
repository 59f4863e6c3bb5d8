import { foldText } from "../normalize/text";
import { toSimplified } from "../normalize/traditional";
import { diceSimilarity, editDistance, subsequenceSimilarity } from "../normalize/similarity";
import type { UnitEntry } from "./unitRegistry";

export type UnitMatch =
  | { kind: "registered"; name: string }
  | { kind: "alias"; name: string }
  | { kind: "nearMiss"; name: string; similarity: number }
  | { kind: "unknown"; suggestion: string | null };

/** What varies between spellings of one unit name: spaces, brackets, the 区/市/县 prefix. */
function core(name: string): string {
  return toSimplified(foldText(name))
    .replace(/[\s()（）·.]/g, "")
    .replace(/^(区|市|县)/, "");
}

export interface UnitIndex {
  match(unit: string): UnitMatch;
  names: readonly string[];
}

const NEAR = 0.72;
const SUGGEST = 0.5;

/**
 * Matches a ledger's unit against the registry: the registered name, an alias, a near miss (a
 * typo or a missing 区 that clearly means one unit), or unknown with the closest name as a hint.
 */
export function buildUnitIndex(entries: readonly UnitEntry[]): UnitIndex {
  const exact = new Map<string, string>();
  const alias = new Map<string, string>();
  const candidates: Array<{ key: string; name: string }> = [];
  for (const e of entries) {
    exact.set(toSimplified(e.name), e.name);
    candidates.push({ key: core(e.name), name: e.name });
    for (const a of e.aliases) {
      alias.set(toSimplified(a), e.name);
      candidates.push({ key: core(a), name: e.name });
    }
  }
  const cache = new Map<string, UnitMatch>();
  return {
    names: entries.map((e) => e.name),
    match(unit: string): UnitMatch {
      const hit = cache.get(unit);
      if (hit) return hit;
      const s = toSimplified(foldText(unit));
      let result: UnitMatch;
      const byName = exact.get(s);
      const byAlias = alias.get(s);
      if (byName) result = { kind: "registered", name: byName };
      else if (byAlias) result = { kind: "alias", name: byAlias };
      else {
        const key = core(s);
        let best: { name: string; score: number } | null = null;
        for (const c of candidates) {
          if (c.key === key) {
            best = { name: c.name, score: 1 };
            break;
          }
          const dice = diceSimilarity(key, c.key);
          const edits = editDistance(key, c.key);
          const score = Math.max(dice, edits <= 1 && key.length >= 3 ? 0.8 : 0, 0.85 * subsequenceSimilarity(key, c.key));
          if (!best || score > best.score) best = { name: c.name, score };
        }
        if (best && best.score >= NEAR) result = { kind: "nearMiss", name: best.name, similarity: Number(best.score.toFixed(2)) };
        else result = { kind: "unknown", suggestion: best && best.score >= SUGGEST ? best.name : null };
      }
      cache.set(unit, result);
      return result;
    },
  };
}
