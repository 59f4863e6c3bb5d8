import type { Finding } from "../model/finding";

/** The months a ledger has findings in, newest first, with how many were found in each. */
export function monthsWithFindings(findings: readonly Finding[]): Array<{ month: string; found: number }> {
  const counts = new Map<string, number>();
  for (const f of findings) {
    if (!f.inspectedOn) continue;
    const month = f.inspectedOn.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return [...counts].map(([month, found]) => ({ month, found })).sort((a, b) => (a.month < b.month ? 1 : -1));
}
