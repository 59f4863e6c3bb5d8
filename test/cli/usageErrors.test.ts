import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const BIN = resolve(__dirname, "../../bin/chuangwei.cjs");
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });

// Words commander prints in English; none may reach a user.
const ENGLISH = /\b(error|usage|options|arguments|commands|display|help for|missing|unknown|required|too many|expected|did you mean)\b/i;
const lines = (s: string) => s.split("\n").filter((l) => l.trim() !== "");

describe("usage errors: one Chinese line on stderr, exit code 2", () => {
  test.each([
    ["no command", [], /命令/],
    ["unknown command", ["bogus"], /bogus/],
    ["a near-miss command", ["structur", "a.xlsx"], /structure/],
    ["missing argument", ["structure"], /缺少/],
    ["unknown option", ["structure", "a.xlsx", "--jsn"], /--jsn.*--json/],
    ["missing required option", ["notices", "a.xlsx"], /--out/],
    ["option without its value", ["report", "a.xlsx", "--month"], /--month/],
    ["too many arguments", ["structure", "a.xlsx", "b.xlsx"], /多/],
    ["help for a command that does not exist", ["help", "bogus"], /bogus/],
    ["the same after a leading --", ["--", "help", "台账.xlsx"], /台账\.xlsx/],
  ])("%s", (_, args, what) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^错误：/);
    expect(r.stderr).toMatch(what);
    expect(r.stderr).not.toMatch(ENGLISH);
  });
});

describe("help is Chinese and exits 0", () => {
  test.each([[["--help"]], [["-h"]], [["structure", "--help"]], [["help", "notices"]], [["report", "-h"]]])("%j", (args) => {
    const r = run(...args);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^用法：chuangwei/);
    expect(r.stdout).toMatch(/选项：/);
    expect(r.stdout).not.toMatch(ENGLISH);
    expect(r.stderr).toBe("");
  });
});
