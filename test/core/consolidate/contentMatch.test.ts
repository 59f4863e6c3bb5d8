import fc from "fast-check";
import { ContentIndex, descriptionSimilarity, matchKey } from "../../../src/core/consolidate/contentMatch";
import type { Finding } from "../../../src/core/model/finding";
import { Converter } from "opencc-js/t2cn";
import { hasTraditionalChar, toSimplified } from "../../../src/core/normalize/traditional";
import { toHalfWidth } from "../../../src/core/normalize/text";
import { blankFinding } from "../../helpers/finding";

const f = (description: string, over: Partial<Finding> = {}): Finding =>
  blankFinding({
    id: `CW-${description}`,
    source: { file: "a.xlsx", sheet: "s", row: 2 },
    inspectedOn: "2025-05-10",
    unit: "南湖街道",
    description,
    location: "解放路",
    ...over,
  });

describe("matching a row from another file to a ledger record by content", () => {
  const ledger = [
    f("垃圾桶满溢，未及时清运"),
    f("公厕洗手液缺失", { unit: "区城市管理局" }),
    f("垃圾桶满溢，未及时清运", { location: "人民路" }),
    f("餐饮店后厨无防蝇设施", { unit: "北山街道" }),
  ];
  const index = new ContentIndex<Finding>((x) => x);
  for (const r of ledger) index.add(r);

  test.each([
    ["punctuation and spaces", f("垃圾桶满溢 未及时清运。")],
    ["Traditional characters", f("垃圾桶滿溢，未及時清運")],
    ["a word added", f("垃圾桶满溢，未及时清运到位")],
    ["Traditional in the unit's name too", f("公廁洗手液缺失", { unit: "區城市管理局" })],
  ])("same finding despite %s", (_, row) => {
    expect(index.find(row)).toBe(row.description!.startsWith("公") ? ledger[1] : ledger[0]);
  });

  test("the location tells two findings with the same words apart", () => {
    expect(index.find(f("垃圾桶满溢，未及时清运", { location: "人民路" }))).toBe(ledger[2]);
  });

  test.each([
    ["another unit", f("垃圾桶满溢，未及时清运", { unit: "北山街道" })],
    ["another inspection date", f("垃圾桶满溢，未及时清运", { inspectedOn: "2025-05-11" })],
    ["another location", f("公厕洗手液缺失", { unit: "区城市管理局", location: "滨江大道" })],
    ["another problem", f("公厕无障碍设施损坏")],
  ])("no match for %s", (_, row) => {
    expect(index.find(row)).toBeNull();
  });

  test("numbers tell findings apart: 3号楼 is not 5号楼, 解放路1号 is not 解放路12号; a count added still matches", () => {
    const index2 = new ContentIndex<Finding>((x) => x);
    const stairs = f("3号楼楼道堆放杂物", { location: "幸福小区" });
    const bins = f("垃圾桶满溢", { location: "解放路1号" });
    for (const r of [stairs, bins]) index2.add(r);
    expect(index2.find(f("5号楼楼道堆放杂物", { location: "幸福小区" }))).toBeNull();
    expect(index2.find(f("3号楼楼道堆放杂物。", { location: "幸福小区" }))).toBe(stairs);
    expect(index2.find(f("垃圾桶满溢", { location: "解放路12号" }))).toBeNull();
    expect(index2.find(f("垃圾桶满溢（2处）", { location: "解放路1号" }))).toBe(bins);
    expect(index2.find(f("垃圾桶满溢", { location: "解放路" }))).toBe(bins);
  });

  test("the key folds what people change while typing", () => {
    expect(matchKey("  垃圾桶（东侧）滿溢！ ")).toBe(matchKey("垃圾桶(东侧)满溢"));
  });
});

