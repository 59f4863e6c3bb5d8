import type { Report } from "./reportModel";
import { percent } from "./reportText";

/** One chart of the 月报 as data: what the pane, the printed page and the PNG all draw. */
export interface ComboChartModel {
  title: string;
  /** The things compared along the bottom: units, or months. */
  categories: string[];
  found: number[];
  rectified: number[];
  /** 整改率 per category, 0–1; null where nothing was found. */
  rate: Array<number | null>;
}

/** Units with problems found in the month, best 整改率 first (the ranking's order). */
export function unitChartModel(r: Report): ComboChartModel {
  // By name through a map: a scan of byUnit for each ranked unit was quadratic in the number of units.
  const byName = new Map(r.byUnit.map((u) => [u.unit, u]));
  const units = r.ranking.byRate.map((u) => byName.get(u)!).filter((u) => u.found > 0);
  return {
    title: "各单位发现与整改情况",
    categories: units.map((u) => u.unit),
    found: units.map((u) => u.found),
    rectified: units.map((u) => u.rectified),
    rate: units.map((u) => u.rectificationRate),
  };
}

/** The months of the year up to the report's month. */
export function trendChartModel(r: Report): ComboChartModel {
  return {
    title: "逐月发现与整改趋势",
    categories: r.trend.map((t) => `${Number(t.month.slice(5))}月`),
    found: r.trend.map((t) => t.found),
    rectified: r.trend.map((t) => t.rectified),
    rate: r.trend.map((t) => t.rectificationRate),
  };
}

/** What a screen reader says for the chart: its title, then each category's numbers, in Chinese. */
export function chartDescription(m: ComboChartModel): string {
  if (m.categories.length === 0) return `${m.title}：没有数据`;
  const parts = m.categories.map(
    (c, i) => `${c}发现${m.found[i]}个、已整改${m.rectified[i]}个${m.rate[i] === null ? "" : `、整改率${percent(m.rate[i]!)}`}`,
  );
  return `${m.title}（柱：发现、已整改；折线：整改率）：${parts.join("；")}`;
}

/** An integer step for about four intervals up to the largest count (1, 2, 5, 10, 20, 25, 50 …). */
export function countStep(max: number): number {
  const raw = Math.max(1, max / 4);
  const pow = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 3, 4, 5, 10].map((m) => m * pow).find((s) => s >= raw && Number.isInteger(s)) ?? 10 * pow) || 1;
}
