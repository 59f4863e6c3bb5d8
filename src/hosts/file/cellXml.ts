import type { CellValue } from "../../core/model/grid";
import { cellTextWithinLimit } from "../../core/output/cellTextLimit";
import { xmlText } from "./xmlText";

/** One <c> of a worksheet written by hand (nothing for a blank cell without a format). */
export function cellXml(ref: string, value: CellValue, style: number): string {
  const s = style ? ` s="${style}"` : "";
  if (value === null) return style ? `<c r="${ref}"${s}/>` : "";
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : `<c r="${ref}"${s}/>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  // Inline strings are always text, so text starting with = + - @ never becomes a formula.
  const text = xmlText(cellTextWithinLimit(value));
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}
