import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readReplyForm } from "../../src/core/consolidate/readReplyForm";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbookBytes";
import { messyLedgerXlsx } from "../helpers/messyLedger";

const BIN = resolve(__dirname, "../../bin/chuangwei.cjs");
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });

test("chuangwei distribute writes one 交办单 per unit (--units narrows), prints the JSON contract, leaves the ledger as it was", async () => {
  const dir = mkdtempSync(join(tmpdir(), "distribute-"));
  const ledger = join(dir, "街道台账.xlsx");
  writeFileSync(ledger, await messyLedgerXlsx());
  const before = createHash("sha1").update(readFileSync(ledger)).digest("hex");
  const out = join(dir, "交办");
  const all = run("distribute", ledger, "--out", out, "--date", "2025-01-06", "--json");
  expect(all.status).toBe(0);
  const json = JSON.parse(all.stdout) as { files: Array<{ unit: string; file: string; findings: number }> };
  expect(json.files).toEqual([{ unit: "区城市管理局", file: join(out, "交办单-区城市管理局-2025-01-06.xlsx"), findings: 2 }]);
  const form = readReplyForm(readWorkbookBytes(new Uint8Array(readFileSync(json.files[0]!.file)), "x.xlsx"))!;
  expect(form.rows.map((r) => r.id)).toHaveLength(2);
  expect(createHash("sha1").update(readFileSync(ledger)).digest("hex")).toBe(before);

  const none = run("distribute", ledger, "--out", join(dir, "无"), "--units", "北山街道", "--json");
  expect(JSON.parse(none.stdout)).toEqual({ files: [] });
  expect(existsSync(join(dir, "无", "交办单-北山街道-2025-01-06.xlsx"))).toBe(false);
  const bad = run("distribute", ledger, "--out", out, "--from", "2025/1/1");
  expect(bad.status).toBe(2);
  expect(bad.stderr).toMatch(/--from 应写成 YYYY-MM-DD/);
}, 60_000);
