import type { PrintCell } from "./printSheetPlan";

/**
 * A cell's text as it is typed into Excel: paragraph indents are full-width spaces (as clerks type
 * them), in front of left/justified text and behind right-aligned text.
 */
export function printText(cell: PrintCell): string | null {
  if (cell.text === null) return null;
  const pad = "\u3000".repeat(cell.style.indentChars ?? 0);
  return cell.style.align === "right" ? `${cell.text}${pad}` : `${pad}${cell.text}`;
}
