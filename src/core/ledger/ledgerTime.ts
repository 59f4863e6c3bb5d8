import { excelSerialToYMD, isoToExcelSerial, toIso } from "../normalize/calendar";

const STAMP = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}):(\d{2}))?/;

/** "YYYY-MM-DD HH:mm" for a moment, in the user's local time (where the caller's clock is). */
export function stampOf(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Excel's serial for a stamp (a date-time cell), or null when the text is not one. */
export function stampToSerial(stamp: string | null): number | null {
  const m = stamp ? STAMP.exec(stamp) : null;
  if (!m) return null;
  const minutes = m[2] ? Number(m[2]) * 60 + Number(m[3]) : 0;
  return isoToExcelSerial(m[1]!) + minutes / 1440;
}

/** A date-time cell back to a stamp: a serial number, or text someone typed as 2025-06-03 10:20. */
export function stampFromCell(v: unknown): string | null {
  if (typeof v === "number") {
    const ymd = excelSerialToYMD(v);
    if (!ymd) return null;
    const minutes = Math.min(1439, Math.round((v - Math.floor(v + 1e-7)) * 1440));
    const p = (n: number): string => String(n).padStart(2, "0");
    return `${toIso(ymd)} ${p(Math.floor(minutes / 60))}:${p(minutes % 60)}`;
  }
  if (typeof v === "string") {
    const m = STAMP.exec(v.trim());
    return m ? `${m[1]} ${m[2] ?? "00"}:${m[3] ?? "00"}` : null;
  }
  return null;
}

export const STAMP_FORMAT = "yyyy-mm-dd hh:mm";
