import { existsSync, mkdirSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { isOwnWorkbook } from "../core/output/ownWorkbook";
import { readWorkbookBytes } from "../hosts/file/readWorkbookBytes";
import { unzipParts } from "../hosts/file/unzipParts";
import { UsageError } from "./cliErrors";
import { readInputFile, ZLIB_CODEC, type InputFile } from "./inputFile";
import { systemReason } from "./systemReason";

/** What may already be at --out: only this program's own result (replaced), or any workbook (updated in place). */
export type ExistingPolicy = "own-only" | "update";

export interface OutputTarget {
  /** Where the bytes go (the real file when --out names a link to one). */
  path: string;
  /** What is there now, if anything. */
  existing: InputFile | null;
}

/** stat that says "nothing there" (null) for a missing path or one running through a file. */
function statIfAny(path: string): Stats | null {
  try {
    return statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw new UsageError(`无法访问“${path}”：${systemReason(e)}`);
  }
}

/** The nearest folder that exists above `dir` must be a folder (a path "under a file" cannot be made). */
function checkFolderCanExist(dir: string): void {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const st = statIfAny(d);
    if (st) {
      if (!st.isDirectory()) throw new UsageError(`“${d}”是一个文件，不是文件夹，无法在它下面写入`);
      return;
    }
    if (dirname(d) === d) return;
  }
}

/** Creates a folder and its parents one level at a time (a recursive mkdir loops on paths like /proc/x). */
export function ensureFolder(dir: string): void {
  const missing: string[] = [];
  let d = resolve(dir);
  for (let st = statIfAny(d); !st; st = statIfAny(d)) {
    missing.unshift(d);
    if (dirname(d) === d) break;
    d = dirname(d);
  }
  checkFolderCanExist(d);
  for (const m of missing) {
    try {
      mkdirSync(m);
    } catch (e) {
      throw new UsageError(`无法创建文件夹“${m}”：${systemReason(e)}`);
    }
  }
}

/** Which file a path is: its real path and its device + inode (a hard link has its own path, not its own inode). */
export type FileIdentity = Pick<InputFile, "realPath" | "dev" | "ino">;

const sameFile = (st: Stats, real: string, inputs: readonly FileIdentity[]): boolean =>
  inputs.some((i) => (i.dev === st.dev && i.ino === st.ino) || i.realPath === real);

/** Whether a path is the --out file (by its path, its real path or its device + inode: links are seen through). */
export function isOutputTarget(path: string, out: OutputTarget): boolean {
  if (resolve(path) === out.path) return true;
  const st = out.existing ? statIfAny(resolve(path)) : null;
  return Boolean(st && out.existing && sameFile(st, realpathSync(resolve(path)), [out.existing]));
}

/** Refuses an --out that is one of the inputs named (files, or a registry), by path, real path or device + inode. */
export function checkNotAnInput(paths: readonly string[], out: OutputTarget): void {
  for (const p of paths) if (isOutputTarget(p, out)) throw new UsageError(`输出文件不能是源文件本身：“${p}”（源文件从不修改）`);
}

/** A workbook this program wrote, known by its owned sheets' headers (only their first rows are read). */
export async function isOwnOutput(file: InputFile): Promise<boolean> {
  try {
    const zip = file.bytes[0] === 0x50 && file.bytes[1] === 0x4b;
    const parts = zip ? await unzipParts(file.bytes, file.name, ZLIB_CODEC.inflateRaw) : undefined;
    return isOwnWorkbook(readWorkbookBytes(file.bytes, file.name, { parts, sheetRows: 1 }));
  } catch {
    return false;
  }
}

/**
 * Checks --out before any work is done: not a folder, not under a file, never an input (by real path
 * and by device + inode, so links are seen through), and — when something is there — this program's
 * own earlier result (policy "own-only") or a workbook to update in place (policy "update").
 */
export async function checkOutputFile(out: string, inputs: readonly FileIdentity[], policy: ExistingPolicy): Promise<OutputTarget> {
  const full = resolve(out);
  const st = statIfAny(full);
  if (!st) {
    checkFolderCanExist(dirname(full));
    return { path: full, existing: null };
  }
  if (st.isDirectory()) throw new UsageError(`“${out}”是文件夹；请在 --out 后写出要保存的文件名，例如 ${join(out, "结果.xlsx")}`);
  if (!st.isFile()) throw new UsageError(`“${out}”不是普通文件（而是管道、设备或其他特殊文件），不能写入`);
  const real = realpathSync(full);
  if (sameFile(st, real, inputs)) throw new UsageError(`输出文件不能是源文件本身：“${out}”（源文件从不修改）`);
  const existing = readInputFile(real);
  if (policy === "own-only" && !(await isOwnOutput(existing)))
    throw new UsageError(`“${out}”已存在，但不是本程序生成的工作簿；为免覆盖它，请换一个文件名或先把它移走`);
  return { path: real, existing };
}

/** --out as a folder (notices): created now, before the work, so a bad path fails at once. */
export function prepareOutputFolder(out: string): string {
  const full = resolve(out);
  const st = statIfAny(full);
  if (st && !st.isDirectory()) throw new UsageError(`“${out}”不是文件夹（是一个文件）；--out 要写一个文件夹`);
  ensureFolder(full);
  return realpathSync(full);
}

/**
 * Writes several files so that either all of them land or none does: each is written beside its
 * target under a temporary name, then all are renamed into place; on any failure the temporary files
 * and the files newly placed are removed. None of them may be one of `inputs` (by real path or device +
 * inode): that is refused before anything is written.
 */
export function writeFilesAtomically(
  files: ReadonlyArray<{ path: string; bytes: Uint8Array }>,
  inputs: readonly FileIdentity[] = [],
): void {
  for (const f of files) {
    const st = inputs.length > 0 ? statIfAny(f.path) : null;
    if (st && sameFile(st, realpathSync(f.path), inputs))
      throw new UsageError(`输出文件不能是源文件本身：“${f.path}”（源文件从不修改；什么也没有写出）`);
  }
  for (const dir of new Set(files.map((f) => dirname(f.path)))) ensureFolder(dir);
  const staged: Array<{ tmp: string; path: string; existed: boolean }> = [];
  const cleanUp = (placed: readonly string[]) => {
    for (const s of staged) if (existsSync(s.tmp)) unlinkSync(s.tmp);
    for (const p of placed) if (existsSync(p)) unlinkSync(p);
  };
  files.forEach((f, i) => {
    const tmp = join(dirname(f.path), `.chuangwei-${process.pid}-${i}.tmp`);
    try {
      writeFileSync(tmp, f.bytes, { flag: "wx" });
      staged.push({ tmp, path: f.path, existed: existsSync(f.path) });
    } catch (e) {
      cleanUp([]);
      throw new UsageError(`无法写入“${f.path}”：${systemReason(e)}（什么也没有写出）`);
    }
  });
  const placed: string[] = [];
  for (const s of staged) {
    try {
      renameSync(s.tmp, s.path);
      if (!s.existed) placed.push(s.path);
    } catch (e) {
      cleanUp(placed);
      throw new UsageError(`无法写入“${s.path}”：${systemReason(e)}（什么也没有写出）`);
    }
  }
}
