declare module "opencc-js" {
  type Locale = "cn" | "tw" | "twp" | "hk" | "jp" | "t";
  export function Converter(options: { from: Locale; to: Locale }): (text: string) => string;
}
declare module "opencc-js/t2cn" {
  type Locale = "tw" | "twp" | "hk" | "t" | "cn";
  export function Converter(options: { from: Locale; to: "cn" }): (text: string) => string;
}
