import * as XLSX from "@e965/xlsx";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbookBytes";
import { generatedLedgerRows, generatedLedgerXlsx } from "../helpers/generatedLedger";
import { cli, sha1 } from "../helpers/cli";
import { malformedParts } from "../helpers/xmlParts";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "notices-safety-"));
});

const ledgerWith = (name: string, edit: (rows: unknown[][]) => void, rows = 30): string => {
  const aoa = generatedLedgerRows(rows);
  edit(aoa);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), "台账");
  const p = join(dir, name);
  writeFileSync(p, new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer));
  return p;
};

const hashes = (folder: string) => Object.fromEntries(readdirSync(folder).map((f) => [f, sha1(join(folder, f))]));
const registerRows = (folder: string) =>
  readWorkbookBytes(new Uint8Array(readFileSync(join(folder, "通知书.xlsx"))), "通知书.xlsx")
    .sheets.find((s) => s.name === "通知书登记")!
    .values.slice(1)
    .map((r) => String(r[0]));

test("a 文号 is never issued twice, in any order of runs (5)", () => {
  const ledger = join(dir, "台账.xlsx");
  writeFileSync(ledger, generatedLedgerXlsx(30));
  const out = join(dir, "发文");
  const first = cli(["notices", ledger, "--out", out, "--date", "2025-01-06", "--issuer", "某区创卫办", "--json"]);
  expect(first.status).toBe(0);
  const workbook = join(out, "通知书.xlsx");
  const again = cli(["notices", workbook, "--out", out, "--reissue", "--date", "2025-01-07", "--json"]);
  expect(again.status).toBe(0);
  const issued = registerRows(out);
  expect(new Set(issued).size).toBe(issued.length);
  expect(issued.length).toBe(2 * (JSON.parse(first.stdout) as { notices: unknown[] }).notices.length);
  const before = hashes(out);
  // Starting over from the ledger into the same folder would issue 1号… again: refused, nothing touched.
  const restart = cli(["notices", ledger, "--out", out, "--date", "2025-01-08", "--issuer", "某区创卫办"]);
  expect(restart.status).toBe(2);
  expect(restart.errors).toEqual([expect.stringMatching(/已有本程序生成的“通知书.xlsx”/)]);
  expect(hashes(out)).toEqual(before);
  expect(registerRows(out)).toEqual(issued);
});

test("a register is never forked: a --reissue from 通知书.xlsx into another folder is refused, so a later run on it cannot issue the same 文号 (issue 12, point 6)", () => {
  const ledger = join(dir, "分叉台账.xlsx");
  writeFileSync(ledger, generatedLedgerXlsx(30));
  const home = join(dir, "登记所在");
  const units = ["--units", "南湖街道,北山街道"];
  expect(cli(["notices", ledger, "--out", home, ...units, "--date", "2025-01-06", "--issuer", "某区创卫办"]).status).toBe(0);
  const workbook = join(home, "通知书.xlsx");
  const elsewhere = join(dir, "另一个文件夹");
  const numbers = (r: { stdout: string }) => (JSON.parse(r.stdout) as { notices: Array<{ number: string }> }).notices.map((n) => n.number);
  const issued = [...registerRows(home)];
  const before = hashes(home);
  const fork = cli(["notices", workbook, "--out", elsewhere, "--reissue", "--date", "2025-01-07", "--json"]);
  expect(fork.status).toBe(2);
  expect(fork.errors).toEqual([expect.stringMatching(/^错误：.*有它自己的通知书登记.*--out/)]);
  expect(existsSync(join(elsewhere, "通知书.xlsx"))).toBe(false);
  expect(hashes(home)).toEqual(before);
  // Either order: the register's own folder goes on numbering after it; nothing issued twice.
  const onward = cli(["notices", workbook, "--out", home, "--reissue", "--date", "2025-01-08", "--json"]);
  expect(onward.status).toBe(0);
  issued.push(...numbers(onward));
  expect(new Set(issued).size).toBe(issued.length);
  expect(registerRows(home)).toEqual(issued);
  expect(cli(["notices", workbook, "--out", elsewhere, "--date", "2025-01-09"]).status).toBe(2);
});

describe("a notices run completes or leaves nothing half-issued (6)", () => {
  test("a NUL and other control characters in a unit name: every notice written, names and parts clean", async () => {
    const ledger = ledgerWith("控制字符.xlsx", (rows) => {
      rows[2]![2] = "区城\u0000市管理局";
      rows[3]![2] = "北山\u0007街道:*?";
    });
    const out = join(dir, "控制字符输出");
    const r = cli(["notices", ledger, "--out", out, "--date", "2025-01-06", "--issuer", "某区创卫办", "--json"]);
    expect(r.errors).toEqual([]);
    expect(r.status).toBe(0);
    const notices = (JSON.parse(r.stdout) as { notices: Array<{ docx: string }> }).notices;
    expect(notices.length).toBeGreaterThan(2);
    for (const n of notices) expect(existsSync(n.docx)).toBe(true);
    // eslint-disable-next-line no-control-regex
    for (const f of readdirSync(out)) expect(f).not.toMatch(/[\u0000-\u001f\\/:*?"<>|]/);
    for (const f of readdirSync(out))
      expect({ f, bad: await malformedParts(new Uint8Array(readFileSync(join(out, f)))) }).toEqual({ f, bad: [] });
  });

  test("when one file cannot be written, nothing is: no register, no notices", () => {
    const ledger = join(dir, "台账2.xlsx");
    writeFileSync(ledger, generatedLedgerXlsx(30));
    const probe = join(dir, "探路");
    const r = cli(["notices", ledger, "--out", probe, "--date", "2025-01-06", "--issuer", "某区创卫办", "--json"]);
    const second = (JSON.parse(r.stdout) as { notices: Array<{ docx: string }> }).notices[1]!.docx;
    const out = join(dir, "半途");
    mkdirSync(out);
    mkdirSync(join(out, second.split("/").pop()!)); // a folder where the 2nd notice would go
    const failed = cli(["notices", ledger, "--out", out, "--date", "2025-01-06", "--issuer", "某区创卫办"]);
    expect(failed.status).toBe(2);
    expect(readdirSync(out)).toEqual([second.split("/").pop()]);
  });
});

test("no cell is written past Excel's 32,767 characters (14)", () => {
  // 2,200 open findings of one unit: the register lists their 编号 in one cell (≈ 35,000 characters).
  const ledger = ledgerWith(
    "一个单位两千条.xlsx",
    (rows) => {
      for (const r of rows.slice(2)) {
        r[2] = "区城市管理局";
        r[7] = "未整改";
      }
      rows[2]![4] = "很".repeat(32_767);
    },
    2200,
  );
  const out = join(dir, "长单元格输出");
  expect(cli(["notices", ledger, "--out", out, "--date", "2025-01-06", "--issuer", "某区创卫办"], 60_000).status).toBe(0);
  const wb = readWorkbookBytes(new Uint8Array(readFileSync(join(out, "通知书.xlsx"))), "通知书.xlsx");
  const longest = (name: string) =>
    Math.max(...wb.sheets.find((s) => s.name === name)!.values.flatMap((row) => row.map((v) => (typeof v === "string" ? v.length : 0))));
  expect(longest("通知书登记")).toBe(32_767);
  for (const s of wb.sheets)
    expect({ sheet: s.name, longest: Math.min(longest(s.name), 32_767) }).toEqual({ sheet: s.name, longest: longest(s.name) });
}, 60_000);
