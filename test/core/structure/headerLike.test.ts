import { FIELD_SYNONYMS } from "../../../src/core/vocab/fieldSynonyms";
import { headerKey } from "../../../src/core/normalize/text";
import { toSimplified } from "../../../src/core/normalize/traditional";
import { reachesHeaderScore, scoreHeader } from "../../../src/core/structure/headerMatch";

// The header search's shortcut must say exactly what scoring every synonym says.
test("reachesHeaderScore agrees with scoreHeader on header words, near misses and data cells", () => {
  const texts = [
    ...Object.values(FIELD_SYNONYMS).flat(),
    ...Object.values(FIELD_SYNONYMS)
      .flat()
      .flatMap((s) => [`${s}情况`, `具体${s}`, s.slice(1), s.slice(0, -1)]),
    "垃圾桶满溢未及时清理（4-0）",
    "解放路12号",
    "区第3责任单位",
    "第4社区居委会",
    "已整改",
    "序号",
    "完成日期",
    "整改完成时间",
    "问题",
    "备",
  ];
  for (const t of texts) {
    const key = headerKey(toSimplified(t));
    expect([t, reachesHeaderScore(key, 0.75)]).toEqual([t, (scoreHeader(t)[0]?.score ?? 0) >= 0.75]);
  }
});
