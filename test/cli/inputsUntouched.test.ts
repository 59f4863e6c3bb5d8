import * as XLSX from "@e965/xlsx";
import { copyFileSync, linkSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generatedLedgerXlsx } from "../helpers/generatedLedger";
import { cli, sha1 } from "../helpers/cli";

test("every verb leaves every input byte for byte as it was", () => {
  const dir = mkdtempSync(join(tmpdir(), "untouched-"));
  const ledger = join(dir, "台账.xlsx");
  writeFileSync(ledger, generatedLedgerXlsx(60));
  const registry = join(dir, "单位名录.xlsx");
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["单位名称"], ["区城市管理局"], ["北山街道"]]), "单位名录");
  writeFileSync(registry, new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer));
  const csv = join(dir, "导出.csv");
  copyFileSync(join(__dirname, "../fixtures/export-gb18030.csv"), csv);
  const legacy = join(dir, "旧版.xls");
  writeFileSync(
    legacy,
    new Uint8Array(XLSX.write(XLSX.read(generatedLedgerXlsx(20)), { type: "array", bookType: "biff8" }) as ArrayBuffer),
  );
  const inputs = [ledger, registry, csv, legacy];
  const before = inputs.map(sha1);
  const out = (name: string) => join(dir, name);
  const runs: string[][] = [
    ["structure", ledger, "--json"],
    ["structure", ledger, "--out", out("s.xlsx")],
    ["structure", csv, "--out", out("s-csv.xlsx")],
    ["structure", legacy, "--out", out("s-xls.xlsx")],
    ["validate", ledger, "--json", "--as-of", "2024-06-30"],
    ["validate", ledger, "--units", registry, "--out", out("v.xlsx"), "--as-of", "2024-06-30"],
    ["validate", legacy, "--out", out("v-xls.xlsx")],
    ["notices", ledger, "--out", out("n"), "--date", "2025-01-06", "--issuer", "某区创卫办", "--json"],
    ["notices", csv, "--out", out("n-csv"), "--date", "2025-01-06", "--issuer", "某区创卫办"],
    ["report", ledger, legacy, csv, "--month", "2024-03", "--json"],
    ["report", ledger, legacy, "--month", "2024-03", "--out", out("r.xlsx")],
    ["distribute", ledger, "--out", out("d"), "--date", "2025-01-06", "--json"],
    ["distribute", legacy, "--out", out("d-xls"), "--date", "2025-01-06"],
    ["consolidate", ledger, csv, legacy, "--units", registry, "--out", out("c.xlsx"), "--json"],
    // A folder holding every input (the --units registry too), and the 汇总 it updates.
    ["consolidate", dir, "--units", registry, "--out", out("汇总.xlsx"), "--month", "2024-03"],
    ["consolidate", dir, "--units", registry, "--out", out("汇总.xlsx"), "--month", "2024-03"],
  ];
  for (const args of runs) {
    const r = cli(args);
    // consolidate's progress lines ([2/5] 文件 新增 …) go to stderr; files it cannot read are reported there too.
    const errors = r.errors.filter((l) => !l.startsWith("注意") && !/^\[\d+\/\d+\] .*(新增|内容相同|已跳过)/.test(l));
    expect({ args, status: r.status, errors }).toEqual({ args, status: 0, errors: [] });
    expect({ args, hashes: inputs.map(sha1) }).toEqual({ args, hashes: before });
  }
  // An --out that is an input (the --units registry, or a hard link to the ledger) is refused, touching nothing.
  const hard = out("硬链接.xlsx");
  linkSync(ledger, hard);
  const refusals: string[][] = [
    ["consolidate", ledger, "--units", registry, "--out", registry],
    ["consolidate", ledger, csv, "--out", hard],
    ["report", ledger, "--month", "2024-03", "--out", hard],
  ];
  for (const args of refusals) {
    const r = cli(args);
    expect({ args, status: r.status, hashes: inputs.map(sha1) }).toEqual({ args, status: 2, hashes: before });
  }
}, 120_000);
