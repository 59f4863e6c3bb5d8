import fc from "fast-check";
import * as v8 from "node:v8";
import { packReport, unpackReport } from "../../src/cli/packedReport";
import { matchKeys } from "../../src/core/consolidate/contentMatch";
import type { IncomingReport, IncomingRow } from "../../src/core/consolidate/incomingReport";
import { FindingSchema, type Finding } from "../../src/core/model/finding";
import { fingerprint } from "../../src/core/ledger/ledgerRecord";

/** Through packReport, a structured clone (as postMessage makes it) and unpackReport. */
const transfer = (report: IncomingReport): IncomingReport => unpackReport(v8.deserialize(v8.serialize(packReport(report))));

// Texts as hostile files hold them: empty, control characters, lone surrogates, the characters a
// separator-based encoding would choke on.
const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.constantFrom("", "\u0000", "\u0001\u0002", "\ud800", "垃圾桶满溢（3-17）", "區第1責任單位"),
);
const nullable = fc.option(text, { nil: null });

// Every field of the finding schema, so that a field added to it later must travel too.
const FIELDS = Object.keys(FindingSchema.shape).filter((k) => !["id", "source", "photos", "origin"].includes(k));

const finding = fc.record({
  id: text,
  file: fc.constantFrom("a.xlsx", "b.csv"),
  sheet: fc.constantFrom("台账", "5月", null),
  row: fc.integer({ min: 1, max: 1_048_576 }),
  values: fc.array(nullable, { minLength: FIELDS.length, maxLength: FIELDS.length }),
  origin: fc.option(nullable, { nil: undefined }),
  photos: fc.option(
    fc.constant({ before: [{ sheet: "台账", row: 3, col: 9, mime: "image/png", data: new Uint8Array([137, 80, 78, 71]) }], after: [] }),
    { nil: undefined },
  ),
});

type FindingSpec = typeof finding extends fc.Arbitrary<infer T> ? T : never;

function rowOf(spec: FindingSpec, id: string | null): IncomingRow {
  const f = { id: spec.id, source: { file: spec.file, sheet: spec.sheet, row: spec.row } } as Record<string, unknown>;
  FIELDS.forEach((k, i) => (f[k] = spec.values[i]));
  if (spec.origin !== undefined) f.origin = spec.origin;
  if (spec.photos) f.photos = spec.photos;
  const typed = f as unknown as Finding;
  return { id, finding: typed, key: fingerprint(typed), match: matchKeys(typed) };
}

const report = (rows: IncomingRow[]): IncomingReport => ({
  file: "a.xlsx",
  at: "2025-06-01 08:00",
  unit: "南湖街道",
  kind: "ledger",
  batch: null,
  rows,
  problems: [
    {
      code: "date-unreadable",
      severity: "error",
      sheet: "台账",
      row: 3,
      column: "B",
      field: "inspectedOn",
      params: { value: "5月32日" },
      suggestion: null,
    },
  ],
  skippedRows: 2,
  fingerprint: "0123456789ab",
});

test("a report crosses to the merging thread as it left the worker: every field, null, absent or empty, and pictures (fast-check)", () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(finding, fc.option(text, { nil: null })), { maxLength: 20 }), (specs) => {
      const sent = report(specs.map(([spec, id]) => rowOf(spec, id)));
      const received = transfer(sent);
      expect(received).toEqual(sent);
      // toEqual takes an absent property for an undefined one: "origin" in … tells them apart.
      received.rows.forEach((r, i) => expect("origin" in r.finding).toBe("origin" in sent.rows[i]!.finding));
    }),
    { numRuns: 300 },
  );
});

test("a report without rows, and rows from several sheets and files, keep their places", () => {
  expect(transfer(report([]))).toEqual(report([]));
  const base = { id: "CW-1", values: FIELDS.map(() => null), origin: null, photos: undefined };
  const rows = [
    rowOf({ ...base, file: "a.xlsx", sheet: "台账", row: 3 }, null),
    rowOf({ ...base, file: "a.xlsx", sheet: "5月", row: 4 }, "CW-0123456789ab"),
    rowOf({ ...base, file: "a.xlsx", sheet: "台账", row: 9 }, null),
    rowOf({ ...base, file: "b.csv", sheet: null, row: 2 }, null),
  ];
  expect(transfer(report(rows)).rows.map((r) => r.finding.source)).toEqual(rows.map((r) => r.finding.source));
});
