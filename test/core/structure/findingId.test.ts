import fc from "fast-check";
import { FindingIdFactory, stableHash, stableHashJoined } from "../../../src/core/structure/findingId";

// 编号 written into ledgers months ago must come out the same from every later version.
test("stableHash gives the digits it has always given, leading zeros included", () => {
  expect(stableHash("")).toBe("811c9dc50100");
  expect(stableHash("a")).toBe("e40c292c3777");
  expect(stableHash("台账\u00012025-01-01\u0001区第1责任单位\u0001\u0001垃圾桶满溢")).toBe("a7c8f84fc0a9");
  expect(stableHash("\ud83d\ude00")).toBe("cb31c4b82fb9");
  expect(stableHash("x".repeat(1000))).toBe("07d1816566bc");
});

test("identical findings in one sheet get distinct 编号 in order, the first one the plain hash", () => {
  const ids = new FindingIdFactory();
  const first = ids.next("台账", ["2025-01-01", "区第1责任单位", "垃圾桶满溢", null]);
  const second = ids.next("台账", ["2025-01-01", "区第1责任单位", "垃圾桶满溢", null]);
  expect(first).toBe(`CW-${stableHash("台账\u00012025-01-01\u0001区第1责任单位\u0001垃圾桶满溢\u0001")}`);
  expect(second).not.toBe(first);
  expect(second).toMatch(/^CW-[0-9a-f]{12}$/);
});

test("stableHashJoined is stableHash of the texts joined by \\u0001, nulls as empty (fast-check)", () => {
  fc.assert(
    fc.property(fc.string(), fc.array(fc.option(fc.string(), { nil: null }), { maxLength: 6 }), (first, rest) => {
      expect(stableHashJoined(first, rest)).toBe(stableHash([first, ...rest.map((t) => t ?? "")].join("\u0001")));
    }),
    { numRuns: 1000 },
  );
});

test("stableHashJoined with another separator is stableHash of the texts joined by that character (fast-check)", () => {
  fc.assert(
    fc.property(fc.string(), fc.array(fc.string(), { maxLength: 6 }), fc.integer({ min: 0, max: 0xffff }), (first, rest, sep) => {
      expect(stableHashJoined(first, rest, sep)).toBe(stableHash([first, ...rest].join(String.fromCharCode(sep))));
    }),
    { numRuns: 1000 },
  );
});
