/** opencc's t2cn module under the name the page loads it by (webpack.config.js, ./simplifier.ts). */
declare module "opencc-t2cn-dictionary" {
  type LocaleName = "tw" | "twp" | "hk" | "t" | "cn";
  export function Converter(options: { from: LocaleName; to: "cn" }): (text: string) => string;
  export const Locale: { configs: Record<string, unknown> };
}
