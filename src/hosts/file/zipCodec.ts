import { crc32 } from "./crc32";
import { inflateWithStreams, type InflateRaw } from "./unzipParts";

/** Compresses raw deflate data (no zlib header). */
export type DeflateRaw = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

/**
 * How package parts are inflated, deflated and checksummed. The defaults are the web platform's
 * (DecompressionStream, CompressionStream) and run in browsers, workers and node; the CLI passes
 * node's zlib, which is several times faster.
 */
export interface ZipCodec {
  inflateRaw: InflateRaw;
  deflateRaw: DeflateRaw;
  crc32: (data: Uint8Array) => number;
}

/** Raw deflate with the web platform's CompressionStream. */
export async function deflateWithStreams(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export const WEB_CODEC: ZipCodec = { inflateRaw: inflateWithStreams, deflateRaw: deflateWithStreams, crc32 };
