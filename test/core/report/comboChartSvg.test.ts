import { chartDescription, trendChartModel, unitChartModel, type ComboChartModel } from "../../../src/core/report/chartModel";
import { comboChartSvg } from "../../../src/core/report/comboChartSvg";
import { buildReport } from "../../../src/core/report/reportModel";
import type { Finding } from "../../../src/core/model/finding";

const SVG_ELEMENTS = new Set(["svg", "g", "title", "rect", "line", "circle", "polyline", "text"]);

/** Tag names in order of opening and closing; throws when the markup does not nest. */
function elements(svg: string): string[] {
  const stack: string[] = [];
  const names: string[] = [];
  for (const [, close, name, , selfClose] of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+=(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g)) {
    if (close) {
      if (stack.pop() !== name) throw new Error(`</${name}> does not close its element`);
    } else {
      names.push(name!);
      if (!selfClose) stack.push(name!);
    }
  }
  if (stack.length) throw new Error(`unclosed ${stack.join(",")}`);
  return names;
}

/** The labels as drawn: the text of every <text> element. */
const texts = (svg: string): string[] => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

const UNITS = [
  "区第二人民医院",
  "区城市管理局",
  "南湖街道办事处",
  "北山街道",
  "区市场监督管理局",
  "滨江社区居委会",
  "区教育局",
  "人民路农贸市场",
];
const model = (categories: string[]): ComboChartModel => ({
  title: "各单位发现与整改情况",
  categories,
  found: categories.map((_, i) => (i % 4) + 1),
  rectified: categories.map((_, i) => i % 2),
  rate: categories.map((_, i) => (i % 2) / ((i % 4) + 1)),
});

test("the chart is plain, well-formed SVG: no HTML elements that break printing or PNG export", () => {
  const svg = comboChartSvg(model(UNITS), { width: 380 });
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  for (const name of elements(svg)) expect(SVG_ELEMENTS).toContain(name);
});

test("title, legend and axis names are drawn inside the picture", () => {
  const drawn = texts(comboChartSvg(model(UNITS), { width: 640 }));
  for (const t of ["各单位发现与整改情况", "发现", "已整改", "整改率", "问题数（个）", "0%", "100%"]) expect(drawn).toContain(t);
});

test.each([320, 380, 450, 640])("at %i px every unit is labelled, none skipped", (width) => {
  for (const units of [UNITS, [...UNITS, ...UNITS.map((u) => `${u}分部`)]]) {
    const drawn = texts(comboChartSvg(model(units), { width })).join("\n");
    for (const u of units) expect(drawn.replace(/\n/g, "")).toContain(u.slice(0, 6));
  }
});

test("names wrap onto lines of their column's width instead of one character a line", () => {
  const drawn = texts(comboChartSvg(model(UNITS.slice(0, 4)), { width: 380 }));
  expect(drawn).toContain("区第二");
  expect(drawn).toContain("人民医院");
  expect(drawn.filter((t) => [...t].length === 1 && /[\u4e00-\u9fff]/.test(t))).toEqual([]);
});

test("columns are to scale and the rate line sits on the right-hand 0–100 % axis", () => {
  const svg = comboChartSvg(
    { title: "t", categories: ["甲", "乙"], found: [4, 2], rectified: [4, 1], rate: [1, 0.5] },
    { width: 400, plotHeight: 200 },
  );
  const heights = [...svg.matchAll(/<rect [^>]*height="([\d.]+)" fill="#4472C4"/g)].map((m) => Number(m[1]));
  expect(heights.slice(1)).toEqual([200, 100]); // after the legend's swatch
  const points = /<polyline points="([^"]+)"/
    .exec(svg)![1]!
    .split(" ")
    .map((p) => Number(p.split(",")[1]));
  expect(points[1]! - points[0]!).toBeCloseTo(100, 0);
});

test("the accessible name is Chinese, with each category's numbers", () => {
  const m = model(UNITS.slice(0, 2));
  const svg = comboChartSvg(m, { width: 380 });
  const label = /aria-label="([^"]+)"/.exec(svg)![1]!;
  expect(label).toBe(chartDescription(m));
  expect(label).toContain("区第二人民医院发现1个、已整改0个、整改率0.0%");
  expect(label).not.toMatch(/[A-Za-z]/);
});

test("the report's two charts: units found this month by 整改率, and the months of the year", () => {
  const f = (i: number, unit: string, inspectedOn: string, status: Finding["status"]): Finding => ({
    id: `F${i}`,
    source: { file: "a", sheet: "s", row: i },
    inspectedOn,
    unit,
    category: null,
    description: "d",
    location: null,
    measure: null,
    deadline: null,
    status,
    rectifiedOn: null,
    owner: null,
    phone: null,
    noticeNo: null,
    remark: null,
  });
  const r = buildReport(
    [
      f(1, "甲", "2025-05-02", "rectified"),
      f(2, "乙", "2025-05-03", "pending"),
      f(3, "甲", "2025-04-02", "pending"),
      f(4, "丙", "2025-04-09", "rectified"),
    ],
    "2025-05",
  );
  expect(unitChartModel(r)).toEqual({
    title: "各单位发现与整改情况",
    categories: ["甲", "乙"],
    found: [1, 1],
    rectified: [1, 0],
    rate: [1, 0],
  });
  expect(trendChartModel(r).categories).toEqual(["1月", "2月", "3月", "4月", "5月"]);
  expect(trendChartModel(r).found).toEqual([0, 0, 0, 2, 2]);
});

test.each([380, 450, 640])("at %i px names break between their words, never inside one", (width) => {
  const drawn = texts(comboChartSvg(model(UNITS), { width }));
  const lines = new Set(drawn);
  // Wherever a name is broken, its pieces are whole words.
  for (const bad of ["区市场监", "督管理局", "区市场监督管", "南湖街道办", "事处", "滨江社区居", "区第二人", "民医院", "区城市管", "理局"])
    expect({ width, bad, drawn: lines.has(bad) }).toEqual({ width, bad, drawn: false });
  expect(drawn.join("")).toContain("区市场监督管理局".slice(0, 3));
});

test("count labels are drawn over the 整改率 line, on a white halo, so the line never runs through them", () => {
  const svg = comboChartSvg(
    { title: "t", categories: ["甲", "乙", "丙"], found: [4, 4, 4], rectified: [2, 2, 2], rate: [1, 1, 1] },
    { width: 400, plotHeight: 200 },
  );
  const line = svg.indexOf("<polyline");
  const counts = [...svg.matchAll(/<text [^>]*font-size="10"[^>]*>4<\/text>/g)];
  expect(counts).toHaveLength(3);
  for (const c of counts) {
    expect(c.index!).toBeGreaterThan(line);
    expect(c[0]).toMatch(/stroke="#ffffff"[^>]*paint-order="stroke"/);
  }
});
