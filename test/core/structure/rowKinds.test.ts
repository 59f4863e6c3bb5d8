import fc from "fast-check";
import { isSubtotalText } from "../../../src/core/structure/rowKinds";
import { codeUnitText, WHITE_SPACE_CODES } from "../../helpers/characters";

test("isSubtotalText's first-character check answers as the two regex tests it spares (fast-check)", () => {
  const SUBTOTAL = /^(小[计計]|合[计計]|[总總][计計]|共[计計]|累[计計]|本[页頁]小[计計]|本月合[计計])/;
  const reference = (t: string): boolean => SUBTOTAL.test(t) || (t.length <= 12 && SUBTOTAL.test(t.replace(/\s/g, "")));
  const char = fc.oneof(
    fc.constantFrom(...WHITE_SPACE_CODES),
    fc.constantFrom(...Array.from("小合总總共累本计計页頁月", (c) => c.charCodeAt(0))),
    fc.integer({ min: 0, max: 0xffff }),
  );
  fc.assert(
    fc.property(codeUnitText(char, 14), (t) => {
      expect(isSubtotalText(t)).toBe(reference(t));
    }),
    { numRuns: 20000 },
  );
  for (const t of ["小计", "小 计", "\u3000合計：", " 总计", "本页小计", "本月合计", "共计3处"]) expect(isSubtotalText(t)).toBe(true);
  for (const t of ["", "计小", "垃圾桶满溢", "合", "x小计"]) expect(isSubtotalText(t)).toBe(false);
});
