import { z } from "zod";
import { FINDING_FIELDS, FindingSchema, type Finding } from "../model/finding";
import { foldText, isWhiteSpaceCode } from "../normalize/text";

/**
 * Fields whose value comes from a source (a ledger sheet, a unit's report). 通知书编号 is not one:
 * only this workbook writes it. The order is that of the fingerprints kept in 同步信息, so new
 * fields are only ever added at the end.
 */
export const TRACKED_FIELDS = [
  "inspectedOn",
  "unit",
  "category",
  "description",
  "location",
  "measure",
  "deadline",
  "status",
  "rectifiedOn",
  "owner",
  "phone",
  "remark",
  "origin",
] as const satisfies ReadonlyArray<(typeof FINDING_FIELDS)[number]>;
export type TrackedField = (typeof TRACKED_FIELDS)[number];
export const TrackedFieldSchema = z.enum(TRACKED_FIELDS as unknown as [TrackedField, ...TrackedField[]]);

/** A field value as the ledger compares it: folded text, ISO dates, status and deadline codes; null when blank. */
export type Canonical = string | null;

export function canonical(value: string | null | undefined): Canonical {
  if (value === null || value === undefined) return null;
  const s = foldText(value);
  return s === "" ? null : s;
}

/** A source report that disagrees with a value the office edited, waiting for the user's decision. */
export const PendingConflictSchema = z.object({
  incoming: z.string().nullable(),
  file: z.string(),
  /** When that report was made ("YYYY-MM-DD HH:mm"), when known. */
  at: z.string().nullable(),
});
export type PendingConflict = z.infer<typeof PendingConflictSchema>;

/**
 * What the ledger remembers about a record besides its values, so a rerun can tell an office edit
 * from a source change: the fingerprint of each field's source value last taken or seen, the
 * source's value of every field the office edited, and the conflicts not yet decided.
 */
export const RecordStateSchema = z.object({
  /** 4 characters per tracked field, in TRACKED_FIELDS order. */
  base: z.string(),
  source: z.partialRecord(TrackedFieldSchema, z.string().nullable()).default({}),
  conflicts: z.partialRecord(TrackedFieldSchema, PendingConflictSchema).default({}),
});
export type RecordState = z.infer<typeof RecordStateSchema>;

/** A row of 标准台账: the finding as the office sees it, who reported it, when it last changed, and its state. */
export const LedgerRecordSchema = FindingSchema.extend({
  /** 报送单位: the unit whose file the record came from (or last updated it). */
  reportedBy: z.string().nullable(),
  /** 最后更新 "YYYY-MM-DD HH:mm": when a report last changed the record. */
  updatedAt: z.string().nullable(),
  /** null: nothing known about its sources (a ledger written before, a row typed in by hand). */
  state: RecordStateSchema.nullable(),
});
export type LedgerRecord = z.infer<typeof LedgerRecordSchema>;

/** A finding as a ledger row, with or without what the ledger adds. */
export type LedgerRow = Finding & Partial<Pick<LedgerRecord, "reportedBy" | "updatedAt" | "state">>;

const BLANK_MARK = "~~~~";
const HASH_CHARS = 4;

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** 24 bits of a field's canonical value (FNV-1a), as 4 characters; blanks have their own mark. */
export function fieldHash(value: Canonical): string {
  writeFieldHash(value, 0);
  return String.fromCharCode(codes[0]!, codes[1]!, codes[2]!, codes[3]!);
}

// The characters of the hashes being written: a fingerprint is made as one flat string, not 13
// pieces joined (a rope that every later use of the key would flatten again).
const codes: number[] = new Array<number>(TRACKED_FIELDS.length * HASH_CHARS).fill(0);
const ALPHABET_CODES = Array.from(ALPHABET, (c) => c.charCodeAt(0));
const BLANK_CODE = BLANK_MARK.charCodeAt(0);

function writeFieldHash(value: Canonical, at: number): void {
  if (value === null) {
    codes[at] = codes[at + 1] = codes[at + 2] = codes[at + 3] = BLANK_CODE;
    return;
  }
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  writeHashCodes(h, at);
}

function writeHashCodes(h: number, at: number): void {
  h = (h ^ (h >>> 24)) & 0xffffff;
  codes[at] = ALPHABET_CODES[h & 63]!;
  codes[at + 1] = ALPHABET_CODES[(h >>> 6) & 63]!;
  codes[at + 2] = ALPHABET_CODES[(h >>> 12) & 63]!;
  codes[at + 3] = ALPHABET_CODES[(h >>> 18) & 63]!;
}

/**
 * writeFieldHash(canonical(value)) without building the canonical text, for the values every row's
 * fingerprint hashes: a text without white space folds only its full-width forms to ASCII, one
 * character for one, so they are hashed as they are mapped. Any white space: the full fold.
 */