test("toSimplified skips the converter only for text it cannot change: every character and phrase it changes is caught", () => {
  const convert = Converter({ from: "hk", to: "cn" });
  const missed: string[] = [];
  for (let c = 0x3400; c <= 0x9fff; c++) {
    const ch = String.fromCodePoint(c);
    if (convert(ch) !== ch && !hasTraditionalChar(ch)) missed.push(ch);
  }
  // Phrases whose every character is also Simplified (回覆 → 回复, 反覆 → 反复) convert too.
  for (const t of ["回覆", "反反覆覆", "一目瞭然", "意志消沈", "找藉口"]) if (convert(t) !== t && !hasTraditionalChar(t)) missed.push(t);
  expect(missed).toEqual([]);
  for (const t of ["回覆", "垃圾桶滿溢", "一目瞭然"]) expect(toSimplified(t)).toBe(convert(t));
  expect(hasTraditionalChar("垃圾桶满溢未及时清理（4-0）解放路12号第3社区居委会")).toBe(false);
  expect(matchKey("垃圾桶滿溢，未清理")).toBe(matchKey("垃圾桶满溢未清理"));
});

test("the index's bigram counting (sorted, one merge pass) finds what comparing every record by descriptionSimilarity finds (fast-check)", () => {
  const word = fc.constantFrom(
    "垃圾",
    "桶",
    "满溢",
    "未",
    "清运",
    "公厕",
    "洗手液",
    "缺失",
    "，",
    "防蝇",
    "设施",
    "（3-17）",
    "5号",
    "12",
    "aa",
    "ab",
  );
  const text = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(""));
  fc.assert(
    fc.property(fc.array(text, { minLength: 1, maxLength: 12 }), text, (texts, wanted) => {
      const index = new ContentIndex<Finding>((x) => x);
      const records = texts.map((t, i) => f(t, { id: `CW-${i}` }));
      for (const r of records) index.add(r);
      const found = index.find(f(wanted));
      // Brute force: the best score at or above the threshold, the first of equals (as the index keeps it).
      let best: Finding | null = null;
      let bestScore = 0;
      // (a description that folds to nothing matches nothing)
      for (const r of matchKey(wanted) ? records : []) {
        const score = descriptionSimilarity(matchKey(r.description), matchKey(wanted), 0.72) + 0.01;
        const numbers = (t: string | null) => (matchKey(t).match(/\d+/g) ?? []).join(",");
        const [a, b] = [numbers(r.description), numbers(wanted)];
        if (a !== "" && b !== "" && a !== b) continue;
        if (score >= 0.72 && score > bestScore) [best, bestScore] = [r, score];
      }
      expect(found?.id ?? null).toBe(best?.id ?? null);
    }),
    { numRuns: 300 },
  );
});

test("matchKey's one-pass path folds exactly as the Unicode regex does, for ledger text and anything else (fast-check)", () => {
  const reference = (text: string | null): string =>
    text
      ? toSimplified(toHalfWidth(text))
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, "")
      : "";
  const ledgerChar = fc.oneof(
    fc.integer({ min: 0x4e00, max: 0x9fff }),
    fc.integer({ min: 0x3400, max: 0x4dbf }),
    fc.integer({ min: 0, max: 0x7f }),
    fc.integer({ min: 0x2000, max: 0x206f }),
    fc.integer({ min: 0x3000, max: 0x303f }),
    fc.integer({ min: 0xff00, max: 0xffef }),
    fc.integer({ min: 0, max: 0xffff }),
  );
  const text = fc.oneof(
    fc.array(ledgerChar, { maxLength: 30 }).map((cs) => String.fromCharCode(...cs)),
    fc.string({ unit: "grapheme", maxLength: 20 }),
    fc.constantFrom("垃圾桶（东侧）滿溢！ ", "ＡＢＣ１２３号楼", "〇〇七号、々", "İstanbul路", "Ⅳ区"),
  );
  fc.assert(
    fc.property(text, (t) => expect(matchKey(t)).toBe(reference(t))),
    { numRuns: 3000 },
  );
});
