import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbookBytes";
import { messyLedgerXlsx } from "../helpers/messyLedger";

const BIN = resolve(__dirname, "../../bin/chuangwei.cjs");
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });

test("chuangwei notices writes 通知书.xlsx and a .docx per notice, and a rerun on its own output issues nothing", async () => {
  const dir = mkdtempSync(join(tmpdir(), "notices-"));
  const ledger = join(dir, "街道台账.xlsx");
  writeFileSync(ledger, await messyLedgerXlsx());
  const before = createHash("sha1").update(readFileSync(ledger)).digest("hex");
  const out = join(dir, "out");
  const first = run("notices", ledger, "--out", out, "--date", "2025-01-06", "--issuer", "某区创卫办", "--json");
  expect(first.status).toBe(0);
  const json = JSON.parse(first.stdout) as {
    notices: Array<{ number: string; unit: string; findings: Array<{ sheet: string; row: number }>; docx: string }>;
    skipped: unknown[];
  };
  expect(json.notices).toEqual([
    {
      number: "创卫办〔2025〕1号",
      unit: "区城市管理局",
      findings: [
        { sheet: "2024年12月", row: 7 },
        { sheet: "2024年12月", row: 8 },
      ],
      docx: join(out, "创卫办〔2025〕1号-区城市管理局.docx"),
    },
  ]);
  expect(existsSync(json.notices[0]!.docx)).toBe(true);
  const wb = readWorkbookBytes(new Uint8Array(readFileSync(join(out, "通知书.xlsx"))), "通知书.xlsx");
  expect(wb.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["标准台账", "通知书登记", "通知书", "设置"]));
  expect(createHash("sha1").update(readFileSync(ledger)).digest("hex")).toBe(before);

  const again = run("notices", join(out, "通知书.xlsx"), "--out", out, "--json");
  expect(again.status).toBe(0);
  expect(JSON.parse(again.stdout).notices).toEqual([]);
  const reissue = run("notices", join(out, "通知书.xlsx"), "--out", out, "--reissue", "--date", "2025-01-07", "--json");
  expect(JSON.parse(reissue.stdout).notices.map((n: { number: string }) => n.number)).toEqual(["创卫办〔2025〕2号"]);
}, 60_000);

test("without a 发文机关 nothing is numbered: one Chinese line, exit 2; --issuer gives it and is remembered in 设置", async () => {
  const dir = mkdtempSync(join(tmpdir(), "notices-issuer-"));
  const ledger = join(dir, "街道台账.xlsx");
  writeFileSync(ledger, await messyLedgerXlsx());
  const out = join(dir, "out");
  const refused = spawnSync(process.execPath, [BIN, "notices", ledger, "--out", out, "--date", "2025-01-06"], { encoding: "utf8" });
  expect(refused.status).toBe(2);
  expect(refused.stdout).toBe("");
  expect(refused.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^错误：还没有发文机关.*--issuer.*设置/)]);
  expect(existsSync(join(out, "通知书.xlsx"))).toBe(false);

  const issuer = "某区创建国家卫生城市工作领导小组办公室";
  const first = spawnSync(process.execPath, [BIN, "notices", ledger, "--out", out, "--date", "2025-01-06", "--issuer", issuer], {
    encoding: "utf8",
  });
  expect(first.status).toBe(0);
  expect(first.stdout).not.toMatch(/发文机关/);
  const wb = readWorkbookBytes(new Uint8Array(readFileSync(join(out, "通知书.xlsx"))), "通知书.xlsx");
  const settings = wb.sheets.find((s) => s.name === "设置")!.values;
  expect(settings.some((r) => r[0] === "通知书" && r[2] === "发文机关" && r[3] === issuer)).toBe(true);
  const sheet = wb.sheets
    .find((s) => s.name === "通知书")!
    .values.flat()
    .map(String)
    .join("\n");
  expect(sheet).toContain(issuer);
  expect(sheet).not.toContain("（发文机关）");
  // The next run on the output workbook needs no --issuer.
  const again = run("notices", join(out, "通知书.xlsx"), "--out", out, "--reissue", "--date", "2025-01-07", "--json");
  expect(again.status).toBe(0);
}, 60_000);
