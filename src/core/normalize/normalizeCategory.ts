import { DEFAULT_CATEGORIES, type Category } from "../vocab/categories";
import { foldText } from "./text";
import { toSimplified } from "./traditional";

// 一、 （一） (1) 1. 1、 第一类 — group-row numbering in front of a category.
const NUMBERING = /^\s*(第?[一二三四五六七八九十百]+[、.．类项]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．)]|[①-⑳])\s*/;
// (共3个问题) 共3处 — counts behind it, and the words 问题/方面/类 that add nothing.
const TRAILER = /\s*[（(]?\s*(共|计|合计)?\s*\d+\s*(个|处|条|项)?\s*(问题)?\s*[)）]?\s*$/;
const SUFFIX = /(方面的问题|方面问题|类问题|问题|方面|类|工作)$/;

/** The label of a group row or category cell with its numbering, count and filler words removed. */
export function categoryCore(text: string): string {
  let s = toSimplified(foldText(text)).replace(NUMBERING, "");
  s = s
    .replace(TRAILER, "")
    .replace(/[:：]$/, "")
    .trim();
  const stripped = s.replace(SUFFIX, "");
  return stripped || s;
}

export interface CategoryIndex {
  byName: Map<string, string>;
  keywords: Array<{ keyword: string; name: string }>;
}

export function buildCategoryIndex(categories: readonly Category[] = DEFAULT_CATEGORIES): CategoryIndex {
  const byName = new Map<string, string>();
  const keywords: CategoryIndex["keywords"] = [];
  for (const c of categories) {
    byName.set(c.name, c.name);
    for (const a of c.aliases) byName.set(toSimplified(a), c.name);
    for (const k of c.keywords) keywords.push({ keyword: toSimplified(k), name: c.name });
  }
  // Longest keyword first so that 环境卫生 wins over a shorter, vaguer word.
  keywords.sort((a, b) => b.keyword.length - a.keyword.length);
  return { byName, keywords };
}

// Built on first use, not on import: in the page the Traditional→Simplified dictionary loads with the first workbook.
let defaultIndex: CategoryIndex | null = null;

/** Maps a category cell or group-row label to the vocabulary; null when nothing fits. */
export function normalizeCategory(text: string, index: CategoryIndex = (defaultIndex ??= buildCategoryIndex())): string | null {
  const full = toSimplified(foldText(text));
  const exact = index.byName.get(full);
  if (exact) return exact;
  const core = categoryCore(text);
  const byCore = index.byName.get(core);
  if (byCore) return byCore;
  for (const { keyword, name } of index.keywords) if (core.includes(keyword)) return name;
  return null;
}
