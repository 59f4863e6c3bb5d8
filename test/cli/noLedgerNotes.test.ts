import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StructureJsonSchema } from "../../src/core/output/structureJson";
import { generatedLedgerXlsx } from "../helpers/generatedLedger";
import { cli } from "../helpers/cli";

/** Issue 12, point 7: what the text lines say about a file (its encoding, that it holds no ledger) is in the JSON and the report too. */
let dir: string;
let notes: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "no-ledger-"));
  notes = join(dir, "notes.csv");
  writeFileSync(notes, "备注\n今天开会\n");
});

test("structure --json on GB18030 behind a UTF-8 byte-order mark carries the encoding and why (an additive key)", () => {
  const gb = readFileSync(join(__dirname, "../fixtures/export-gb18030.csv"));
  const file = join(dir, "导出.csv");
  writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), gb]));
  const r = cli(["structure", file, "--json"]);
  expect(r.status).toBe(0);
  const json = JSON.parse(r.stdout);
  expect(StructureJsonSchema.safeParse(json).success).toBe(true);
  expect(json.notes).toEqual({ encoding: "gb18030", encodingNote: expect.stringMatching(/UTF-8.*GB18030/) });
});

test("structure --json on a CSV with no ledger says why in the JSON as well as on stderr", () => {
  const r = cli(["structure", notes, "--json"]);
  expect(r.status).toBe(0);
  const json = JSON.parse(r.stdout);
  expect(json.tables).toEqual([]);
  expect(json.notes).toEqual({ encoding: "utf-8", noLedger: expect.stringMatching(/^没有找到问题台账：notes：没有找到表头/) });
});

test("structure --json on a ledger adds nothing to the contract", () => {
  const ledger = join(dir, "台账.xlsx");
  writeFileSync(ledger, generatedLedgerXlsx(5));
  expect(Object.keys(JSON.parse(cli(["structure", ledger, "--json"]).stdout))).toEqual(["file", "tables", "skipped"]);
});

test("report on a file with no ledger says there is none (exit 2, nothing written) instead of 未发现新问题", () => {
  const out = join(dir, "月报.xlsx");
  const r = cli(["report", notes, "--month", "2025-05", "--out", out]);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.errors).toEqual([expect.stringMatching(/^错误：没有找到问题台账：“notes.csv”（notes：没有找到表头/)]);
  expect(existsSync(out)).toBe(false);
});

test("report over a ledger and a file with no ledger reports the ledger and names the other", () => {
  const ledger = join(dir, "台账2.xlsx");
  writeFileSync(ledger, generatedLedgerXlsx(20));
  const r = cli(["report", ledger, notes, "--month", "2024-01"]);
  expect(r.status).toBe(0);
  expect(r.errors).toEqual([expect.stringMatching(/^注意：没有找到问题台账，未计入月报：“notes.csv”/)]);
});

test("cells set aside far outside a sheet's data block are said, in the summary and in --json", async () => {
  const { partText, rezip, zipParts } = await import("../helpers/zipFile");
  const parts = await zipParts(generatedLedgerXlsx(28));
  const sheet = partText(parts, "xl/worksheets/sheet1.xml").replace(
    "</sheetData>",
    '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
  );
  const file = join(dir, "远处有字.xlsx");
  writeFileSync(file, await rezip(new Map([...parts, ["xl/worksheets/sheet1.xml", new TextEncoder().encode(sheet)]])));
  const text = cli(["structure", file]);
  expect(text.status).toBe(0);
  expect(text.stdout).toMatch(/工作表“台账”中远离数据区（A1:K30）的 1 个单元格未读取/);
  const json = JSON.parse(cli(["structure", file, "--json"]).stdout);
  expect(json.notes.setAside).toEqual([{ sheet: "台账", cells: 1, kept: "A1:K30" }]);
});
