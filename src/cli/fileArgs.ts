import { existsSync, readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { FileHost } from "../hosts/file/fileHost";
import { UsageError } from "./cliErrors";

export function openFileHost(path: string): FileHost {
  const full = resolve(path);
  if (!existsSync(full)) throw new UsageError(`找不到文件“${path}”`);
  if (statSync(full).isDirectory()) throw new UsageError(`“${path}”是文件夹，请指定一个工作簿文件`);
  return new FileHost(new Uint8Array(readFileSync(full)), basename(full));
}

/** Writes only to the path the user chose, and never over a source file. */
export function writeOutput(out: string, bytes: Uint8Array, sources: readonly string[]): string {
  const full = resolve(out);
  if (sources.some((s) => resolve(s) === full)) throw new UsageError(`输出文件不能是源文件本身：“${out}”（源文件从不修改）`);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, bytes);
  return full;
}
