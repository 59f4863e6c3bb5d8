import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { StructureJsonSchema } from "../../src/core/output/structureJson";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbookBytes";
import { messyLedgerXlsx } from "../helpers/messyLedger";

const BIN = resolve(__dirname, "../../bin/chuangwei.cjs");
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
const sha1 = (p: string) => createHash("sha1").update(readFileSync(p)).digest("hex");

describe("chuangwei structure", () => {
  let dir: string;
  let ledger: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "chuangwei-"));
    ledger = join(dir, "街道台账.xlsx");
    writeFileSync(ledger, await messyLedgerXlsx());
  });

  test("--json prints exactly the contract, nothing else", () => {
    const r = run("structure", ledger, "--json");
    expect(r.status).toBe(0);
    const json = StructureJsonSchema.parse(JSON.parse(r.stdout));
    expect(json.file).toBe("街道台账.xlsx");
    expect(json.tables[0]).toMatchObject({
      sheet: "2024年12月",
      kind: "findings",
      headerRows: [3, 4],
      columns: { unit: "C", inspectedOn: "B" },
    });
    expect(json.tables[0]!.records[0]).toMatchObject({
      sourceRow: 6,
      inspectedOn: "2024-12-28",
      unit: "区城市管理局",
      deadline: "2025-01-05",
      status: "rectified",
    });
    expect(json.tables[0]!.problems).toContainEqual({
      row: 12,
      column: "B",
      field: "inspectedOn",
      severity: "error",
      code: "date-impossible",
      message: "检查日期不是真实存在的日期：“2024.6.31”",
    });
    expect(json.skipped).toEqual([{ sheet: "统计", code: "summary", reason: "汇总/统计表（不是台账）" }]);
  }, 30_000);

  test("--out writes the structured workbook and never touches the source", () => {
    const before = sha1(ledger);
    const out = join(dir, "结果.xlsx");
    expect(run("structure", ledger, "--out", out).status).toBe(0);
    expect(sha1(ledger)).toBe(before);
    const result = readWorkbookBytes(new Uint8Array(readFileSync(out)), "结果.xlsx");
    expect(result.sheets.map((s) => s.name)).toEqual(["2024年12月", "统计", "标准台账"]);
    expect(result.sheets[2]!.values).toHaveLength(6);
    // Rerunning on the result replaces 标准台账 instead of adding to it.
    const again = join(dir, "结果2.xlsx");
    expect(run("structure", out, "--out", again).status).toBe(0);
    expect(readWorkbookBytes(new Uint8Array(readFileSync(again)), "x.xlsx").sheets[2]!.values).toHaveLength(6);
    expect(run("structure", ledger, "--out", ledger).status).toBe(2);
    expect(sha1(ledger)).toBe(before);
  }, 30_000);

  test.each([
    ["not a workbook", "假的.xlsx", Buffer.from("这不是工作簿"), /不是有效的 Excel 工作簿/],
    ["truncated", "截断.xlsx", null, /已损坏或不完整/],
    ["empty", "空.csv", Buffer.alloc(0), /是空的/],
    ["missing", "不存在.xlsx", undefined, /找不到文件/],
  ])(
    "a bad file (%s) gives one Chinese line and exit code 2",
    async (_, name, content, message) => {
      const p = join(dir, name);
      if (content === null) writeFileSync(p, Buffer.from(await messyLedgerXlsx()).subarray(0, 2000));
      else if (content !== undefined) writeFileSync(p, content);
      const r = run("structure", p, "--json");
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      const lines = r.stderr.split("\n").filter((l) => l.trim() !== "" && !/npm warn/.test(l));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
    },
    30_000,
  );
});
