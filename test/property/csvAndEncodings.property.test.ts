import fc from "fast-check";
import iconv from "iconv-lite";
import { decodeText, detectEncoding } from "../../src/hosts/file/decodeText";
import { parseCsv, sniffDelimiter } from "../../src/hosts/file/parseCsv";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbookBytes";
import { WorkbookFileError } from "../../src/hosts/file/workbookFileError";

/** A CSV field as Excel writes it: quoted when it holds the delimiter, a quote or a line break. */
const field = (s: string, d: string) => (s.includes(d) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const toCsv = (rows: string[][], d: string) => rows.map((r) => r.map((s) => field(s, d)).join(d)).join("\r\n");
/** A row as the parser keeps it: up to its last non-empty field (trailing empty fields cost nothing). */
const trimmed = (r: string[]) => {
  let end = r.length;
  while (end > 0 && r[end - 1] === "") end -= 1;
  return r.slice(0, end);
};

const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 10 }),
  fc.constantFrom("区卫健局", '他说"好"', "垃圾\n堆放", "a,b", "制表\t符", "；", "2024.5.3"),
);
// Rows of one width with a non-empty last field, so the text ends exactly where the last field does.
const rows = fc
  .integer({ min: 1, max: 6 })
  .chain((w) => fc.array(fc.array(text, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 8 }));

describe("CSV parser (fast-check)", () => {
  test("what is written is read back, for every delimiter", () => {
    fc.assert(
      fc.property(rows, fc.constantFrom(",", "\t", ";", "|"), (table, d) => {
        const last = table.at(-1)!;
        fc.pre(!(last.length === 1 && last[0] === ""));
        expect(parseCsv(toCsv(table, d), d)).toEqual(table.map(trimmed));
      }),
      { numRuns: 300 },
    );
  });

  test("any text parses without throwing, and the sniffer always picks a delimiter it knows", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => {
        expect(Array.isArray(parseCsv(s))).toBe(true);
        expect([",", "\t", ";", "|"]).toContain(sniffDelimiter(s));
      }),
      { numRuns: 300 },
    );
  });
});

describe("text encodings (fast-check)", () => {
  const chinese = fc.string({
    unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)),
    minLength: 1,
    maxLength: 40,
  });

  test("the same Chinese text in UTF-8, UTF-8 with BOM, UTF-16 with BOM, GB18030 and GB18030 behind a UTF-8 BOM decodes the same", () => {
    fc.assert(
      fc.property(fc.array(chinese, { minLength: 1, maxLength: 5 }), (parts) => {
        const s = parts.join(",");
        const encodings: Array<[Uint8Array, string]> = [
          [new Uint8Array(Buffer.from(s, "utf8")), "utf-8"],
          [new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(s, "utf8")]), "utf-8"],
          [new Uint8Array([0xff, 0xfe, ...Buffer.from(s, "utf16le")]), "utf-16le"],
          [new Uint8Array(iconv.encode(s, "gb18030")), "gb18030"],
          [new Uint8Array([0xef, 0xbb, 0xbf, ...iconv.encode(s, "gb18030")]), "gb18030"],
        ];
        for (const [bytes, expected] of encodings) {
          // Short GB18030 text can happen to be valid UTF-8; then UTF-8 is the right reading of those bytes.
          if (expected === "gb18030" && detectEncoding(bytes) === "utf-8") continue;
          expect(detectEncoding(bytes)).toBe(expected);
          expect(decodeText(bytes).text).toBe(s);
        }
      }),
      { numRuns: 200 },
    );
  });

  test("random bytes read as a CSV give grids or the empty-file error, never a crash", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        try {
          readWorkbookBytes(bytes, "导出.csv");
        } catch (e) {
          expect(e).toBeInstanceOf(WorkbookFileError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
