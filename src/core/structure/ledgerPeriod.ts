import { foldText } from "../normalize/text";

/** The period a ledger covers, as far as its title, sheet name or file name says. */
export interface LedgerPeriod {
  year: number | null;
  month: number | null;
  /** Where it was read from, shown to the user next to inferred years. */
  source: string | null;
}

const YEAR_MONTH = /((?:19|20)\d{2})\s*(?:年|[.\-/_])\s*(\d{1,2})\s*(?:月|月份)?(?!\d)/;
const YEAR = /((?:19|20)\d{2})\s*(?:年|年度)/;
const BARE_YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/;
const MONTH = /(?<![\d.])(\d{1,2})\s*月/;
const CN_MONTHS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
const CN_MONTH = /(十[一二]|[一二三四五六七八九十])月/;

function readText(raw: string): { year: number | null; month: number | null } {
  const text = foldText(raw);
  let m = YEAR_MONTH.exec(text);
  if (m) {
    const month = Number(m[2]);
    if (month >= 1 && month <= 12) return { year: Number(m[1]), month };
  }
  const y = YEAR.exec(text) ?? BARE_YEAR.exec(text);
  const year = y ? Number(y[1]) : null;
  m = MONTH.exec(text.replace(YEAR, ""));
  let month = m ? Number(m[1]) : null;
  if (month === null) {
    const c = CN_MONTH.exec(text);
    if (c) month = CN_MONTHS.indexOf(c[1]!) + 1;
  }
  if (month !== null && (month < 1 || month > 12)) month = null;
  return { year, month };
}

/**
 * Combines what the title rows, the sheet name and the file name say, in that order of trust:
 * "南湖街道2025年4月创卫问题清单" on a sheet "4月份" gives 2025-04; a sheet "3月" in
 * "2024年创卫台账.xlsx" gives 2024-03.
 */
export function ledgerPeriod(preamble: readonly string[], sheetName: string, fileName: string): LedgerPeriod {
  let year: number | null = null;
  let month: number | null = null;
  const sources: string[] = [];
  const take = (found: { year: number | null; month: number | null }, where: string): void => {
    if (year === null && found.year !== null) {
      year = found.year;
      sources.push(where);
    }
    if (month === null && found.month !== null && (found.year === null || found.year === year)) {
      month = found.month;
      if (!sources.includes(where)) sources.push(where);
    }
  };
  for (const line of preamble.slice(0, 6)) take(readText(line), "标题");
  take(readText(sheetName), "工作表名");
  take(readText(fileName.replace(/\.[^.]+$/, "")), "文件名");
  return { year, month, source: sources.length ? sources.join("、") : null };
}
