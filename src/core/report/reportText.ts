import type { Report } from "./reportModel";

// One collator for all comparisons (localeCompare with a locale sets one up on every call).
const ZH = new Intl.Collator("zh-CN");

/** 77.8%: one decimal; "—" when there is nothing to divide. */
export function percent(rate: number | null): string {
  return rate === null ? "—" : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

function monthName(month: string): string {
  return `${Number(month.slice(5))}月份`;
}

/** A paragraph in the register of the offices' own 月报, from the figures alone. */
export function reportText(r: Omit<Report, "text">): string {
  const t = r.totals;
  const parts: string[] = [];
  if (t.found === 0) parts.push(`${monthName(r.month)}未发现新问题`);
  else {
    let s = `${monthName(r.month)}共发现各类问题${t.found}个，已整改${t.rectified}个，整改率${percent(t.rectificationRate)}`;
    if (r.previous.found > 0 && t.rectificationRate !== null && r.previous.rectificationRate !== null) {
      const diff = Math.round((t.rectificationRate - r.previous.rectificationRate) * 1000) / 10;
      s += diff === 0 ? "，与上月持平" : `，较上月${diff > 0 ? "提高" : "下降"}${Math.abs(diff).toFixed(1)}个百分点`;
    }
    parts.push(s);
    if (t.onTimeRate !== null) parts.push(`按期整改率${percent(t.onTimeRate)}`);
    const open = [
      t.inProgress ? `正在整改${t.inProgress}个` : "",
      t.pending ? `未整改${t.pending}个` : "",
      t.relapsed ? `反弹${t.relapsed}个` : "",
    ].filter(Boolean);
    if (open.length) parts.push(open.join("，"));
  }
  if (t.overdue > 0) {
    // "Mainly in" names the units with the most overdue problems (ties by name), at most three.
    const ranked = r.byUnit.filter((u) => u.overdue > 0).sort((a, b) => b.overdue - a.overdue || ZH.compare(a.unit, b.unit));
    const most = ranked[0]!.overdue;
    const top = ranked.filter((u) => u.overdue === most || u.overdue >= 2).slice(0, 3);
    parts.push(
      `截至${Number(r.asOf.slice(5, 7))}月${Number(r.asOf.slice(8))}日，超期未整改问题${t.overdue}个，主要集中在${top.map((u) => `${u.unit}（${u.overdue}个）`).join("、")}`,
    );
  } else parts.push("无超期未整改问题");
  if (t.closedInMonth > 0) parts.push(`本月销号${t.closedInMonth}个`);
  const topCategory = [...r.byCategory].filter((c) => c.found > 0).sort((a, b) => b.found - a.found)[0];
  if (topCategory && t.found > 0 && topCategory.category !== "（未填写）") {
    parts.push(`从问题类别看，${topCategory.category}问题最多（${topCategory.found}个，占${percent(topCategory.found / t.found)}）`);
  }
  return `${parts.join("；")}。`;
}
