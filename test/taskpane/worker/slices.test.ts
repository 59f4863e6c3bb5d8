import { SliceAssembler, splitForPosting } from "../../../src/taskpane/worker/slices";

/** Posts as the worker does: each slice and the skeleton cloned on their own, as separate messages are. */
function roundTrip(value: unknown, size: number): { back: unknown; messages: number } {
  const { slices, skeleton } = splitForPosting(value, size);
  const assembler = new SliceAssembler();
  for (const slice of slices) assembler.add(structuredClone(slice));
  return { back: assembler.build(structuredClone(skeleton)), messages: slices.length + 1 };
}

describe("a worker's reply in slices", () => {
  test("long arrays travel in slices and come back whole, in order; short ones stay in the skeleton", () => {
    const rows = Array.from({ length: 25 }, (_, i) => [i, `第${i + 1}行`, null]);
    const value = { type: "structured", plans: [{ name: "标准台账", rows, columns: [{ header: "编号" }] }], when: new Date(0) };
    const { back, messages } = roundTrip(value, 10);
    expect(back).toEqual(value);
    // 25 rows in slices of 10: three slices, then the skeleton.
    expect(messages).toBe(4);
  });

  test("an element in two long arrays is sent once and stays one object", () => {
    const records = Array.from({ length: 12 }, (_, i) => ({ id: `R${i}` }));
    const value = { result: { records }, ledger: [...records].reverse(), same: records };
    const back = roundTrip(value, 5).back as typeof value;
    expect(back.ledger.map((r) => r.id)).toEqual(value.ledger.map((r) => r.id));
    expect(back.ledger[0]).toBe(back.result.records[11]);
    expect(back.same).toBe(back.result.records);
  });

  test("a small reply is one message, unchanged", () => {
    const value = { type: "structured", run: { counts: { records: 5 } }, plans: [] };
    const { back, messages } = roundTrip(value, 10);
    expect(back).toEqual(value);
    expect(messages).toBe(1);
  });
});
