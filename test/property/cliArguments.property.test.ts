import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { generatedLedgerXlsx } from "../helpers/generatedLedger";

let dir: string;
let home: string;
beforeAll(() => {
  home = process.cwd();
  dir = mkdtempSync(join(tmpdir(), "cli-args-"));
  writeFileSync(join(dir, "台账.xlsx"), generatedLedgerXlsx(8));
  writeFileSync(join(dir, "坏的.xlsx"), "不是工作簿");
  // Relative --out values land in the scratch folder, never in the repository.
  process.chdir(dir);
});
afterAll(() => process.chdir(home));

/** Runs main() in this process, catching what it writes. */
async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const o = jest.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  const e = jest.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  try {
    return { code: await main(argv), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

// Tokens a user might type, in any order; free text never holds a path separator, so nothing is written outside the scratch folder.
const token = fc.oneof(
  fc.constantFrom(
    "structure",
    "validate",
    "notices",
    "report",
    "distribute",
    "consolidate",
    "help",
    "structur",
    "",
    "-h",
    "--help",
    "-V",
    "--version",
  ),
  fc.constantFrom(
    "--json",
    "--out",
    "--units",
    "--as-of",
    "--month",
    "--from",
    "--to",
    "--date",
    "--reissue",
    "--bogus",
    "-x",
    "--",
    "--out=",
    "--json=1",
  ),
  fc.constantFrom(
    "台账.xlsx",
    "坏的.xlsx",
    "没有.xlsx",
    "结果.xlsx",
    "输出",
    "2024-06-30",
    "2025-02-30",
    "2024-13",
    "2024-05",
    "9999-99-99",
    "-1",
  ),
  fc.string({ maxLength: 8 }).filter((s) => !/[/\\~]/.test(s)),
);

test("any command line ends in exit 0, or exit 2 with one Chinese line; never an internal error (fast-check)", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(token, { maxLength: 7 }), async (argv) => {
      const r = await run(argv);
      expect(r.err).not.toMatch(/内部错误/);
      expect([0, 2]).toContain(r.code);
      if (r.code === 2) {
        const lines = r.err.split("\n").filter((l) => l.trim() !== "");
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/^错误：/);
      }
    }),
    { numRuns: 250 },
  );
}, 120_000);
