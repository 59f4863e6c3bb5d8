/** 发文字号 per GB/T 9704: 代字〔2024〕12号 — full year in 六角括号, no leading zeros, no 第. */
export function formatDocNo(prefix: string, year: number, n: number): string {
  return `${prefix}〔${year}〕${n}号`;
}

export function parseDocNo(text: string): { prefix: string; year: number; number: number } | null {
  const m = /^(.*?)[〔［[(（](\d{4})[〕］\])）]第?0*(\d+)号$/.exec(text.trim());
  return m ? { prefix: m[1]!, year: Number(m[2]), number: Number(m[3]) } : null;
}

/** 2024年5月26日: dates in notices are written in Arabic numerals without leading zeros. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}
