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

const NUMERALS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二 → 2, 十二 → 12, 二十 → 20, 12 → 12. */
function numberOf(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  if (!word.includes("十")) return Number([...word].map((c) => NUMERALS[c] ?? 0).join(""));
  const [tens, ones] = word.split("十") as [string, string];
  return (tens ? (NUMERALS[tens] ?? 1) : 1) * 10 + (ones ? (NUMERALS[ones] ?? 0) : 0);
}

/**
 * What tells two similarly named units apart, however alike the rest: the level (县/区/市, not the 市
 * of 城市 or 市场) and the ordinal numbers (第二人民医院, 一中, 实验三小). Near enough in spelling,
 * 县人民医院 and 区第二人民医院 are still two different hospitals.
 */
function identity(name: string): { level: string | null; ordinals: string } {
  const plain = toSimplified(foldText(name)).replace(/城市|市场|超市|都市/g, "");
  const level = /(县|区|市)/.exec(plain)?.[1] ?? null;
  const ordinals = [
    ...plain.matchAll(/第([零〇一二两三四五六七八九十\d]+)|([零〇一二两三四五六七八九十\d]+)(?=中|小|院|医院|分|队|所|号)/g),
  ]
    .map((m) => numberOf(m[1] ?? m[2]!))
    .sort((a, b) => a - b)
    .join(",");
  return { level, ordinals };
}

function sameIdentity(a: ReturnType<typeof identity>, b: ReturnType<typeof identity>): boolean {
  return (a.level === null || b.level === null || a.level === b.level) && a.ordinals === b.ordinals;
}

export interface UnitIndex {
  match(unit: string): UnitMatch;
  names: readonly string[];
}

const NEAR = 0.72;
const SUGGEST = 0.5;

/**
 * Matches a ledger's unit against the registry: the registered name, an alias, a near miss (a
 * typo or a missing 区 that clearly means one unit), or unknown with the closest name as a hint —
 * never a name of another level or with other ordinal numbers.
 */
export function buildUnitIndex(entries: readonly UnitEntry[]): UnitIndex {
  const exact = new Map<string, string>();
  const alias = new Map<string, string>();
  const candidates: Array<{ key: string; name: string; id: ReturnType<typeof identity> }> = [];
  for (const e of entries) {
    exact.set(toSimplified(e.name), e.name);
    candidates.push({ key: core(e.name), name: e.name, id: identity(e.name) });
    for (const a of e.aliases) {
      alias.set(toSimplified(a), e.name);
      candidates.push({ key: core(a), name: e.name, id: identity(a) });
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
        const id = identity(s);
        let best: { name: string; score: number } | null = null;
        for (const c of candidates) {
          if (!sameIdentity(id, c.id)) continue;
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
