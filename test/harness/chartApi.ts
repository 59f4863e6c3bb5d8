/** Excel.Chart and its title, legend and series: recorded on the sheet so tests can read what was drawn. */
import { qualified, rectCols } from "./a1";
import type { ApiClass, Handle } from "./apiTypes";
import { invalidArgument, itemNotFound } from "./excelError";
import type { ChartModel } from "./sheetModel";

type H<K extends Handle["k"]> = Extract<Handle, { k: K }>;

/** A range argument as its address ("Sheet!B2:B9"); Excel accepts a Range or an address. */
function addressOf(arg: unknown): string {
  const h = arg as Handle | string;
  if (typeof h === "string") return h;
  if (h.k !== "Range") throw invalidArgument("range");
  return qualified(h.s.name, h.r);
}

export const ChartsApi: ApiClass<H<"Charts">> = {
  index: (h, [key]) => {
    const c = h.s.charts.find((x) => x.name === String(key) || x.id === String(key));
    if (!c) throw itemNotFound(`chart ${String(key)}`);
    return { k: "Chart", s: h.s, c };
  },
  methods: {
    Add: (h, [type, source, seriesBy], ctx) => {
      const src = source as Handle;
      if (src.k !== "Range") throw invalidArgument("sourceData");
      const cols = rectCols(src.r);
      const c: ChartModel = {
        id: ctx.book.newId("c"),
        name: `图表 ${h.s.charts.length + 1}`,
        type: String(type),
        source: qualified(src.s.name, src.r),
        seriesBy: String(seriesBy ?? "Auto"),
        title: null,
        legendPosition: null,
        series: Array.from({ length: cols }, (_, i) => ({
          name: `系列${i + 1}`,
          values: qualified(src.s.name, { ...src.r, c0: src.r.c0 + i, c1: src.r.c0 + i }),
          xValues: null,
          chartType: null,
          axisGroup: null,
        })),
        position: null,
      };
      h.s.charts.push(c);
      return { k: "Chart", s: h.s, c };
    },
    GetItemAt: (h, [i]) => ({ k: "Chart", s: h.s, c: h.s.charts[Number(i)]! }),
  },
  items: (h) => h.s.charts.map((c) => ({ k: "Chart", s: h.s, c })),
  get: { count: (h) => h.s.charts.length },
};

export const ChartApi: ApiClass<H<"Chart">> = {
  nav: {
    Title: (h) => ({ ...h, k: "ChartTitle" }),
    Legend: (h) => ({ ...h, k: "ChartLegend" }),
    Series: (h) => ({ ...h, k: "ChartSeriesCollection" }),
    Axes: (h) => ({ ...h, k: "ChartAxes" }),
  },
  methods: {
    SetPosition: (h, [start, end]) => {
      h.c.position = { from: addressOf(start), to: end === undefined || end === null ? addressOf(start) : addressOf(end) };
      return null;
    },
    Delete: (h) => {
      h.s.charts = h.s.charts.filter((c) => c !== h.c);
      return null;
    },
  },
  set: {
    Name: (h, v) => {
      h.c.name = String(v);
    },
    ChartType: (h, v) => {
      h.c.type = String(v);
    },
    Height: () => undefined,
    Width: () => undefined,
    Top: () => undefined,
    Left: () => undefined,
  },
  get: { name: (h) => h.c.name, id: (h) => h.c.id, chartType: (h) => h.c.type },
  identity: (h) => ({ Id: h.c.id }),
};

export const ChartTitleApi: ApiClass<H<"ChartTitle">> = {
  set: {
    Text: (h, v) => {
      h.c.title = String(v);
    },
    Visible: () => undefined,
  },
  get: { text: (h) => h.c.title },
};

export const ChartLegendApi: ApiClass<H<"ChartLegend">> = {
  set: {
    Position: (h, v) => {
      h.c.legendPosition = String(v);
    },
    Visible: () => undefined,
  },
  get: { position: (h) => h.c.legendPosition },
};

export const ChartSeriesCollectionApi: ApiClass<H<"ChartSeriesCollection">> = {
  methods: {
    GetItemAt: (h, [i]) => {
      if (!h.c.series[Number(i)]) throw itemNotFound(`series ${String(i)}`);
      return { k: "ChartSeries", s: h.s, c: h.c, i: Number(i) };
    },
    Add: (h, [name]) => {
      h.c.series.push({ name: String(name ?? ""), values: null, xValues: null, chartType: null, axisGroup: null });
      return { k: "ChartSeries", s: h.s, c: h.c, i: h.c.series.length - 1 };
    },
  },
  items: (h) => h.c.series.map((_, i) => ({ k: "ChartSeries", s: h.s, c: h.c, i })),
  get: { count: (h) => h.c.series.length },
};

export const ChartSeriesApi: ApiClass<H<"ChartSeries">> = {
  methods: {
    SetValues: (h, [r]) => {
      h.c.series[h.i]!.values = addressOf(r);
      return null;
    },
    SetXAxisValues: (h, [r]) => {
      h.c.series[h.i]!.xValues = addressOf(r);
      return null;
    },
    Delete: (h) => {
      h.c.series.splice(h.i, 1);
      return null;
    },
  },
  set: {
    Name: (h, v) => {
      h.c.series[h.i]!.name = String(v);
    },
    ChartType: (h, v) => {
      h.c.series[h.i]!.chartType = String(v);
    },
    AxisGroup: (h, v) => {
      h.c.series[h.i]!.axisGroup = String(v);
    },
  },
  get: { name: (h) => h.c.series[h.i]!.name },
};

/** A chart has a secondary value axis only while a series is plotted on it (else Excel has no such item). */
function axisOf(h: H<"ChartAxes">, type: string, group: string): H<"ChartAxis"> {
  if (group === "Secondary" && !h.c.series.some((x) => x.axisGroup === "Secondary")) throw itemNotFound(`axis ${type}/${group}`);
  return { k: "ChartAxis", s: h.s, c: h.c, axis: `${type}/${group}` };
}

export const ChartAxesApi: ApiClass<H<"ChartAxes">> = {
  nav: {
    ValueAxis: (h) => axisOf(h, "Value", "Primary"),
    CategoryAxis: (h) => axisOf(h, "Category", "Primary"),
  },
  methods: {
    GetItem: (h, [type, group]) => axisOf(h, String(type), String(group ?? "Primary")),
  },
  get: {},
};

const axisState = (h: H<"ChartAxis"> | H<"ChartAxisTitle">) => ((h.c.axes ??= {})[h.axis] ??= {});

export const ChartAxisApi: ApiClass<H<"ChartAxis">> = {
  nav: { Title: (h) => ({ ...h, k: "ChartAxisTitle" }) },
  set: {
    Minimum: (h, v) => void (axisState(h).minimum = Number(v)),
    Maximum: (h, v) => void (axisState(h).maximum = Number(v)),
    MajorUnit: (h, v) => {
      if (!(Number(v) > 0)) throw invalidArgument("majorUnit");
      axisState(h).majorUnit = Number(v);
    },
  },
  get: {
    minimum: (h) => axisState(h).minimum ?? 0,
    majorUnit: (h) => axisState(h).majorUnit ?? null,
  },
};

export const ChartAxisTitleApi: ApiClass<H<"ChartAxisTitle">> = {
  set: {
    Text: (h, v) => void (axisState(h).title = String(v)),
    Visible: () => undefined,
  },
  get: { text: (h) => axisState(h).title ?? "" },
};
