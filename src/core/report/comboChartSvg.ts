import { escapeMarkup as esc } from "../output/escapeMarkup";
import { chartDescription, countStep, type ComboChartModel } from "./chartModel";
import { labelLines, textWidth } from "./labelLines";
import { percent } from "./reportText";

/** The colours of Excel's default palette, as in the native charts of the 月报 sheet. */
export const CHART_COLORS = { found: "#4472C4", rectified: "#70AD47", rate: "#ED7D31", text: "#333333", grid: "#E3E3E3", axis: "#8A8A8A" };
const FONT = `"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif`;
const LABEL = 12;
const PAD = 8;

/** A label shortened to a width, ending in … when cut. */
function clip(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  let out = "";
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, size) > width) break;
    out += ch;
  }
  return `${out}…`;
}

const n = (v: number): string => String(Math.round(v * 10) / 10);
const text = (x: number, y: number, s: string, attrs = ""): string => `<text x="${n(x)}" y="${n(y)}"${attrs}>${esc(s)}</text>`;

/**
 * 发现 and 已整改 as columns per category, 整改率 as a line on a right-hand 0–100 % axis, with title,
 * legend and every category labelled (wrapped, or slanted when the columns are narrow). Plain SVG
 * only, so it prints, converts to PNG and reads the same everywhere.
 */
