import { crc32 } from "./crc32";
import { REL_TYPES } from "./opc";
import { deflateWithStreams } from "./zipCodec";
import { writeZip, type StoredPart } from "./zipWriter";

const DOCUMENT = "word/document.xml";
const DOCUMENT_RELS = "word/_rels/document.xml.rels";
// About 256 KB of text per chunk handed to the compressor: few enough calls, little held at once.
const CHUNK_CHARS = 1 << 18;

/**
 * Deflates text given in pieces without ever joining it: the stream pulls the next pieces only as
 * the compressor takes them, so what is held is one chunk and the compressed output.
 */
async function deflateText(pieces: Iterable<string>): Promise<StoredPart> {
  const encoder = new TextEncoder();
  const it = pieces[Symbol.iterator]();
  let crc = 0;
  let size = 0;
  const source = new ReadableStream<BufferSource>({
    pull(controller) {
      let text = "";
      for (let next = it.next(); ; next = it.next()) {
        if (next.done) break;
        text += next.value;
        if (text.length >= CHUNK_CHARS) break;
      }
      if (text === "") {
        controller.close();
        return;
      }
      const bytes = encoder.encode(text);
      crc = crc32(bytes, crc);
      size += bytes.length;
      controller.enqueue(bytes);
    },
  });
  const data = new Uint8Array(await new Response(source.pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer());
  return { method: 8, data, crc, size };
}

/** Where the rows of each table go: a placeholder row in the frame, found by its marker text. */
export interface RowSlot {
  marker: string;
  rows: () => Iterable<string>;
}

/** A docx package's parts by path, in the order they are zipped, as docx's compiler lays them out. */
export type DocxParts = ReadonlyMap<string, string | Uint8Array>;

// The frame's parts other than the document repeat from one notice's .docx to the next (styles,
// numbering, settings, fonts): each distinct text is compressed once. Bounded: a few parts per batch.
const compressedParts = new Map<string, Promise<StoredPart>>();
const COMPRESSED_PARTS_LIMIT = 64;

function compressedPart(data: string | Uint8Array): Promise<StoredPart> {
  if (typeof data !== "string") return deflateBytes(data);
  let part = compressedParts.get(data);
  if (!part) {
    if (compressedParts.size >= COMPRESSED_PARTS_LIMIT) compressedParts.clear();
    part = deflateText([data]);
    compressedParts.set(data, part);
  }
  return part;
}

async function deflateBytes(bytes: Uint8Array): Promise<StoredPart> {
  return { method: 8, data: await deflateWithStreams(bytes), crc: crc32(bytes), size: bytes.length };
}

/**
 * A .docx made by docx (the frame: page setup, 版头, paragraphs, 回执, styles) with each placeholder
 * row replaced by rows written as text, and the pictures those rows use added as media parts. The
 * frame comes as docx's compiler makes its parts, not zipped: zipping it (in JavaScript) only to
 * unzip its document again cost more than the notices' rows.
 */
export async function withStreamedRows(
  frame: DocxParts,
  slots: readonly RowSlot[],
  media: ReadonlyArray<{ path: string; relId: string; data: Uint8Array }>,
): Promise<Uint8Array> {
  const xml = frame.get(DOCUMENT);
  if (typeof xml !== "string") throw new Error("bug: the notice frame has no document part");
  // The frame, cut at each placeholder row (the <w:tr> holding its marker).
  const pieces: string[] = [];
  let from = 0;
  for (const slot of slots) {
    const at = xml.indexOf(slot.marker, from);
    if (at < 0) throw new Error(`bug: no placeholder ${slot.marker} in the notice frame`);
    pieces.push(xml.slice(from, xml.lastIndexOf("<w:tr>", at)));
    from = xml.indexOf("</w:tr>", at) + "</w:tr>".length;
  }
  pieces.push(xml.slice(from));
  function* body(): Generator<string> {
    for (let i = 0; i < slots.length; i++) {
      yield pieces[i]!;
      yield* slots[i]!.rows();
    }
    yield pieces[slots.length]!;
  }
  const document = await deflateText(body());

  const parts: Array<[string, StoredPart]> = [];
  for (const [name, data] of frame) {
    if (name === DOCUMENT) parts.push([name, document]);
    else if (name === DOCUMENT_RELS && media.length > 0 && typeof data === "string") {
      const rels = data.replace(
        "</Relationships>",
        `${media.map((m) => `<Relationship Id="${m.relId}" Type="${REL_TYPES.image}" Target="${m.path.slice("word/".length)}"/>`).join("")}</Relationships>`,
      );
      parts.push([name, await deflateText([rels])]);
    } else parts.push([name, await compressedPart(data)]);
  }
  // Pictures are stored as they are: they are compressed already.
  for (const m of media) parts.push([m.path, { method: 0, data: m.data, crc: crc32(m.data), size: m.data.length }]);
  return writeZip(parts);
}
