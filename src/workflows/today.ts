/** Today's date where the user is, as ISO: the default "as of" for overdue checks. */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
