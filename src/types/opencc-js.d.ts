declare module "opencc-js" {
  type Locale = "cn" | "tw" | "twp" | "hk" | "jp" | "t";
  export function Converter(options: { from: Locale; to: Locale }): (text: string) => string;
}
declare module "opencc-js/t2cn" {
  type LocaleName = "tw" | "twp" | "hk" | "t" | "cn";
  export function Converter(options: { from: LocaleName; to: "cn" }): (text: string) => string;
  /** The dictionaries converters are built from ("a b|c d" strings or [from, to] pairs, nested). */
  export const Locale: { configs: Record<string, unknown> };
}
