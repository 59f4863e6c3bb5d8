/**
 * Where a finding came from (问题来源) as a section title over a table names it: "一、上级督查交办问题",
 * "（一）市级明察暗访发现问题", "二、病媒生物防制问题（社区自查）", "群众举报问题". The phrase is kept as the
 * title words it ("上级督查交办", "市级明察暗访", "社区自查"), without numbering, brackets or trailing 问题.
 */
const NUMBERING = /^\s*(第?[一二三四五六七八九十]+[、.．部分]+|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．]|[①-⑳])\s*/;
const SOURCE_WORD = /督查|督导|暗访|巡查|自查|检查|抽查|举报|投诉|反映|热线|12345|交办|转办|反馈|督办|曝光|舆情|考核|评估|测评|来信/;
const FILLER = /(发现的问题|发现问题|的问题|问题|事项|清单|情况)$/;

export function readOrigin(title: string): string | null {
  const text = title.replace(/\s/g, "").replace(NUMBERING, "");
  const bracketed = [...text.matchAll(/[（(]([^）)]*)[）)]/g)].map((m) => m[1]!);
  const main = text.replace(/[（(][^）)]*[）)]/g, "");
  for (const part of [main, ...bracketed]) {
    const core = part.replace(FILLER, "").replace(FILLER, "");
    if (core.length >= 2 && core.length <= 16 && SOURCE_WORD.test(core)) return core;
  }
  return null;
}
