import { closeSync, constants, openSync, readSync, realpathSync, statSync, type Stats } from "node:fs";
import { basename, resolve } from "node:path";
import * as zlib from "node:zlib";
import { crc32, useNativeCrc32 } from "../hosts/file/crc32";
import { FileHost } from "../hosts/file/fileHost";
import type { ZipCodec } from "../hosts/file/zipCodec";
import { WorkbookFileError } from "../hosts/file/workbookFileError";
import { UsageError } from "./cliErrors";
import { systemReason } from "./systemReason";

/** Larger than any ledger, and than a JavaScript string can hold once decoded. */
export const INPUT_LIMIT = 512 * 2 ** 20;

/** A file the user gave as input: what it holds and which file it is (so nothing is ever written over it). */
export interface InputFile {
  path: string;
  name: string;
  realPath: string;
  dev: number;
  ino: number;
  bytes: Uint8Array;
}

/** node's zlib for package parts (several times faster than the web streams); inflating stops at the declared size. */
export const ZLIB_CODEC: ZipCodec = {
  inflateRaw: (data, size) => zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, size) }),
  deflateRaw: (data) => zlib.deflateRawSync(data),
  // Native where node has zlib.crc32 (from 20.15; registered below, for the .docx writer too).
  crc32,
};
if (typeof zlib.crc32 === "function") useNativeCrc32((data, previous) => zlib.crc32(data, previous));

function statOrExplain(path: string): Stats {
  try {
    return statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UsageError(`找不到文件“${path}”`);
    throw new UsageError(`无法读取“${path}”：${systemReason(e)}`);
  }
}

/**
 * Reads at most INPUT_LIMIT bytes, whatever the file's size claims (files under /proc say 0). The
 * first read is sized by that claim (one byte more, to see the end): a fixed 16 MB buffer per file
 * cost more than the reading itself for the hundreds of small files of a 汇总.
 */
function readBounded(path: string, claimed: number): Uint8Array {
  // O_NONBLOCK: should the file turn into a pipe between stat and open, opening still returns at once.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      // Then growing by half of what came so far (a file larger than it claimed), up to 16 MB a read.
      const want = total === 0 && claimed > 0 ? claimed + 1 : Math.min(16 * 2 ** 20, Math.max(2 ** 16, total >> 1));
      const chunk = new Uint8Array(Math.min(want, INPUT_LIMIT + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > INPUT_LIMIT)
        throw new WorkbookFileError("too-large", `文件“${basename(path)}”超过 ${INPUT_LIMIT / 2 ** 20} MB，不是正常的台账，没有打开`);
    }
    if (chunks.length === 1) return chunks[0]!;
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  } finally {
    closeSync(fd);
  }
}

/** Reads an input file: only a regular file (not a pipe, device or folder), and never more than the limit. */
export function readInputFile(path: string): InputFile {
  const full = resolve(path);
  const st = statOrExplain(full);
  if (st.isDirectory()) throw new UsageError(`“${path}”是文件夹，请指定一个工作簿文件`);
  if (!st.isFile()) throw new UsageError(`“${path}”不是普通文件（而是管道、设备或其他特殊文件），请指定一个工作簿文件`);
  if (st.size > INPUT_LIMIT)
    throw new WorkbookFileError("too-large", `文件“${basename(full)}”超过 ${INPUT_LIMIT / 2 ** 20} MB，不是正常的台账，没有打开`);
  let bytes: Uint8Array;
  try {
    bytes = readBounded(full, st.size);
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    throw new UsageError(`无法读取“${path}”：${systemReason(e)}`);
  }
  return { path, name: basename(full), realPath: realpathSync(full), dev: st.dev, ino: st.ino, bytes };
}

/** An input workbook opened with the file host (package parts inflated by zlib within limits). */
export function openInput(path: string): { host: FileHost; file: InputFile } {
  const file = readInputFile(path);
  return { host: new FileHost(file.bytes, file.name, { codec: ZLIB_CODEC }), file };
}
