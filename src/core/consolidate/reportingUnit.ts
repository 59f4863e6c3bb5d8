import type { Finding } from "../model/finding";
import type { SheetGrid } from "../model/grid";
import { cellText } from "../normalize/text";
import { toSimplified } from "../normalize/traditional";
import type { UnitEntry } from "../registry/unitRegistry";

const UNIT_LINE = /(?:填报|报送|填表|责任|交办)单位\s*[:：]\s*([^\s（(：:，,]+)/;

/** A registered unit (or its alias, as the registered name) named in a text; the longest wins. */
function registeredIn(text: string, registry: readonly UnitEntry[]): string | null {
  let best: { name: string; len: number } | null = null;
  for (const e of registry)
    for (const n of [e.name, ...e.aliases])
      if (n.length >= 2 && text.includes(n) && (!best || n.length > best.len)) best = { name: e.name, len: n.length };
  return best?.name ?? null;
}

/**
 * 报送单位: who sent a file. A "填报单位：…" line at the top of a sheet says it; else a registered
 * unit named in the file name (回复_城管局.xlsx); else the one unit every row names; else unknown.
 */
export function reportingUnit(
  fileName: string,
  sheets: readonly SheetGrid[],
  findings: readonly Finding[],
  registry: readonly UnitEntry[] = [],
): string | null {
  for (const s of sheets) {
    for (let r = 0; r < Math.min(6, s.values.length); r++) {
      for (const v of s.values[r] ?? []) {
        const t = typeof v === "string" ? cellText(v) : null;
        const m = t ? UNIT_LINE.exec(toSimplified(t)) : null;
        if (m) return registeredIn(m[1]!, registry) ?? m[1]!;
      }
    }
  }
  const base = toSimplified(fileName.replace(/\.[^.]+$/, ""));
  const named = registeredIn(base, registry);
  if (named) return named;
  const units = new Set(findings.map((f) => f.unit).filter((u): u is string => !!u));
  return units.size === 1 ? [...units][0]! : null;
}
