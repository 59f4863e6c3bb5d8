import { isValidYMD } from "../core/normalize/calendar";

/** A date typed as YYYY-MM-DD that names a day that exists (2025-02-30 and 2025-13-45 do not). */
export function isRealIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isValidYMD(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** A month typed as YYYY-MM that exists. */
export function isRealMonth(value: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  return m !== null && isValidYMD(Number(m[1]), Number(m[2]), 1);
}
