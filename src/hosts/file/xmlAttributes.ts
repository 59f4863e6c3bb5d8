/**
 * The attributes of one start tag's text (`r="A1" s="3" t="s"`), values as written (entities
 * left in): a hand loop, as the sheet reader calls it once per cell.
 */
export function xmlAttributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const n = tag.length;
  let i = 0;
  while (i < n) {
    let c = tag.charCodeAt(i);
    // whitespace or a stray "/" before the next name
    if (c <= 32 || c === 47) {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < n && (c = tag.charCodeAt(i)) !== 61 && c > 32) i++;
    const name = tag.slice(nameStart, i);
    while (i < n && tag.charCodeAt(i) <= 32) i++;
    if (tag.charCodeAt(i) !== 61) continue;
    i++;
    while (i < n && tag.charCodeAt(i) <= 32) i++;
    const quote = tag.charCodeAt(i);
    if (quote !== 34 && quote !== 39) continue;
    const end = tag.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (end < 0) break;
    out[name] = tag.slice(i + 1, end);
    i = end + 1;
  }
  return out;
}
