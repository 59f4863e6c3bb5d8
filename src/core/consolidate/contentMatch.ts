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
  const simplified = toSimplified(toHalfWidth(text));
  return keptChars(simplified) ?? simplified.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * What a character does in a key, for the characters a ledger is written in (ASCII, CJK punctuation,
 * general punctuation, full-width forms), from the same \p{L}\p{N} test: 0 dropped, 1 kept, 2 lower-cased.
 * Computed once at load, over 400 characters.
 */
const KEY_ROLE = new Map<number, number>();
for (const [from, to] of [
  [0x00, 0x7f],
  [0x2000, 0x206f],
  [0x3000, 0x303f],
  [0xff00, 0xffef],
] as const)
  for (let c = from; c <= to; c++) {
    const ch = String.fromCharCode(c);
    KEY_ROLE.set(c, /[\p{L}\p{N}]/u.test(ch) ? (ch.toLowerCase() === ch ? 1 : 2) : 0);
  }

/**
 * The key of a text made of CJK ideographs and the characters KEY_ROLE knows, in one pass without a
 * Unicode regex (a ledger folds every description); null for any other text, which takes the regex.
 */
function keptChars(text: string): string | null {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // CJK Unified Ideographs and Extension A: letters, without case.
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) continue;
    const role = c < 0x80 ? ASCII_ROLE[c]! : KEY_ROLE.get(c);
    if (role === 1) continue;
    if (role === undefined) return null;
    out += text.slice(from, i);
    if (role === 2) out += text[i]!.toLowerCase();
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
const ASCII_ROLE = Uint8Array.from({ length: 0x80 }, (_, c) => KEY_ROLE.get(c)!);

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
 * Writes a text's character bigrams into `into` from `at`, sorted: two texts' shared bigrams are then
 * counted in one merge pass (the same count as bigramDice's, each bigram used once) instead of
 * comparing every pair. Insertion sort: a description has a few dozen bigrams, and sorting a typed
 * array in place needs a view object per call. Returns how many were written (-1: none kept).
 */
function writeSortedBigrams(text: string, into: Int32Array, at: number): number {
  if (text.length < 2 || text.length > MAX_SCRATCH) return -1;
  const n = text.length - 1;
  for (let i = 0; i < n; i++) {
    const g = (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1);
    let j = at + i;
    while (j > at && into[j - 1]! > g) {
      into[j] = into[j - 1]!;
      j -= 1;
    }
    into[j] = g;
  }
  return n;
}

function sharedBigrams(a: Int32Array, aAt: number, aLength: number, b: Int32Array, bAt: number, bLength: number): number {
  let i = aAt;
  let j = bAt;
  const aEnd = aAt + aLength;
  const bEnd = bAt + bLength;
  let shared = 0;
  while (i < aEnd && j < bEnd) {
    if (a[i] === b[j]) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (a[i]! < b[j]!) i += 1;
    else j += 1;
  }
  return shared;
}

/**
 * Every indexed description's sorted bigrams, end to end in one growing array: an index of 100,000
 * records holds one buffer, not 100,000 typed arrays for the collector to track.
 */
class BigramArena {
  data = new Int32Array(4096);
  used = 0;

  /** Where the text's bigrams start, or -1 when it has none to keep. */
  add(text: string): number {
    if (text.length < 2 || text.length > MAX_SCRATCH) return -1;
    const need = this.used + text.length - 1;
    if (need > this.data.length) {
      const grown = new Int32Array(Math.max(need, this.data.length * 2));
      grown.set(this.data.subarray(0, this.used));
      this.data = grown;
    }
    const at = this.used;
    this.used += writeSortedBigrams(text, this.data, at);
    return at;
  }
}

// The bigrams of the description being looked up: one scratch array, reused by every lookup.
const query = new Int32Array(MAX_SCRATCH);

/**
 * How alike `a` and `b` are (see descriptionSimilarity). With `arena`, `a`'s sorted bigrams start at
 * `aAt` there and `b`'s are the first `bGrams` of `query` (-1 for either: none kept, count them by pairs).
 */
function similarity(a: string, b: string, atLeast: number, arena: Int32Array | null, aAt: number, bGrams: number): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  if (short.length >= 4 && long.includes(short)) return 0.9;
  // At most every bigram of the shorter text is shared.
  if ((2 * (short.length - 1)) / (short.length + long.length - 2) < atLeast) return 0;
  if (arena && aAt >= 0 && bGrams >= 0) return (2 * sharedBigrams(arena, aAt, a.length - 1, query, 0, bGrams)) / (a.length - 1 + bGrams);
  return bigramDice(a, b);
}