export function comboChartSvg(m: ComboChartModel, options: { width: number; plotHeight?: number; title?: boolean }): string {
  const width = Math.max(240, Math.round(options.width));
  // Without its title (where the page around it names the chart) everything moves up by the title's height.
  const shift = options.title === false ? 24 : 0;
  const plotH = options.plotHeight ?? 170;
  const count = Math.max(1, m.categories.length);
  const step = countStep(Math.max(0, ...m.found));
  const ticks = [0, 1, 2, 3, 4].map((i) => i * step);
  const leftW = Math.max(22, textWidth(String(ticks[4]), 11) + 8);
  const rightW = textWidth("100%", 11) + 8;
  const plotLeft = PAD + leftW;
  const plotRight = width - PAD - rightW;
  const band = (plotRight - plotLeft) / count;
  const top = 74 - shift;
  const bottom = top + plotH;
  const y = (v: number): number => bottom - (v / ticks[4]!) * plotH;
  const yRate = (r: number): number => bottom - r * plotH;

  // Category labels: wrapped into up to four lines when a column holds two characters a line, else slanted.
  const perLine = band - 4;
  const wrapped = m.categories.map((c) => labelLines(c, perLine, LABEL));
  const slanted = perLine < 2 * LABEL || wrapped.some((l) => l.length > 4 || l.some((t) => textWidth(t, LABEL) > perLine));
  const labels = slanted ? m.categories.map((c) => [clip(c, 10 * LABEL, LABEL)]) : wrapped;
  const labelH = slanted
    ? Math.max(0, ...labels.map((l) => textWidth(l[0]!, LABEL))) * 0.71 + LABEL + 6
    : Math.max(1, ...labels.map((l) => l.length)) * (LABEL + 3) + 6;
  const height = Math.ceil(bottom + labelH + PAD);

  const parts: string[] = [];
  parts.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  if (!shift) parts.push(text(width / 2, 24, m.title, ` text-anchor="middle" font-size="15" font-weight="bold"`));

  // Legend, centred under the title.
  const items: Array<[string, string, "box" | "line"]> = [
    ["发现", CHART_COLORS.found, "box"],
    ["已整改", CHART_COLORS.rectified, "box"],
    ["整改率", CHART_COLORS.rate, "line"],
  ];
  const itemW = items.map(([label]) => 18 + textWidth(label, LABEL) + 14);
  let x = (width - itemW.reduce((a, b) => a + b, 0)) / 2;
  items.forEach(([label, color, kind], i) => {
    parts.push(
      kind === "box"
        ? `<rect x="${n(x)}" y="${38 - shift}" width="12" height="12" fill="${color}"/>`
        : `<line x1="${n(x - 2)}" y1="${44 - shift}" x2="${n(x + 14)}" y2="${44 - shift}" stroke="${color}" stroke-width="2.5"/><circle cx="${n(x + 6)}" cy="${44 - shift}" r="3" fill="${color}"/>`,
    );
    parts.push(text(x + 18, 49 - shift, label));
    x += itemW[i]!;
  });

  // Axes: counts on the left, the rate on the right, gridlines shared (both have four intervals).
  parts.push(text(plotLeft - 4, top - 10, "问题数（个）", ` font-size="11"`));
  parts.push(text(plotRight + rightW, top - 10, "整改率", ` font-size="11" text-anchor="end"`));
  ticks.forEach((t, i) => {
    const ty = y(t);
    parts.push(`<line x1="${n(plotLeft)}" y1="${n(ty)}" x2="${n(plotRight)}" y2="${n(ty)}" stroke="${CHART_COLORS.grid}"/>`);
    parts.push(text(plotLeft - 4, ty + 4, String(t), ` font-size="11" text-anchor="end"`));
    parts.push(text(plotRight + 4, ty + 4, `${i * 25}%`, ` font-size="11"`));
  });
  parts.push(`<line x1="${n(plotLeft)}" y1="${n(bottom)}" x2="${n(plotRight)}" y2="${n(bottom)}" stroke="${CHART_COLORS.axis}"/>`);

  // Columns, one group per category, each with a tooltip giving its numbers.
  const barW = Math.min(26, (band * 0.72) / 2);
  // The counts over the columns are drawn last, on a white halo: the 整改率 line often passes just there.
  const counts: string[] = [];
  m.categories.forEach((c, i) => {
    const cx = plotLeft + band * (i + 0.5);
    const bars = [
      [m.found[i]!, CHART_COLORS.found, cx - barW],
      [m.rectified[i]!, CHART_COLORS.rectified, cx],
    ] as const;
    const tip = `${c}：发现 ${m.found[i]} 个，已整改 ${m.rectified[i]} 个，整改率 ${percent(m.rate[i] ?? null)}`;
    parts.push(`<g><title>${esc(tip)}</title>`);
    for (const [v, color, bx] of bars) {
      parts.push(`<rect x="${n(bx)}" y="${n(y(v))}" width="${n(barW)}" height="${n(bottom - y(v))}" fill="${color}"/>`);
      if (v > 0 && barW >= 11)
        counts.push(
          text(
            bx + barW / 2,
            y(v) - 3,
            String(v),
            ` font-size="10" text-anchor="middle" stroke="#ffffff" stroke-width="3" paint-order="stroke"`,
          ),
        );
    }
    parts.push(`</g>`);
    const lines = labels[i]!;
    if (slanted)
      parts.push(text(cx + 4, bottom + 12, lines[0] ?? "", ` text-anchor="end" transform="rotate(-45 ${n(cx + 4)} ${n(bottom + 12)})"`));
    else lines.forEach((l, k) => parts.push(text(cx, bottom + 16 + k * (LABEL + 3), l, ` text-anchor="middle"`)));
  });

  // The rate line, broken where a category has nothing found.
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) parts.push(`<polyline points="${run.join(" ")}" fill="none" stroke="${CHART_COLORS.rate}" stroke-width="2.5"/>`);
    run = [];
  };
  m.rate.forEach((r, i) => {
    if (r === null) return flush();
    const px = plotLeft + band * (i + 0.5);
    run.push(`${n(px)},${n(yRate(r))}`);
    parts.push(`<circle cx="${n(px)}" cy="${n(yRate(r))}" r="3.5" fill="${CHART_COLORS.rate}"/>`);
  });
  flush();
  parts.push(...counts);

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(
    chartDescription(m),
  )}" font-family='${FONT}' font-size="${LABEL}" fill="${CHART_COLORS.text}">${parts.join("")}</svg>`;
}
