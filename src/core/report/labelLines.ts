/**
 * Category labels of the 月报 charts (unit names, months) broken into lines for the width of their column.
 * A unit's name is broken between its words ("区市场监督/管理局", "南湖街道/办事处"), never inside one
 * ("区市场监/督管理局"): a name cut mid-word reads as two other names.
 */

/** Width of a text in px: CJK characters are square, Latin letters and digits about half. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2e80 ? 0.58 : 1;
  return w * size;
}

// Words a unit's name ends in (a line may start with them), longest first, and the place-name
// prefixes a line may end after. Between these the name is one word.
const WORDS = [
  "监督管理局",
  "人民医院",
  "服务中心",
  "农贸市场",
  "卫生健康局",
  "健康局",
  "执法局",
  "教育局",
  "管理局",
  "办事处",
  "居委会",
  "村委会",
  "委员会",
  "办公室",
  "卫生院",
  "幼儿园",
  "医院",
  "中心",
  "街道",
  "社区",
  "市场",
  "学校",
  "小学",
  "中学",
  "公司",
  "分部",
  "分局",
  "局",
];
const PREFIXES = /^(?:区|县|市|镇|乡)/;

/** Places (index of the character a new line starts with) where the name may be broken. */
function breakPoints(chars: readonly string[]): Set<number> {
  const text = chars.join("");
  const points = new Set<number>();
  for (const w of WORDS) for (let at = text.indexOf(w, 1); at > 0; at = text.indexOf(w, at + 1)) points.add([...text.slice(0, at)].length);
  if (PREFIXES.test(text) && chars.length > 1) points.add(1);
  // Between digits and a CJK character ("5月" stays whole, "第2网格" may break before 网格).
  for (let i = 1; i < chars.length; i++) if (/[0-9A-Za-z]/.test(chars[i - 1]!) !== /[0-9A-Za-z]/.test(chars[i]!)) points.add(i);
  return points;
}

// Costs: a line, a break inside a word (worse than one more line), a line of one character.
const LINE = 1000;
const MID_WORD = 1500;
const LONE = 800;

/**
 * A label in lines no wider than `width`: as few lines as its words allow, broken inside a word only when
 * a word alone is wider than the column, and the lines about equally long.
 */
export function labelLines(text: string, width: number, size: number): string[] {
  const chars = [...text];
  if (textWidth(text, size) <= width || chars.length < 2) return [text];
  const soft = breakPoints(chars);
  const best: Array<{ cost: number; from: number }> = [{ cost: 0, from: -1 }];
  for (let j = 1; j <= chars.length; j++) {
    best[j] = { cost: Infinity, from: -1 };
    for (let i = j - 1; i >= 0; i--) {
      const line = chars.slice(i, j).join("");
      const w = textWidth(line, size);
      if (w > width && j - i > 1) break;
      const slack = Math.max(0, width - w) / width;
      const cost =
        best[i]!.cost + LINE + (i > 0 && !soft.has(i) ? MID_WORD : 0) + (j - i === 1 && chars.length > 1 ? LONE : 0) + 100 * slack * slack;
      if (cost < best[j]!.cost) best[j] = { cost, from: i };
    }
  }
  const lines: string[] = [];
  for (let j = chars.length; j > 0; j = best[j]!.from) lines.unshift(chars.slice(best[j]!.from, j).join(""));
  return lines;
}