function writeValueHash(value: string | null, at: number): void {
  if (value === null || value === "") {
    writeFieldHash(null, at);
    return;
  }
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    let c = value.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    // ASCII and ideographs (most characters) are told apart without a call; white space takes the full fold.
    else if (c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : (c < 0x3400 || c > 0x9fff) && isWhiteSpaceCode(c)) {
      writeFieldHash(canonical(value), at);
      return;
    }
    h = Math.imul(h ^ c, 0x01000193);
  }
  writeHashCodes(h, at);
}

export function valueOf(f: Finding, field: TrackedField): Canonical {
  return canonical(f[field] ?? null);
}

/** The fingerprint of a record's current values: what `base` holds when every value came from the source. */
export function fingerprint(f: Finding): string {
  // Into one buffer of character codes, then one flat string, not 13 hashes joined into a rope.
  for (let i = 0; i < TRACKED_FIELDS.length; i++) writeValueHash(f[TRACKED_FIELDS[i]!] ?? null, i * HASH_CHARS);
  return String.fromCharCode.apply(null, codes);
}

export function baseHash(state: RecordState, field: TrackedField): string | null {
  const i = TRACKED_FIELDS.indexOf(field);
  const h = state.base.slice(i * HASH_CHARS, (i + 1) * HASH_CHARS);
  return h.length === HASH_CHARS ? h : null;
}

export function withBaseHash(base: string, field: TrackedField, hash: string): string {
  const i = TRACKED_FIELDS.indexOf(field);
  const padded = base.padEnd(TRACKED_FIELDS.length * HASH_CHARS, "?");
  return padded.slice(0, i * HASH_CHARS) + hash + padded.slice((i + 1) * HASH_CHARS);
}

/** Fields whose value in 标准台账 differs from the source value last taken: the office edited them. */
export function editedFields(r: LedgerRow): TrackedField[] {
  const state = r.state;
  if (!state) return [];
  return TRACKED_FIELDS.filter((field) => {
    const b = baseHash(state, field);
    return b !== null && b !== fieldHash(valueOf(r, field));
  });
}

export function conflictFields(r: LedgerRow): TrackedField[] {
  const c = r.state?.conflicts ?? {};
  return TRACKED_FIELDS.filter((f) => c[f] !== undefined);
}

/** The compact text kept in the hidden 同步信息 cell. */
export function encodeState(state: RecordState | null): string | null {
  if (!state) return null;
  const o: Record<string, unknown> = { b: state.base };
  if (Object.keys(state.source).length > 0) o.s = state.source;
  if (Object.keys(state.conflicts).length > 0) o.c = state.conflicts;
  return JSON.stringify(o);
}

/** The state back from its cell; anything unreadable (a cell someone typed over) is no state. */
export function decodeState(text: string | null): RecordState | null {
  if (!text || text[0] !== "{") return null;
  try {
    const o = JSON.parse(text) as { b?: unknown; s?: unknown; c?: unknown };
    const parsed = RecordStateSchema.safeParse({ base: o.b, source: o.s ?? {}, conflicts: o.c ?? {} });
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Every field of a finding, so recordFromFinding cannot miss one added later (TypeScript checks the list). */
const FINDING_KEYS: Record<keyof Finding, true> = {
  id: true,
  source: true,
  inspectedOn: true,
  unit: true,
  category: true,
  description: true,
  location: true,
  measure: true,
  deadline: true,
  status: true,
  rectifiedOn: true,
  owner: true,
  phone: true,
  noticeNo: true,
  remark: true,
  origin: true,
  photos: true,
};
void FINDING_KEYS;

/** A record made from a source finding: every value is the source's, nothing edited. */
export function recordFromFinding(
  f: Finding,
  meta: { reportedBy: string | null; updatedAt: string | null },
  /** The finding's fingerprint, when the caller has it already. */
  base: string = fingerprint(f),
): LedgerRecord {
  // Field by field, not {...f}: findings come in several shapes (with or without photos, origin), and
  // spreading them builds a slow dictionary-mode object per record (≈ 5 % of structuring 100k rows).
  const record: LedgerRecord = {
    id: f.id,
    source: f.source,
    inspectedOn: f.inspectedOn,
    unit: f.unit,
    category: f.category,
    description: f.description,
    location: f.location,
    measure: f.measure,
    deadline: f.deadline,
    status: f.status,
    rectifiedOn: f.rectifiedOn,
    owner: f.owner,
    phone: f.phone,
    noticeNo: f.noticeNo,
    remark: f.remark,
    origin: f.origin ?? null,
    reportedBy: meta.reportedBy,
    updatedAt: meta.updatedAt,
    state: { base, source: {}, conflicts: {} },
  };
  if (f.photos) record.photos = f.photos;
  return record;
}
