import { FINDING_FIELDS, type FindingField } from "../model/finding";
import { headerKey } from "../normalize/text";
import { toSimplified } from "../normalize/traditional";
import { diceSimilarity } from "../normalize/similarity";
import { FIELD_SYNONYMS, IGNORED_HEADERS, SCORE_SYNONYMS } from "../vocab/fieldSynonyms";

export interface FieldScore {
  field: FindingField;
  score: number;
}

const SYNONYM_KEYS: Array<{ field: FindingField; keys: string[] }> = FINDING_FIELDS.map((field) => ({
  field,
  keys: FIELD_SYNONYMS[field].map((s) => headerKey(s)),
}));

/** How well one header text names one field: exact 1, containment ~0.8, otherwise similarity. */
function scoreText(key: string, synonym: string, rank: number): number {
  if (key === synonym) return 1 - rank * 0.001;
  if (key.includes(synonym)) return 0.72 + 0.25 * (synonym.length / key.length) - rank * 0.001;
  if (synonym.includes(key) && key.length >= 2) return 0.5 + 0.3 * (key.length / synonym.length);
  return 0.85 * diceSimilarity(key, synonym);
}

const cache = new Map<string, FieldScore[]>();

/**
 * Scores of one header label against every field, best first. A flattened two-row header
 * ("整改落实情况·整改状态") is judged by its own words first, its group's words only as a fallback.
 */
export function scoreHeader(label: string): FieldScore[] {
  const hit = cache.get(label);
  if (hit) return hit;
  const parts = label
    .split("·")
    .map((p) => headerKey(toSimplified(p)))
    .filter((p) => p !== "");
  const own = parts[parts.length - 1] ?? "";
  const scores: FieldScore[] = [];
  for (const { field, keys } of SYNONYM_KEYS) {
    let best = 0;
    keys.forEach((syn, rank) => {
      best = Math.max(best, scoreText(own, syn, rank));
      for (const parent of parts.slice(0, -1)) best = Math.max(best, 0.8 * scoreText(parent, syn, rank));
    });
    scores.push({ field, score: best });
  }
  scores.sort((a, b) => b.score - a.score);
  cache.set(label, scores);
  return scores;
}

export function isIgnoredHeader(label: string): boolean {
  const key = headerKey(toSimplified(label.split("·").pop() ?? label));
  return IGNORED_HEADERS.includes(key);
}

/** A cell that reads like a header word of a ledger (used to find the header row). */
const SCORE_KEYS = Object.values(SCORE_SYNONYMS).flatMap((words) => words.map((w) => headerKey(w)));

// Statuses, units and places repeat down a sheet's first rows: each is judged once (bounded).
const headerLike = new Map<string, boolean>();

export function isHeaderLike(text: string): boolean {
  // "检查时间：2024年5月" is a filled-in line above the table, not a column name.
  if (text.length > 16 || /[:：]\s*\S/.test(text)) return false;
  let hit = headerLike.get(text);
  if (hit === undefined) {
    hit = judgeHeaderLike(text);
    if (headerLike.size >= 20_000) headerLike.clear();
    headerLike.set(text, hit);
  }
  return hit;
}

function judgeHeaderLike(text: string): boolean {
  if (isIgnoredHeader(text)) return true;
  const key = headerKey(toSimplified(text));
  if (SCORE_KEYS.some((k) => key.startsWith(k))) return true;
  return text.includes("·") ? (scoreHeader(text)[0]?.score ?? 0) >= 0.75 : reachesHeaderScore(key, 0.75);
}

/** 32 bits, one per class of character: a text's characters set their bits. */
function charMask(text: string): number {
  let m = 0;
  for (let i = 0; i < text.length; i++) m |= 1 << (Math.imul(text.charCodeAt(i), 0x9e3779b1) >>> 27);
  return m;
}

const SYNONYM_MASKS = SYNONYM_KEYS.map(({ keys }) => ({ keys, masks: keys.map(charMask) }));

/**
 * Whether scoreHeader would give a one-part label (already a header key) at least `atLeast`: the
 * same scores, but a similarity is only computed where the two lengths allow it. The header search
 * asks this of every data cell of a sheet's first rows (unique descriptions, addresses), so it must
 * neither score them against every synonym nor fill scoreHeader's cache with them.
 */
export function reachesHeaderScore(key: string, atLeast: number): boolean {
  if (key === "") return false;
  const gk = key.length === 1 ? 1 : key.length - 1;
  const mask = charMask(key);
  for (const { keys, masks } of SYNONYM_MASKS)
    for (let rank = 0; rank < keys.length; rank++) {
      const syn = keys[rank]!;
      const m = masks[rank]!;
      // A text holds another only if it holds all of its characters (the masks say when it cannot).
      const contained = key === syn || ((m & ~mask) === 0 && key.includes(syn)) || ((mask & ~m) === 0 && syn.includes(key));
      // Otherwise scoreText is 0.85 × Dice, and Dice is at most 2·min/(sum) of the two bigram counts.
      const gs = syn.length === 1 ? 1 : syn.length - 1;
      if (!contained && (0.85 * 2 * Math.min(gk, gs)) / (gk + gs) < atLeast) continue;
      if (scoreText(key, syn, rank) >= atLeast) return true;
    }
  return false;
}
