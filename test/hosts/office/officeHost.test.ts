import { createHash } from "node:crypto";
import { structureWorkbook } from "../../../src/core/structure/structureWorkbook";
import { readWorkbookBytes } from "../../../src/hosts/file/readWorkbookBytes";
import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { MAX_CHUNK_BYTES } from "../../../src/hosts/office/chunking";
import { runStructure } from "../../../src/workflows/structureWorkflow";
import { ledgerSheetPlan } from "../../../src/core/output/ledgerSheetPlan";
import type { Finding } from "../../../src/core/model/finding";
import { fakeOfficeApi, FakeWorkbook, type FakeSheet } from "../../fakes/fakeExcel";
import { fakeFromXlsx } from "../../fakes/fakeFromExcelJs";
import { messyLedgerXlsx } from "../../helpers/messyLedger";

function sheetHash(s: FakeSheet): string {
  const cells = [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b));
  return createHash("sha1")
    .update(JSON.stringify([cells, s.merges]))
    .digest("hex");
}

describe("OfficeHost on a recording fake of Excel", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await messyLedgerXlsx();
  });

  test("the core gets the same records from Excel-shaped grids as from the file host", async () => {
    const fake = await fakeFromXlsx(bytes);
    const host = new OfficeHost(fakeOfficeApi(fake, "街道台账.xlsx"));
    const fromOffice = structureWorkbook(await host.readWorkbook());
    const fromFile = structureWorkbook(readWorkbookBytes(bytes, "街道台账.xlsx"));
    expect(fromOffice.tables.map((t) => t.records)).toEqual(fromFile.tables.map((t) => t.records));
    expect(fromOffice.skipped).toEqual(fromFile.skipped);
  });

  test("reading costs two syncs plus one per chunk, whatever the number of rows", async () => {
    const fake = await fakeFromXlsx(bytes);
    const host = new OfficeHost(fakeOfficeApi(fake));
    await host.readWorkbook();
    expect(fake.syncs).toHaveLength(2 + 2); // names; used ranges + merges; one chunk per sheet
  });

  test("structuring writes 标准台账 as a table with a frozen header, leaves sources untouched, and reruns replace it", async () => {
    const fake = await fakeFromXlsx(bytes);
    const before = fake.sheets.map(sheetHash);
    const host = new OfficeHost(fakeOfficeApi(fake, "街道台账.xlsx"));
    const run = await runStructure(host);
    expect(run.counts.records).toBe(5);
    const ledger = fake.sheet("标准台账")!;
    expect(ledger.tables).toHaveLength(1);
    expect(ledger.tables[0]).toMatchObject({ address: "A1:V6", style: "TableStyleMedium2" });
    expect(ledger.frozenRows).toBe(1);
    expect(ledger.get(0, 0).value).toBe("编号");
    expect(ledger.get(1, 1)).toMatchObject({ value: 45654, format: "yyyy-mm-dd" }); // 2024-12-28
    expect(fake.sheets.slice(0, 2).map(sheetHash)).toEqual(before);

    fake.syncs = [];
    await runStructure(host);
    expect(fake.sheets.map((s) => s.name)).toEqual(["2024年12月", "统计", "标准台账"]);
    expect(fake.sheet("标准台账")!.usedBounds()).toEqual({ top: 0, left: 0, bottom: 5, right: 21 });
    // read: 2 + 3 sheets' chunks; write: look-up, recreate, 1 chunk, finish
    expect(fake.syncs).toHaveLength(5 + 4);
  });

  test("large writes (100,000 rows, formats included) go in chunks under 4 MB, one sync per chunk", async () => {
    const fake = new FakeWorkbook();
    const host = new OfficeHost(fakeOfficeApi(fake));
    const long = "公共厕所保洁不到位，地面有积水和垃圾，洗手液缺失，保洁记录未按要求填写".repeat(3);
    const findings: Finding[] = Array.from({ length: 100_000 }, (_, i) => ({
      id: `CW-${i}`,
      source: { file: "大台账.xlsx", sheet: "台账", row: i + 3 },
      inspectedOn: "2024-05-03",
      unit: "区城市管理局",
      category: "市容环境卫生",
      description: long,
      location: "解放路与人民路交叉口",
      measure: "立即整改，举一反三",
      deadline: "2024-05-10",
      status: "pending",
      rectifiedOn: null,
      owner: "张三",
      phone: "13800000000",
      noticeNo: null,
      remark: null,
    }));
    await host.writeSheet(ledgerSheetPlan(findings));
    const valueSyncs = fake.syncs.filter((s) => s.writes.some((w) => w.property === "values" && w.rows > 1));
    expect(valueSyncs.length).toBeGreaterThan(1);
    for (const s of fake.syncs) expect(s.requestBytes).toBeLessThanOrEqual(MAX_CHUNK_BYTES + 64 * 1024);
    expect(fake.syncs).toHaveLength(3 + valueSyncs.length);
    expect(fake.sheet("标准台账")!.usedBounds()!.bottom).toBe(100_000);
    expect(fake.sheet("标准台账")!.get(100_000, 4)).toMatchObject({ format: "@" });
  });

  test("reading long texts adapts the chunk size so no response exceeds the limit", async () => {
    const fake = new FakeWorkbook();
    const sheet = fake.addSheet("长文本");
    const text = "问题描述很长，".repeat(25);
    for (let r = 0; r < 4_000; r++) for (let c = 0; c < 10; c++) sheet.set(r, c, { value: `${r}-${c}${text}` });
    const grid = (await new OfficeHost(fakeOfficeApi(fake)).readWorkbook()).sheets[0]!;
    expect(grid.values).toHaveLength(4_000);
    expect(grid.values[3_999]![9]).toBe(`3999-9${text}`);
    const ok = fake.syncs.filter((s) => s.responseBytes <= 5 * 1024 * 1024);
    expect(ok.length).toBeGreaterThanOrEqual(fake.syncs.length - 1); // at most the first guess is refused and retried
  });

  test("text that starts with = is written as text, not as a formula", async () => {
    const fake = new FakeWorkbook();
    const host = new OfficeHost(fakeOfficeApi(fake));
    const f: Finding = {
      id: "CW-1",
      source: { file: "a.xlsx", sheet: "s", row: 2 },
      inspectedOn: null,
      unit: '=HYPERLINK("http://x")',
      category: null,
      description: "+1 问题",
      location: "@地点",
      measure: "-",
      deadline: null,
      status: null,
      rectifiedOn: null,
      owner: null,
      phone: null,
      noticeNo: null,
      remark: null,
    };
    await host.writeSheet(ledgerSheetPlan([f]));
    const cell = fake.sheet("标准台账")!.get(1, 2);
    expect(cell).toMatchObject({ value: '=HYPERLINK("http://x")', formula: null, format: "@" });
  });

  test("an Excel without the needed requirement sets gets a clear message", () => {
    expect(() => new OfficeHost(fakeOfficeApi(new FakeWorkbook(), "x.xlsx", false))).toThrow(/Excel 版本过旧.*ExcelApi 1\.13/);
  });

  test("the fake is strict: reading a property that was not loaded and synced fails as in Excel", async () => {
    const fake = new FakeWorkbook();
    fake.addSheet("表1").set(0, 0, { value: "x" });
    await fakeOfficeApi(fake).run(async (context) => {
      const r = context.workbook.worksheets.getItem("表1").getRangeByIndexes(0, 0, 1, 1);
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      r.load("values");
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(r.values).toEqual([["x"]]);
      expect(() => {
        r.values = [["a", "b"]];
      }).toThrow(/InvalidArgument/);
    });
  });
});
