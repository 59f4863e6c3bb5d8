import fc from "fast-check";
import { foldText, isWhiteSpaceCode, toHalfWidth } from "../../../src/core/normalize/text";
import { codeUnitText, WHITE_SPACE_CODES } from "../../helpers/characters";

test("foldText's quick check finds every text the two regexes would fold: the result is the same (fast-check)", () => {
  const reference = (text: string): string => {
    let s = text;
    if (/[\uff01-\uff5e\u3000]/.test(s)) s = toHalfWidth(s);
    if (/\s/.test(s)) {
      s = s.replace(/[\s\u00a0]+/g, " ").trim();
      if (s.includes(" ")) s = foldText(`${s}`);
    }
    return s;
  };
  // Every character \s matches, full-width forms, and ledger text around them.
  const char = fc.oneof(
    fc.constantFrom(...WHITE_SPACE_CODES),
    fc.integer({ min: 0xff00, max: 0xff60 }),
    fc.integer({ min: 0x4e00, max: 0x4e20 }),
    fc.integer({ min: 0, max: 0x7f }),
    fc.integer({ min: 0, max: 0xffff }),
  );
  fc.assert(
    fc.property(codeUnitText(char, 16), (t) => {
      expect(foldText(t)).toBe(reference(t));
    }),
    { numRuns: 5000 },
  );
});

test("toHalfWidth turns exactly the full-width forms and the ideographic space into ASCII (fast-check)", () => {
  const reference = (t: string): string =>
    t.replace(/[\uff01-\uff5e\u3000]/g, (ch) => (ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
  const char = fc.oneof(fc.integer({ min: 0xff00, max: 0xff60 }), fc.constant(0x3000), fc.integer({ min: 0, max: 0xffff }));
  fc.assert(
    fc.property(codeUnitText(char, 16), (t) => {
      expect(toHalfWidth(t)).toBe(reference(t));
    }),
    { numRuns: 3000 },
  );
});

test("isWhiteSpaceCode is \\s, over the whole Basic Multilingual Plane", () => {
  expect([...Array(0x10000).keys()].filter(isWhiteSpaceCode)).toEqual(WHITE_SPACE_CODES);
});
