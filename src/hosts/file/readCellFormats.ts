import { builtInNumberFormat } from "./numberFormatTable";
import { unescapeXmlText } from "./unescapeXmlText";
import { xmlAttributes } from "./xmlAttributes";

/**
 * Each cell style's number format (xl/styles.xml), by the style index a cell's `s` names: the
 * workbook's own <numFmt> for its id, else Excel's built-in one. `null` when the part has no cell
 * styles at all (every cell is General).
 */
export function readCellFormats(xml: string | undefined): Array<string | undefined> | null {
  if (!xml) return null;
  const custom = new Map<number, string>();
  const numFmts = /<(?:\w+:)?numFmts\b[^>]*>([\s\S]*?)<\/(?:\w+:)?numFmts>/.exec(xml);
  for (const m of numFmts?.[1]?.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g) ?? []) {
    const a = xmlAttributes(m[0].slice(m[0].indexOf(" ")));
    const id = parseInt(a.numFmtId ?? "", 10);
    if (id > 0 && a.formatCode !== undefined) custom.set(id, unescapeXmlText(a.formatCode));
  }
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml);
  if (!cellXfs) return null;
  return [...cellXfs[1]!.matchAll(/<(?:\w+:)?xf\b[^>]*>/g)].map((m) => {
    const id = parseInt(xmlAttributes(m[0].slice(m[0].indexOf(" "))).numFmtId ?? "0", 10) || 0;
    const format = custom.get(id) ?? builtInNumberFormat(id);
    return format === "General" ? undefined : format;
  });
}
