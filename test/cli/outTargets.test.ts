import { execFileSync } from "node:child_process";
import { existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generatedLedgerXlsx } from "../helpers/generatedLedger";
import { cli, sha1 } from "../helpers/cli";

let dir: string;
let ledger: string;
let before: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "out-targets-"));
  ledger = join(dir, "台账.xlsx");
  writeFileSync(ledger, generatedLedgerXlsx(12));
  before = sha1(ledger);
});
afterEach(() => expect(sha1(ledger)).toBe(before));

/** A refusal: exit 2, one Chinese line saying why, nothing on stdout. */
function refused(args: string[], why: RegExp): void {
  const r = cli(args);
  expect(r.errors).toEqual([expect.stringMatching(why)]);
  expect(r.errors[0]).toMatch(/^错误：/);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
}

describe("never write over an input (3)", () => {
  test("--out through a symbolic link to the source", () => {
    const link = join(dir, "软链接.xlsx");
    symlinkSync(ledger, link);
    refused(["structure", ledger, "--out", link], /源文件/);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  test("--out at a hard link to the source", () => {
    const hard = join(dir, "硬链接.xlsx");
    linkSync(ledger, hard);
    refused(["validate", ledger, "--out", hard], /源文件/);
  });

  test("--out through a linked folder, and onto the --units registry", () => {
    const linkedDir = join(dir, "链接目录");
    symlinkSync(dir, linkedDir);
    refused(["structure", ledger, "--out", join(linkedDir, "台账.xlsx")], /源文件/);
    const registry = join(dir, "名录.xlsx");
    writeFileSync(registry, readFileSync(ledger));
    const regBefore = sha1(registry);
    refused(["validate", ledger, "--units", registry, "--out", registry], /源文件/);
    expect(sha1(registry)).toBe(regBefore);
  });

  test("notices: 通知书.xlsx in the --out folder being a link to the ledger", () => {
    const out = join(dir, "通知书目录");
    mkdirSync(out);
    linkSync(ledger, join(out, "通知书.xlsx"));
    refused(["notices", ledger, "--out", out], /源文件|不是本程序/);
  });
});

describe("the project's own workbooks are known by their content, not their name (4)", () => {
  test("a user's ledger named 通知书.xlsx in the --out folder is not rewritten", () => {
    const out = join(dir, "别人的通知书");
    mkdirSync(out);
    const theirs = join(out, "通知书.xlsx");
    writeFileSync(theirs, generatedLedgerXlsx(3));
    const theirsBefore = sha1(theirs);
    refused(["notices", ledger, "--out", out, "--date", "2025-01-06"], /不是本程序/);
    expect(sha1(theirs)).toBe(theirsBefore);
  });

  test("a ledger that is itself named 通知书.xlsx, given with its own folder as --out, is not rewritten", () => {
    const out = join(dir, "名叫通知书的台账");
    mkdirSync(out);
    const theirs = join(out, "通知书.xlsx");
    writeFileSync(theirs, generatedLedgerXlsx(3));
    const theirsBefore = sha1(theirs);
    refused(["notices", theirs, "--out", out, "--date", "2025-01-06"], /不是本程序/);
    expect(sha1(theirs)).toBe(theirsBefore);
  });

  test("structure --out onto someone else's workbook is refused; onto this program's earlier result it is allowed", () => {
    const theirs = join(dir, "别人的.xlsx");
    writeFileSync(theirs, generatedLedgerXlsx(3));
    const theirsBefore = sha1(theirs);
    refused(["structure", ledger, "--out", theirs], /不是本程序/);
    expect(sha1(theirs)).toBe(theirsBefore);
    const ours = join(dir, "结果.xlsx");
    expect(cli(["structure", ledger, "--out", ours]).status).toBe(0);
    expect(cli(["structure", ledger, "--out", ours]).status).toBe(0);
  });
});

describe("--out where nothing can be written: one clear line, exit 2 (12)", () => {
  test("at a folder", () => refused(["structure", ledger, "--out", dir], /文件夹/));
  test("under a file", () => refused(["structure", ledger, "--out", join(ledger, "x.xlsx")], /不是文件夹/));
  test("notices --out at a file", () => refused(["notices", ledger, "--out", ledger], /不是文件夹/));
  test("where the system forbids it", () => refused(["structure", ledger, "--out", "/proc/结果.xlsx"], /无法写入/));
});

describe("special files (15)", () => {
  test("a FIFO named x.xlsx is refused at once instead of hanging", () => {
    const fifo = join(dir, "管道.xlsx");
    execFileSync("mkfifo", [fifo]);
    refused(["structure", fifo], /不是普通文件/);
  });

  test("/dev/zero, even behind a .xlsx link, is refused without reading it", () => {
    const zero = join(dir, "零.xlsx");
    symlinkSync("/dev/zero", zero);
    refused(["structure", zero], /不是普通文件/);
    refused(["structure", "/dev/zero"], /不是普通文件/);
  });

  test("notices --out /proc/x stops at once with a clear line", () => {
    refused(["notices", ledger, "--out", "/proc/通知书"], /无法/);
    expect(existsSync("/proc/通知书")).toBe(false);
  });
});

describe("consolidate and distribute never write over an input (issue 12, point 4)", () => {
  test("consolidate --out onto its own --units registry is refused, and the registry is unchanged", () => {
    const registry = join(dir, "汇总名录.xlsx");
    writeFileSync(registry, readFileSync(ledger));
    const regBefore = sha1(registry);
    refused(["consolidate", ledger, "--units", registry, "--out", registry], /源文件/);
    expect(sha1(registry)).toBe(regBefore);
  });

  test("consolidate --out at a hard link to an input file is refused (the ledger is unchanged: afterEach)", () => {
    const hard = join(dir, "汇总硬链接.xlsx");
    linkSync(ledger, hard);
    refused(["consolidate", ledger, "--out", hard], /源文件/);
  });

  test("a hard link to the 汇总 inside the folder consolidated is the 汇总 itself: never read as an input", () => {
    const folder = join(dir, "回复目录");
    mkdirSync(folder);
    writeFileSync(join(folder, "南湖街道.xlsx"), generatedLedgerXlsx(4));
    const out = join(dir, "回复汇总.xlsx");
    expect(cli(["consolidate", folder, "--out", out]).status).toBe(0);
    linkSync(out, join(folder, "链接.xlsx"));
    const r = cli(["consolidate", folder, "--out", out, "--json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).sources.map((s: { file: string }) => s.file)).toEqual(["南湖街道.xlsx"]);
    expect(r.stderr).not.toMatch(/链接/);
  });

  test("distribute into the ledger's own folder never writes a 交办单 over the ledger", () => {
    const folder = join(dir, "交办目录");
    mkdirSync(folder);
    const named = join(folder, "交办单-区城市管理局-2025-01-06.xlsx");
    writeFileSync(named, generatedLedgerXlsx(12));
    const namedBefore = sha1(named);
    refused(["distribute", named, "--out", folder, "--date", "2025-01-06"], /源文件/);
    expect(sha1(named)).toBe(namedBefore);
  });
});