/**
 * How alike two descriptions are, 0…1: a word added or dropped still reads as the same finding.
 * Below `atLeast` the exact figure does not matter, which spares the comparison of texts whose
 * lengths alone rule it out.
 */
export function descriptionSimilarity(a: string, b: string, atLeast = 0): number {
  return similarity(a, b, atLeast, null, -1, -1);
}

/**
 * Whether two texts name different numbers (given as numbersIn of each): 3号楼 and 5号楼, 解放路1号 and
 * 解放路12号 read alike but are other places. Only when both texts have numbers: a reply adding a count
 * (（2处）) still matches.
 */
function numbersDiffer(na: string, nb: string): boolean {
  return na !== "" && nb !== "" && na !== nb;
}

/** The runs of digits in a folded text, in order, comma-separated ("" when none). */
function numbersIn(text: string): string {
  let out = "";
  let from = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c >= 0x30 && c <= 0x39) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      out = out === "" ? text.slice(from, i) : `${out},${text.slice(from, i)}`;
      from = -1;
    }
  }
  return out;
}

const SAME_DESCRIPTION = 0.72;
const SAME_LOCATION = 0.5;

interface Entry<T> {
  item: T;
  description: string;
  /** Where the description's bigrams start in the index's arena (-1: too short or too long to keep). */
  grams: number;
  location: string;
  /** numbersIn(description) and numbersIn(location), found once. */
  numbers: string;
  locationNumbers: string;
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
  private readonly arena = new BigramArena();

  constructor(private readonly findingOf: (item: T) => Finding) {}

  add(item: T, keys: MatchKeys = matchKeys(this.findingOf(item))): void {
    let dates = this.buckets.get(keys.unit);
    if (!dates) this.buckets.set(keys.unit, (dates = new Map()));
    const date = keys.date ?? "";
    let bucket = dates.get(date);
    if (!bucket) dates.set(date, (bucket = []));
    bucket.push({
      item,
      description: keys.description,
      grams: this.arena.add(keys.description),
      location: keys.location,
      numbers: numbersIn(keys.description),
      locationNumbers: numbersIn(keys.location),
    });
  }

  /** The best match not refused by `accept`, or null. A row without a date looks at all the unit's dates. */
  find(f: Finding, accept: (item: T) => boolean = () => true, folded: MatchKeys = matchKeys(f)): T | null {
    const { description, location } = folded;
    if (!description) return null;
    const dates = this.buckets.get(folded.unit);
    if (!dates) return null;
    let best: T | null = null;
    let bestScore = 0;
    const arena = this.arena.data;
    const grams = writeSortedBigrams(description, query, 0);
    const numbers = numbersIn(description);
    const locationNumbers = numbersIn(location);
    const scan = (bucket: Array<Entry<T>> | undefined): boolean => {
      if (!bucket) return false;
      for (const e of bucket) {
        // Other numbers, another finding, however alike the words: known before any similarity is counted
        // (numbersDiffer, spelled out: every candidate of the bucket passes here).
        if (e.numbers !== numbers && e.numbers !== "" && numbers !== "") continue;
        const score =
          similarity(e.description, description, SAME_DESCRIPTION, arena, e.grams, grams) + (e.location === location ? 0.01 : 0);
        if (score < SAME_DESCRIPTION || score <= bestScore) continue;
        if (
          e.location &&
          location &&
          e.location !== location &&
          (bigramDice(e.location, location) < SAME_LOCATION || numbersDiffer(e.locationNumbers, locationNumbers))
        )
          continue;
        if (accept(e.item)) {
          best = e.item;
          bestScore = score;
          if (score >= 1) return true;
        }
      }
      return false;
    };
    if (folded.date) {
      if (!scan(dates.get(folded.date))) scan(dates.get(""));
    } else for (const bucket of dates.values()) if (scan(bucket)) break;
    return best;
  }
}
