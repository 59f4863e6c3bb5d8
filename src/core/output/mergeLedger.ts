import type { Finding } from "../model/finding";

/** Where a rerun's rows come from: this workbook's file name and the sheets it just structured. */
export interface ImportScope {
  file: string;
  sheets: ReadonlySet<string>;
}

/**
 * A rerun replaces the rows that came from this workbook (by file name, or by a sheet it just
 * structured, since a downloaded result carries another name) and keeps rows imported from other
 * files; what the workbook added to a row (its 通知书编号) survives, matched by 编号.
 */
export function mergeLedger(existing: readonly Finding[], incoming: readonly Finding[], scope: ImportScope): Finding[] {
  const previous = new Map(existing.map((f) => [f.id, f]));
  const isLocal = (f: Finding): boolean => f.source.file === scope.file || (f.source.sheet !== null && scope.sheets.has(f.source.sheet));
  const kept = existing.filter((f) => !isLocal(f));
  const updated = incoming.map((f) => {
    const old = previous.get(f.id);
    return old && old.noticeNo && !f.noticeNo ? { ...f, noticeNo: old.noticeNo } : f;
  });
  return [...kept, ...updated];
}
