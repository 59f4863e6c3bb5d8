/** Deadline words that are not dates. */
const IMMEDIATE = /^(立行立改|立即整改|立即|马上整改|马上|即知即改|即查即改|当场整改|当即整改|现场整改|当天|当日|当日整改|立改)$/;
const LONG_TERM = /^(长期|长期坚持|长效|长效管理|长期整改|持续整改|持续|常态化|常态化管理|长期保持)$/;

export function deadlineKeyword(text: string): "immediate" | "longTerm" | null {
  const key = text.replace(/[\s。.!！]/g, "");
  if (IMMEDIATE.test(key)) return "immediate";
  if (LONG_TERM.test(key)) return "longTerm";
  return null;
}

/** "7日内", "10个工作日内", "3天内完成": a period counted from the inspection date. */
export function relativeDeadline(text: string): { days: number; workingDays: boolean } | null {
  const m = /^(?:限)?(\d{1,3})\s*(?:个)?\s*(工作日|日|天)\s*(?:内|之内|以内)?(?:完成|整改|完成整改)?$/.exec(text.replace(/\s/g, ""));
  if (!m) return null;
  return { days: Number(m[1]), workingDays: m[2] === "工作日" };
}
