import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbookBytes";
import { convertWithLibreOffice, SOFFICE } from "../helpers/libreOffice";
import { roundTrip } from "../helpers/roundTrip";

const BIN = resolve(__dirname, "../../bin/chuangwei.cjs");
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
const sha = (path: string) => createHash("sha1").update(readFileSync(path)).digest("hex");

/** Each sheet's part in a package, by sheet name, with the bytes of the part and of its relationships. */
async function sheetParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels)!;
    const part = `xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, "")}`;
    const relsPart = part.replace(/([^/]+)$/, "_rels/$1.rels");
    const body = await zip.file(part)!.async("uint8array");
    const r = zip.file(relsPart) ? await zip.file(relsPart)!.async("uint8array") : new Uint8Array();
    out.set(m[1]!, createHash("sha1").update(body).update(r).digest("hex"));
  }
  return out;
}

test("chuangwei consolidate: folder in, 汇总 updated in place (only its own sheets), inputs untouched, the JSON contract", async () => {
  const trip = await roundTrip();
  const dir = mkdtempSync(join(tmpdir(), "consolidate-"));
  const replies = join(dir, "回复");
  mkdirSync(join(replies, "南湖街道"), { recursive: true });
  const paths: string[] = [];
  trip.replies.forEach((r, i) => {
    const p = i === 2 ? join(replies, "南湖街道", r.name) : join(replies, r.name);
    writeFileSync(p, r.bytes);
    const t = new Date(`${r.at.replace(" ", "T")}:00`);
    utimesSync(p, t, t);
    paths.push(p);
  });
  writeFileSync(join(replies, "~$交办回复-南湖街道.xlsx"), "lock");
  const out = join(dir, "汇总.xlsx");
  writeFileSync(out, trip.office);
  const hashes = paths.map(sha);
  const before = await sheetParts(trip.office);

  const res = run("consolidate", replies, "--out", out, "--json");
  expect(res.stderr).toMatch(/损坏\.xlsx 无法读取，已跳过/);
  expect(res.status).toBe(0);
  const json = JSON.parse(res.stdout);
  expect(Object.keys(json)).toEqual(["records", "sources", "duplicates", "conflicts", "missingUnits", "unreadable"]);
  expect(json.records).toBe(8);
  expect(json.sources.map((s: { file: string }) => s.file)).toEqual([
    trip.replies[0]!.name,
    trip.replies[1]!.name,
    `南湖街道/${trip.replies[2]!.name}`,
  ]);
  expect(Object.keys(json.sources[0])).toEqual(["file", "unit", "rows", "new", "updated", "unchanged", "skipped", "problems"]);
  expect(json.duplicates[0]).toEqual({
    kept: { file: trip.replies[1]!.name, sheet: "交办单", row: 5 },
    dropped: { file: `南湖街道/${trip.replies[2]!.name}`, sheet: "交办单", row: 5 },
  });
  expect(json.conflicts).toEqual([
    { id: trip.idOfRow.get(3), field: "status", office: "inProgress", incoming: "rectified", file: trip.replies[0]!.name },
  ]);
  expect(json.missingUnits).toEqual(["北山街道"]);
  expect(json.unreadable).toEqual([{ file: "损坏.xlsx", message: expect.any(String) }]);

  // Inputs never change; the 汇总's other sheets are the same bytes; its own sheets are new.
  expect(paths.map(sha)).toEqual(hashes);
  const updated = new Uint8Array(readFileSync(out));
  const after = await sheetParts(updated);
  for (const name of ["6月督查", "单位名录"]) expect(after.get(name)).toBe(before.get(name));
  expect(after.get("标准台账")).not.toBe(before.get("标准台账"));
  expect([...after.keys()]).toEqual(["6月督查", "单位名录", "标准台账", "更新记录", "报送记录", "报送情况"]);
  const wb = readWorkbookBytes(updated, "汇总.xlsx");
  expect(wb.sheets.find((s) => s.name === "标准台账")!.values).toHaveLength(9);
  if (SOFFICE) {
    // LibreOffice opens the spliced package and reads the same rows.
    const again = readWorkbookBytes(convertWithLibreOffice(updated, "汇总.xlsx", "xlsx")!, "汇总.xlsx");
    expect(
      again.sheets
        .find((s) => s.name === "报送情况")!
        .values.slice(1)
        .map((r) => r[1]),
    ).toEqual(["已报送", "已报送", "未报送"]);
  }

  // Run again on the updated 汇总: nothing new, the same files are duplicates.
  // 报送情况 for another batch (--batch): none of these replies answers it, so every unit is missing.
  const second = JSON.parse(run("consolidate", replies, "--out", out, "--batch", "交办-2025-07-01", "--json").stdout);
  expect(second.records).toBe(8);
  expect(second.missingUnits).toEqual(["区城市管理局", "南湖街道", "北山街道", "区教育局"]);
  expect(second.sources.every((s: { new: number; updated: number }) => s.new === 0 && s.updated === 0)).toBe(true);
}, 180_000);

test("usage errors are one Chinese line and exit 2", () => {
  const dir = mkdtempSync(join(tmpdir(), "consolidate-"));
  expect(run("consolidate", join(dir, "无"), "--out", join(dir, "h.xlsx")).stderr).toMatch(/找不到文件或文件夹/);
  const month = run("consolidate", dir, "--out", join(dir, "h.xlsx"), "--month", "2025-13");
  expect([month.status, month.stderr.trim()]).toEqual([2, "错误：--month 应写成 YYYY-MM，例如 2025-05（收到“2025-13”）"]);
  const both = run("consolidate", dir, "--out", join(dir, "h.xlsx"), "--month", "2025-06", "--batch", "交办-2025-06-06");
  expect([both.status, both.stderr.trim()]).toEqual([2, "错误：--month 和 --batch 只能选一个：报送情况按月或按交办批次统计"]);
});

test("chuangwei consolidate reads files in worker threads: the same 汇总 as in one thread, unreadable files and all", async () => {
  const trip = await roundTrip();
  const dir = mkdtempSync(join(tmpdir(), "consolidate-workers-"));
  const replies = join(dir, "回复");
  mkdirSync(replies);
  trip.replies.forEach((r) => {
    const p = join(replies, r.name);
    writeFileSync(p, r.bytes);
    const t = new Date(`${r.at.replace(" ", "T")}:00`);
    utimesSync(p, t, t);
  });
  expect(trip.replies.length).toBeGreaterThanOrEqual(3); // the CLI starts workers from three files on
  const runWith = (workers: string) => {
    const out = join(dir, `汇总-${workers}.xlsx`);
    writeFileSync(out, trip.office);
    const res = spawnSync(process.execPath, [BIN, "consolidate", replies, "--out", out, "--json"], {
      encoding: "utf8",
      env: { ...process.env, CHUANGWEI_WORKERS: workers },
    });
    expect(res.status).toBe(0);
    const ledger = readWorkbookBytes(new Uint8Array(readFileSync(out)), "汇总.xlsx").sheets.find((s) => s.name === "标准台账")!;
    return {
      json: JSON.parse(res.stdout) as unknown,
      ledger: ledger.values,
      stderr: res.stderr.split("\n").filter((l) => !/读取中/.test(l)),
    };
  };
  const inWorkers = runWith("2");
  const inOneThread = runWith("0");
  expect(inWorkers.json).toEqual(inOneThread.json);
  expect(inWorkers.ledger).toEqual(inOneThread.ledger);
  expect(inWorkers.stderr).toEqual(inOneThread.stderr);
  expect((inWorkers.json as { unreadable: unknown[] }).unreadable).toHaveLength(1);
});
