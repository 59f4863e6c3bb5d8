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

// Scratch space for bigramDice: a ledger's texts are short, and matching runs once per incoming row
// against each record of a bucket, so it must not allocate.
const MAX_SCRATCH = 256;
const grams = new Int32Array(MAX_SCRATCH);
const used = new Uint8Array(MAX_SCRATCH);

/** diceSimilarity over character bigrams, without building arrays of substrings. */
function bigramDice(a: string, b: string): number {
  if (a.length < 2 || b.length < 2 || a.length > MAX_SCRATCH) return diceSimilarity(a, b);
  const na = a.length - 1;
  const nb = b.length - 1;
  for (let i = 0; i < na; i++) {
    grams[i] = (a.charCodeAt(i) << 16) | a.charCodeAt(i + 1);
    used[i] = 0;
  }
  let shared = 0;
  for (let j = 0; j < nb; j++) {
    const g = (b.charCodeAt(j) << 16) | b.charCodeAt(j + 1);
    for (let i = 0; i < na; i++)
      if (used[i] === 0 && grams[i] === g) {
        used[i] = 1;
        shared += 1;
        break;
      }
  }
  return (2 * shared) / (na + nb);
}

/**
 * A text's character bigrams, sorted: two texts' shared bigrams are then counted in one merge pass
 * (the same count as bigramDice's, each bigram used once) instead of comparing every pair.
 */
function sortedBigrams(text: string): Int32Array | null {
  if (text.length < 2 || text.length > MAX_SCRATCH) return null;
  const g = new Int32Array(text.length - 1);
  for (let i = 0; i < g.length; i++) g[i] = (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1);
  return g.sort();
}

function sharedBigrams(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (a[i]! < b[j]!) i += 1;
    else j += 1;
  }
  return shared;
}

function similarity(a: string, aGrams: Int32Array | null, b: string, bGrams: Int32Array | null, atLeast: number): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.includes(short)) return 0.9;
  // At most every bigram of the shorter text is shared.
  if ((2 * (short.length - 1)) / (short.length + long.length - 2) < atLeast) return 0;
  if (aGrams && bGrams) return (2 * sharedBigrams(aGrams, bGrams)) / (aGrams.length + bGrams.length);
  return bigramDice(a, b);
}

/**
 * How alike two descriptions are, 0…1: a word added or dropped still reads as the same finding.
 * Below `atLeast` the exact figure does not matter, which spares the comparison of texts whose
 * lengths alone rule it out.
 */
export function descriptionSimilarity(a: string, b: string, atLeast = 0): number {
  return similarity(a, null, b, null, atLeast);
}

const SAME_DESCRIPTION = 0.72;
const SAME_LOCATION = 0.5;

interface Entry<T> {
  item: T;
  description: string;
  grams: Int32Array | null;
  location: string;
}

/** What a finding is matched by, folded once. */
export interface MatchKeys {
  unit: string;
  date: string | null;
  description: string;
  location: string;
}

// Units and places repeat over a ledger's rows: fold each once (bounded, like toSimplified's cache).
const repeated = new Map<string, string>();
const REPEATED_LIMIT = 20_000;

function repeatedKey(text: string | null): string {
  if (!text) return "";
  let key = repeated.get(text);
  if (key === undefined) {
    key = matchKey(text);
    if (repeated.size >= REPEATED_LIMIT) repeated.clear();
    repeated.set(text, key);
  }
  return key;
}

export function matchKeys(f: Finding): MatchKeys {
  return { unit: repeatedKey(f.unit), date: f.inspectedOn, description: matchKey(f.description), location: repeatedKey(f.location) };
}

/**
 * Finds the record a row from another file speaks of: same unit and inspection date, a
 * description that reads the same (tolerant of punctuation, spaces, 繁/简 and a word added), and
 * no contradicting location. Records are bucketed by unit and date, so a lookup costs the size of
 * one bucket, not of the ledger.
 */
export class ContentIndex<T> {
  /** unit → inspection date ("" when none) → entries: nested maps, so a lookup builds no key string. */
  private readonly buckets = new Map<string, Map<string, Array<Entry<T>>>>();

  constructor(private readonly findingOf: (item: T) => Finding) {}

  add(item: T, keys: MatchKeys = matchKeys(this.findingOf(item))): void {
    let dates = this.buckets.get(keys.unit);
    if (!dates) this.buckets.set(keys.unit, (dates = new Map()));
    const date = keys.date ?? "";
    let bucket = dates.get(date);
    if (!bucket) dates.set(date, (bucket = []));
    bucket.push({ item, description: keys.description, grams: sortedBigrams(keys.description), location: keys.location });
  }

  /** The best match not refused by `accept`, or null. A row without a date looks at all the unit's dates. */
  find(f: Finding, accept: (item: T) => boolean = () => true, folded: MatchKeys = matchKeys(f)): T | null {
    const { description, location } = folded;
    if (!description) return null;
    const dates = this.buckets.get(folded.unit);
    if (!dates) return null;
    const buckets = folded.date ? [dates.get(folded.date), dates.get("")] : [...dates.values()];
    let best: T | null = null;
    let bestScore = 0;
    const grams = sortedBigrams(description);
    for (const bucket of buckets) {
      if (!bucket) continue;
      for (const e of bucket) {
        const score = similarity(e.description, e.grams, description, grams, SAME_DESCRIPTION) + (e.location === location ? 0.01 : 0);
        if (score < SAME_DESCRIPTION || score <= bestScore) continue;
        if (e.location && location && e.location !== location && bigramDice(e.location, location) < SAME_LOCATION) continue;
        if (accept(e.item)) {
          best = e.item;
          bestScore = score;
          if (score >= 1) return best;
        }
      }
    }
    return best;
  }
}
