/**
 * Stands in for `opencc-js/t2cn` in the page (webpack.config.js aliases it here): the core's
 * toSimplified stays synchronous, while the dictionary itself loads with the first workbook the page
 * reads (`loadSimplifier()`), not with the pane. The CLI and the tests use opencc's module directly.
 */
type Convert = (text: string) => string;
type Options = { from: "tw" | "twp" | "hk" | "t" | "cn"; to: "cn" };

type Opencc = typeof import("opencc-t2cn-dictionary");
let opencc: Opencc | null = null;
let loading: Promise<void> | null = null;

/** Loads the Traditional→Simplified dictionary once; every later call resolves at once. */
export function loadSimplifier(): Promise<void> {
  loading ??= import(/* webpackChunkName: "opencc-t2cn" */ "opencc-t2cn-dictionary")
    .then((m) => {
      opencc = m;
    })
    .catch((e: unknown) => {
      loading = null;
      throw e;
    });
  return loading;
}

export function simplifierLoaded(): boolean {
  return opencc !== null;
}

const notLoaded = () => new Error("繁简转换词典尚未加载，请稍后重试");

/** opencc's dictionaries (Locale.configs…), readable once loadSimplifier has resolved. */
export const Locale = {
  get configs(): Opencc["Locale"]["configs"] {
    if (!opencc) throw notLoaded();
    return opencc.Locale.configs;
  },
} as Opencc["Locale"];

/** opencc's Converter, built on first use (after loadSimplifier). */
export function Converter(options: Options): Convert {
  let convert: Convert | null = null;
  return (text) => {
    if (!opencc) throw notLoaded();
    convert ??= opencc.Converter(options);
    return convert(text);
  };
}
