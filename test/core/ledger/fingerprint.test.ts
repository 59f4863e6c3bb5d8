import fc from "fast-check";
import { fieldHash, fingerprint, TRACKED_FIELDS, valueOf } from "../../../src/core/ledger/ledgerRecord";
import { FindingSchema, type Finding } from "../../../src/core/model/finding";
import { codeUnitText, WHITE_SPACE_CODES } from "../../helpers/characters";
import { blankFinding } from "../../helpers/finding";

test("fingerprint is every tracked field's hash in TRACKED_FIELDS order, whichever fields hold what (fast-check)", () => {
  // Ledger values, and any text of white space (every \s), full-width forms and other characters.
  const char = fc.oneof(
    fc.constantFrom(...WHITE_SPACE_CODES),
    fc.integer({ min: 0xff00, max: 0xff60 }),
    fc.integer({ min: 0, max: 0xffff }),
  );
  const text = codeUnitText(char, 8);
  const value = fc.option(
    fc.oneof(fc.constantFrom("", " 垃圾桶满溢 ", "2025-05-10", "rectified", "ＡＢ１", "区第1责任单位", "垃圾（1-2）"), text),
    { nil: null },
  );
  fc.assert(
    fc.property(fc.array(value, { minLength: TRACKED_FIELDS.length, maxLength: TRACKED_FIELDS.length }), (values) => {
      const f = blankFinding({ id: "CW-1", source: { file: "a.xlsx", sheet: "台账", row: 2 } }) as Record<string, unknown>;
      TRACKED_FIELDS.forEach((field, i) => (f[field] = values[i]));
      const finding = f as unknown as Finding;
      expect(fingerprint(finding)).toBe(TRACKED_FIELDS.map((field) => fieldHash(valueOf(finding, field))).join(""));
    }),
    { numRuns: 3000 },
  );
  // Every tracked field is a field of the finding (a renamed one would hash as blank).
  for (const field of TRACKED_FIELDS) expect(Object.keys(FindingSchema.shape)).toContain(field);
});
