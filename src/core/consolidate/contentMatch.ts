import type { Finding } from "../model/finding";
import { toHalfWidth } from "../normalize/text";
import { toSimplified } from "../normalize/traditional";
import { diceSimilarity } from "../normalize/similarity";

/**
 * Text as compared across files: Simplified, half-width, lower case, without spaces or punctuation,
 * so 「垃圾桶滿溢，未清理」 and "垃圾桶满溢未清理" read the same.
 */
export function matchKey(text: string | null): string {
  if (!text) return "";
  return toSimplified(toHalfWidth(text))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** How alike two descriptions are, 0…1: a word added or dropped still reads as the same finding. */
export function descriptionSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.includes(short)) return 0.9;
  return diceSimilarity(a, b);
}

const SAME_DESCRIPTION = 0.72;
const SAME_LOCATION = 0.5;

interface Entry<T> {
  item: T;
  description: string;
  location: string;
}

/**
 * Finds the record a row from another file speaks of: same unit and inspection date, a
 * description that reads the same (tolerant of punctuation, spaces, 繁/简 and a word added), and
 * no contradicting location. Records are bucketed by unit and date, so a lookup costs the size of
 * one bucket, not of the ledger.
 */
export class ContentIndex<T> {
  private readonly buckets = new Map<string, Array<Entry<T>>>();
  private readonly byUnit = new Map<string, Set<string>>();

  constructor(private readonly findingOf: (item: T) => Finding) {}

  private static bucketKey(unit: string, date: string | null): string {
    return `${unit}\u0001${date ?? ""}`;
  }

  add(item: T): void {
    const f = this.findingOf(item);
    const unit = matchKey(f.unit);
    const key = ContentIndex.bucketKey(unit, f.inspectedOn);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = [];
      this.buckets.set(key, bucket);
      let keys = this.byUnit.get(unit);
      if (!keys) this.byUnit.set(unit, (keys = new Set()));
      keys.add(key);
    }
    bucket.push({ item, description: matchKey(f.description), location: matchKey(f.location) });
  }

  /** The best match not refused by `accept`, or null. A row without a date looks at all the unit's dates. */
  find(f: Finding, accept: (item: T) => boolean = () => true): T | null {
    const unit = matchKey(f.unit);
    const description = matchKey(f.description);
    if (!description) return null;
    const location = matchKey(f.location);
    const keys = f.inspectedOn
      ? [ContentIndex.bucketKey(unit, f.inspectedOn), ContentIndex.bucketKey(unit, null)]
      : [...(this.byUnit.get(unit) ?? [])];
    let best: T | null = null;
    let bestScore = 0;
    for (const key of keys) {
      for (const e of this.buckets.get(key) ?? []) {
        if (e.location && location && e.location !== location && diceSimilarity(e.location, location) < SAME_LOCATION) continue;
        const score = descriptionSimilarity(e.description, description) + (e.location === location ? 0.01 : 0);
        if (score > bestScore && score >= SAME_DESCRIPTION && accept(e.item)) {
          best = e.item;
          bestScore = score;
          if (score >= 1) return best;
        }
      }
    }
    return best;
  }
}
