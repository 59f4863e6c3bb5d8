import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generatedLedgerXlsx } from "../helpers/generatedLedger";
import { cli } from "../helpers/cli";
import { deflatedEntry, rezip, zeroBomb, zipFile, zipParts } from "../helpers/zipFile";

let dir: string;
let ledger: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "inputs-args-"));
  ledger = join(dir, "台账.xlsx");
  writeFileSync(ledger, generatedLedgerXlsx(40));
});

function refused(args: string[], why: RegExp): void {
  const r = cli(args);
  expect(r.errors).toEqual([expect.stringMatching(why)]);
  expect(r.errors[0]).toMatch(/^错误：/);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
}

describe("damaged workbooks through the CLI: the damaged-file line, exit 2 (1)", () => {
  test("a sheet part missing", async () => {
    const parts = await zipParts(generatedLedgerXlsx(5));
    parts.delete("xl/worksheets/sheet1.xml");
    const p = join(dir, "缺部件.xlsx");
    writeFileSync(p, rezip(parts));
    for (const verb of [["structure"], ["validate"], ["report", "--month", "2024-01"]]) refused([verb[0]!, p, ...verb.slice(1)], /已损坏/);
  });

  test("a zip bomb", async () => {
    const parts = await zipParts(generatedLedgerXlsx(5));
    const entries = [...parts].map(([n, c]) => deflatedEntry(n, c));
    entries.push({ name: "xl/worksheets/sheet9.xml", data: zeroBomb(1200), method: 8, size: 1200 * 2 ** 20, crc: 0 });
    const p = join(dir, "炸弹.xlsx");
    writeFileSync(p, zipFile(entries));
    refused(["structure", p, "--json"], /解压后超过/);
  });
});

describe("impossible dates are refused, exit 2 (10)", () => {
  test.each([
    [["validate", "台账", "--as-of", "2025-02-30"], /--as-of.*2025-02-30/],
    [["validate", "台账", "--as-of", "2025-99-99"], /--as-of.*2025-99-99/],
    [["report", "台账", "--month", "2024-05", "--as-of", "2025-02-29"], /--as-of/],
    [["report", "台账", "--month", "2024-13"], /--month/],
    [["notices", "台账", "--out", "OUT", "--date", "2025-13-45"], /--date.*2025-13-45/],
    [["notices", "台账", "--out", "OUT", "--from", "2023-02-29"], /--from/],
  ])("%j", (args, why) => {
    const out = join(dir, `out-${Math.random().toString(36).slice(2)}`);
    refused(
      args.map((a) => (a === "台账" ? ledger : a === "OUT" ? out : a)),
      why,
    );
    expect(existsSync(out) && readdirSync(out).length > 0).toBe(false);
  });
});

describe("the same finding from two inputs is one finding (9)", () => {
  test("a ledger with its own structured result, and the same file twice", () => {
    const result = join(dir, "结构化结果.xlsx");
    expect(cli(["structure", ledger, "--out", result]).status).toBe(0);
    const found = (...files: string[]) => {
      const r = cli(["report", ...files, "--month", "2024-01", "--json"]);
      expect(r.status).toBe(0);
      return (JSON.parse(r.stdout) as { totals: { found: number } }).totals.found;
    };
    const once = found(ledger);
    expect(once).toBeGreaterThan(0);
    expect(found(ledger, result)).toBe(once);
    expect(found(ledger, ledger)).toBe(once);
  });
});

describe("what a text file was read as, and why nothing was found (16)", () => {
  const gb = () => readFileSync(join(__dirname, "../fixtures/export-gb18030.csv"));

  test("a GB18030 ledger behind a UTF-8 byte-order mark is read, and the encoding is named", () => {
    const p = join(dir, "带BOM.csv");
    writeFileSync(p, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), gb()]));
    const r = cli(["structure", p]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/GB18030/);
    expect(r.stdout).toMatch(/共 1 条记录/);
  });

  test("a text with no ledger says so, with the encoding and the reason", () => {
    const p = join(dir, "会议纪要.csv");
    const text = new TextEncoder().encode("会议纪要\n今天讨论了创卫工作\n下次会议时间待定\n");
    writeFileSync(p, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const r = cli(["structure", p]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/没有找到问题台账/);
    expect(r.stdout).toMatch(/UTF-8/);
    expect(r.stdout).toMatch(/表头/);
  });
});
