import { isRealIsoDate, isRealMonth } from "../workflows/dateInput";
import { UsageError } from "./cliErrors";

/** A YYYY-MM-DD option that names a day that exists; anything else is a usage error (exit 2). */
export function isoDateArg(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(`${flag} 应写成 YYYY-MM-DD，例如 2024-06-30（收到“${value}”）`);
  if (!isRealIsoDate(value)) throw new UsageError(`${flag} 的日期不存在：“${value}”（应写成 YYYY-MM-DD，例如 2024-06-30）`);
  return value;
}

/** A YYYY-MM option naming a real month. */
export function monthArg(flag: string, value: string): string {
  if (!isRealMonth(value)) throw new UsageError(`${flag} 应写成 YYYY-MM，例如 2025-05（收到“${value}”）`);
  return value;
}
