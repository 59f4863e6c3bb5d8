import type { SkipReason } from "../messages/zhCN";
import { cellAt, formulaAt, type SheetGrid } from "../model/grid";
import { headerKey } from "../normalize/text";
import { toSimplified } from "../normalize/traditional";
import type { HeaderBlock } from "./detectHeader";
import { scoreHeader } from "./headerMatch";

/** Sheets the add-in writes; they are never read back as sources. */
export const OWNED_SHEETS = [
  "标准台账",
  "校验结果",
  "单位名录",
  "设置",
  "通知书登记",
  "通知书",
  "考评汇总",
  "更新记录",
  "报送情况",
  "报送记录",
  "交办记录",
] as const;

export function isOwnedSheet(name: string): boolean {
  return (OWNED_SHEETS as readonly string[]).includes(name) || /^月报-\d{4}-\d{2}$/.test(name);
}

const SUMMARY_NAME = /汇总|统计|合计|分析|总表|一览|图表|趋势/;
// Sheets that guide the reader rather than record findings: a table of contents, instructions, a cover.
const CONTENTS_NAME = /目录|索引|目次|导航|说明|须知|封面|首页|填报要求/;
// Headers that count or rate: 问题数, 问题数量, 已整改数, 整改率, 合计 … (judged on the header's own words).
const SUMMARY_HEADER = /^(月份|数量|个数|合计|总数|小计|占比|比例|排名)$|(数|数量|个数|总数|率|合计|小计|占比|比例)$/;

function isSummaryLabel(label: string): boolean {
  return SUMMARY_HEADER.test(headerKey(toSimplified(label.split("·").pop()!)));
}

/** Share of cells under the header that are formulas: statistics sheets are mostly formulas. */
function formulaShare(grid: SheetGrid, fromRow: number): number {
  let cells = 0;
  let formulas = 0;
  for (let r = fromRow; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const f = formulaAt(grid, r, c);
      if (f) formulas += 1;
      if (f || cellAt(grid, r, c) !== null) cells += 1;
    }
  }
  return cells === 0 ? 0 : formulas / cells;
}

/**
 * Whether a sheet with a header is a summary (统计/汇总) rather than a ledger: its header counts
 * and rates rather than describing problems, or its body is formulas.
 */
export function summaryReason(grid: SheetGrid, header: HeaderBlock | null): SkipReason | null {
  const labels = header ? header.labels.filter((l): l is string => l !== null) : [];
  const summaryWords = labels.filter(isSummaryLabel).length;
  // 问题数 reads like 问题; a counting header never describes a finding.
  const describes = labels.some((l) => {
    const best = scoreHeader(l)[0];
    return !isSummaryLabel(l) && best?.field === "description" && best.score >= 0.75;
  });
  const fromRow = header ? header.rows[header.rows.length - 1]! + 1 : 0;
  if (!describes && CONTENTS_NAME.test(grid.name)) return "contents";
  if (!describes && summaryWords >= 1) return "summary";
  if (formulaShare(grid, fromRow) >= 0.5) return "summary";
  if (!describes && SUMMARY_NAME.test(grid.name)) return "summary";
  return null;
}

function isRegistryHeader(labels: ReadonlyArray<string | null>): boolean {
  const keys = labels.filter((l): l is string => typeof l === "string").map((l) => headerKey(toSimplified(l)));
  return keys.some((k) => k.includes("别名") || k.includes("简称")) && keys.some((k) => k.includes("单位名称") || k === "单位");
}

/** A unit registry (单位名录: names with their aliases) is reference data, not findings. */
export function isUnitRegistry(grid: SheetGrid): boolean {
  for (let r = 0; r < Math.min(10, grid.values.length); r++) {
    if (isRegistryHeader((grid.values[r] ?? []).map((v) => (typeof v === "string" ? v : null)))) return true;
  }
  return false;
}
