import fc from "fast-check";
import { isoToExcelSerial } from "../../../src/core/normalize/calendar";
import { isDateFormat, parseLedgerDate, resolveYear } from "../../../src/core/normalize/parseLedgerDate";
import { toHalfWidth } from "../../../src/core/normalize/text";

describe("parseLedgerDate", () => {
  test.each([
    ["2024.5.3", "2024-05-03"],
    ["2024/05/03", "2024-05-03"],
    ["2024-5-3", "2024-05-03"],
    ["2024年5月3日", "2024-05-03"],
    ["２０２４年５月３日", "2024-05-03"],
    ["20240503", "2024-05-03"],
    ["2024年5月10日前", "2024-05-10"],
    ["2024.5.10之前", "2024-05-10"],
    ["2024-06-15T00:00:00", "2024-06-15"],
    ["2024年5月底", "2024-05-31"],
    ["24.5.3", "2024-05-03"],
  ])("%s → %s", (text, iso) => {
    expect(parseLedgerDate(text)).toEqual({ kind: "date", iso });
  });

  test.each([
    ["5月3日", 5, 3],
    ["5.3", 5, 3],
    ["5月10日前", 5, 10],
    ["12-31", 12, 31],
  ])("%s has no year", (text, month, day) => {
    expect(parseLedgerDate(text)).toEqual({ kind: "partial", month, day });
  });

  test("impossible dates are reported, not guessed", () => {
    expect(parseLedgerDate("2024.6.31").kind).toBe("impossible");
    expect(parseLedgerDate("2023年2月29日").kind).toBe("impossible");
    expect(parseLedgerDate("2月30日").kind).toBe("impossible");
    expect(parseLedgerDate("2024年2月29日")).toEqual({ kind: "date", iso: "2024-02-29" });
  });

  test("Excel serials, with or without a date format", () => {
    expect(parseLedgerDate(45823, "yyyy-mm-dd")).toEqual({ kind: "date", iso: "2025-06-15" });
    expect(parseLedgerDate(45823)).toEqual({ kind: "date", iso: "2025-06-15" });
    expect(parseLedgerDate(20240503)).toEqual({ kind: "date", iso: "2024-05-03" });
  });

  test("4.1 typed as a number could be 4月1日 or 4月10日: ambiguous unless the format keeps two decimals", () => {
    expect(parseLedgerDate(4.1).kind).toBe("ambiguous");
    expect(parseLedgerDate(4.1, "0.00")).toEqual({ kind: "partial", month: 4, day: 10 });
    expect(parseLedgerDate(4.12)).toEqual({ kind: "partial", month: 4, day: 12 });
    expect(parseLedgerDate(4.5)).toEqual({ kind: "partial", month: 4, day: 5 }); // 4月50日 cannot exist
  });

  test("text that is not a date", () => {
    expect(parseLedgerDate("尽快").kind).toBe("unreadable");
    expect(parseLedgerDate("")).toEqual({ kind: "empty" });
    expect(parseLedgerDate(null)).toEqual({ kind: "empty" });
  });

  test("date formats are told from number formats", () => {
    expect(isDateFormat('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat("m/d/yy")).toBe(true);
    expect(isDateFormat("0.00")).toBe(false);
    expect(isDateFormat("General")).toBe(false);
    expect(isDateFormat("#,##0")).toBe(false);
  });

  test("a year is chosen nearest the reference, across the December → January boundary", () => {
    expect(resolveYear(1, 5, { year: 2024, month: 12, day: 28 })).toEqual({ year: 2025, month: 1, day: 5 });
    expect(resolveYear(12, 28, { year: 2025, month: 1, day: 3 })).toEqual({ year: 2024, month: 12, day: 28 });
    expect(resolveYear(6, 8, { year: 2025, month: 6, day: 11 })).toEqual({ year: 2025, month: 6, day: 8 });
  });

  test("every real date round-trips through its Excel serial and its common spellings", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }), (d) => {
        const y = d.getUTCFullYear();
        const m = d.getUTCMonth() + 1;
        const day = d.getUTCDate();
        const iso = `${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        for (const text of [`${y}.${m}.${day}`, `${y}年${m}月${day}日`, `${y}/${m}/${day}`, iso.replace(/-/g, "")]) {
          expect(parseLedgerDate(text)).toEqual({ kind: "date", iso });
        }
        expect(parseLedgerDate(isoToExcelSerial(iso), "yyyy-mm-dd")).toEqual({ kind: "date", iso });
      }),
    );
  });
});

test("a text without a digit is never a date: empty when blank, else unreadable with the text as typed (fast-check)", () => {
  const char = fc.oneof(
    fc.constantFrom(..."年月日号底末前止周星期一二三四五六天〇 .-/（）()：:"),
    fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
  );
  fc.assert(
    fc.property(fc.array(char, { maxLength: 12 }), (cs) => {
      const t = cs.join("");
      const parsed = parseLedgerDate(t);
      const text = toHalfWidth(t).trim();
      expect(parsed).toEqual(text === "" ? { kind: "empty" } : { kind: "unreadable", text });
    }),
    { numRuns: 2000 },
  );
});
