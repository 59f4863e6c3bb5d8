import type { IncomingReport, IncomingRow } from "../core/consolidate/incomingReport";
import type { MatchKeys } from "../core/consolidate/contentMatch";
import type { Finding, SourceRef } from "../core/model/finding";
import type { FindingPhotos } from "../core/photos/picture";

/**
 * An IncomingReport as a worker thread posts it: every text of every row in one flat array, instead
 * of four objects per row. Structured clone writes each object's keys and rebuilds each object on the
 * merging thread (≈ 40 % of the thread's work in a 汇总 of 200 files); a flat array of strings and
 * nulls is copied item by item, and a typed array whole. The same file's source and sheet name,
 * repeated on every row, travel once. (Joining the texts into one string cost more than it saved.)
 */
export interface PackedReport {
  report: Omit<IncomingReport, "rows">;
  /** TEXTS_PER_ROW texts per row, row after row (undefined: a property the row does not have; a number: shared[n]). */
  texts: Packed[];
  /** Texts that repeat over the rows, each once. */
  shared: string[];
  /** Per row: index into `sources`, then the row number. */
  places: Int32Array;
  sources: Array<{ file: string; sheet: string | null }>;
  /** Rows with pictures: [row index, photos]. */
  photos: Array<[number, FindingPhotos]>;
}

type Text = string | null | undefined;
type Packed = Text | number;

/**
 * The texts of a row, in the order they are packed: spelled out field by field (a loop over field
 * names costs a keyed lookup per text, most of packing). A field added to Finding must be added here
 * and in unpackReport; the round-trip test builds findings from the schema and fails until it is.
 * Fields whose values repeat down a ledger (dates, unit, place, status) go through `shared`.
 */
function pushTexts(r: IncomingRow, out: Packed[], shared: SharedTexts): void {
  const f = r.finding;
  const m = r.match;
  out.push(r.id, f.id, shared.ref(f.inspectedOn), shared.ref(f.unit), shared.ref(f.category), f.description);
  out.push(shared.ref(f.location), f.measure, shared.ref(f.deadline), shared.ref(f.status), shared.ref(f.rectifiedOn));
  out.push(shared.ref(f.owner), shared.ref(f.phone), f.noticeNo, f.remark, shared.ref(f.origin), r.key);
  out.push(shared.ref(m.unit), shared.ref(m.date), m.description, shared.ref(m.location));
}
const TEXTS_PER_ROW = 21;

/**
 * A report's repeated texts, sent once each: a ledger's 500 rows name one unit and a few dates and
 * statuses, and the merging thread would otherwise get (and keep, in its records) 500 copies of each.
 */
class SharedTexts {
  readonly texts: string[] = [];
  private readonly index = new Map<string, number>();
  ref(t: Text): Packed {
    if (typeof t !== "string") return t;
    let i = this.index.get(t);
    if (i === undefined) {
      i = this.texts.push(t) - 1;
      this.index.set(t, i);
    }
    return i;
  }
}

export function packReport(report: IncomingReport): PackedReport {
  const { rows, ...rest } = report;
  const texts: Packed[] = [];
  const shared = new SharedTexts();
  const places = new Int32Array(rows.length * 2);
  const sources: PackedReport["sources"] = [];
  const photos: PackedReport["photos"] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    pushTexts(row, texts, shared);
    const { file, sheet, row: at } = row.finding.source;
    let s = sources.length - 1;
    if (s < 0 || sources[s]!.file !== file || sources[s]!.sheet !== sheet) {
      s = sources.findIndex((x) => x.file === file && x.sheet === sheet);
      if (s < 0) s = sources.push({ file, sheet }) - 1;
    }
    places[i * 2] = s;
    places[i * 2 + 1] = at;
    if (row.finding.photos) photos.push([i, row.finding.photos]);
  }
  return { report: rest, texts, shared: shared.texts, places, sources, photos };
}

export function unpackReport(packed: PackedReport): IncomingReport {
  const { texts, shared, places, sources } = packed;
  let k = 0;
  const next = (): Text => {
    const t = texts[k++];
    return typeof t === "number" ? shared[t] : t;
  };
  const count = places.length / 2;
  if (texts.length !== count * TEXTS_PER_ROW) throw new Error("packed report: texts and rows disagree");
  const rows: IncomingRow[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const id = next() as string | null;
    const src = sources[places[i * 2]!]!;
    const source: SourceRef = { file: src.file, sheet: src.sheet, row: places[i * 2 + 1]! };
    const finding = {
      id: next(),
      source,
      inspectedOn: next(),
      unit: next(),
      category: next(),
      description: next(),
      location: next(),
      measure: next(),
      deadline: next(),
      status: next(),
      rectifiedOn: next(),
      owner: next(),
      phone: next(),
      noticeNo: next(),
      remark: next(),
    } as Finding;
    const origin = next();
    if (origin !== undefined) finding.origin = origin;
    const key = next() as string;
    const match = { unit: next(), date: next(), description: next(), location: next() } as MatchKeys;
    rows[i] = { id, finding, key, match };
  }
  for (const [i, p] of packed.photos) rows[i]!.finding.photos = p;
  return { ...packed.report, rows };
}
