/** Calendar arithmetic on plain (year, month, day) triples; no Date objects, so no time zones. */

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidYMD(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1900 &&
    year <= 2200 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Days since 1970-01-01. */
export function toEpochDay({ year, month, day }: YMD): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function fromEpochDay(epochDay: number): YMD {
  const d = new Date(epochDay * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function toIso({ year, month, day }: YMD): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function fromIso(iso: string): YMD {
  const [y, m, d] = iso.split("-").map(Number);
  return { year: y!, month: m!, day: d! };
}

export function addDays(iso: string, days: number): string {
  return toIso(fromEpochDay(toEpochDay(fromIso(iso)) + days));
}

/** Adds working days, skipping Saturdays and Sundays (public holidays are not known offline). */
export function addWorkingDays(iso: string, days: number): string {
  let epoch = toEpochDay(fromIso(iso));
  let left = days;
  while (left > 0) {
    epoch += 1;
    const weekday = (epoch + 4) % 7; // 1970-01-01 was a Thursday (4); 0 = Sunday
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return toIso(fromEpochDay(epoch));
}

// Excel's serial 1 is 1900-01-01 and it counts the non-existent 1900-02-29, so serials from 61 on are one day ahead.
const EXCEL_EPOCH_OFFSET = 25_569; // serial of 1970-01-01

export function excelSerialToYMD(serial: number): YMD | null {
  const whole = Math.floor(serial + 1e-7);
  if (whole < 61 || whole > 2_958_465) return null;
  return fromEpochDay(whole - EXCEL_EPOCH_OFFSET);
}

// A ledger's dates repeat (a few hundred days over 100,000 rows), and building each one's text
// through a Date is most of reading it. Bounded, so that a hostile file of distinct serials is not kept.
const isoBySerial = new Map<number, string | null>();
const ISO_BY_SERIAL_LIMIT = 20_000;

/** An Excel date serial as "YYYY-MM-DD" (the time of day dropped), or null outside Excel's dates. */
export function excelSerialToIso(serial: number): string | null {
  const whole = Math.floor(serial + 1e-7);
  let iso = isoBySerial.get(whole);
  if (iso === undefined) {
    const ymd = excelSerialToYMD(whole);
    iso = ymd ? toIso(ymd) : null;
    if (isoBySerial.size >= ISO_BY_SERIAL_LIMIT) isoBySerial.clear();
    isoBySerial.set(whole, iso);
  }
  return iso;
}

export function ymdToExcelSerial(ymd: YMD): number {
  return toEpochDay(ymd) + EXCEL_EPOCH_OFFSET;
}

export function isoToExcelSerial(iso: string): number {
  return ymdToExcelSerial(fromIso(iso));
}

export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
