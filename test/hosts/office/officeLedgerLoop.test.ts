import { LEDGER_COLUMNS } from "../../../src/core/output/ledgerColumns";
import { FileHost } from "../../../src/hosts/file/fileHost";
import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { listConflicts, resolveConflicts } from "../../../src/workflows/conflictsWorkflow";
import { runConsolidate } from "../../../src/workflows/consolidateWorkflow";
import { runDistribute } from "../../../src/workflows/distributeWorkflow";
import { revalidateLedgerRows } from "../../../src/workflows/liveValidation";
import { runStructure } from "../../../src/workflows/structureWorkflow";
import { ledgerWrittenLine } from "../../../src/workflows/structureSummary";
import { runValidation } from "../../../src/workflows/validateWorkflow";
import { openExcel, waitFor, type ExcelInstance } from "../../harness/excelHarness";
import { workbookFromXlsx } from "../../harness/fromXlsx";
import type { SheetModel } from "../../harness/sheetModel";
import type { WorkbookModel } from "../../harness/workbookModel";
import { messyLedgerXlsx } from "../../helpers/messyLedger";
import { roundTrip } from "../../helpers/roundTrip";

const col = (key: string): number => LEDGER_COLUMNS.findIndex((c) => c.key === key);
const letter = (key: string): string => String.fromCharCode(65 + col(key));
/** 0-based row of 标准台账 whose 问题描述 is `text`. */
const rowOf = (s: SheetModel, text: string): number => {
  for (let r = 1; r < 100; r++) if (s.cell(r, col("description")).value === text) return r;
  throw new Error(`no row ${text}`);
};

describe("标准台账 edits in Excel (harness)", () => {
  let excel: ExcelInstance | null = null;
  afterEach(() => {
    excel?.close();
    excel = null;
  });
  const open = async (): Promise<{ book: WorkbookModel; host: OfficeHost }> => {
    const book = await workbookFromXlsx(await messyLedgerXlsx());
    excel = openExcel(book, { documentUrl: "https://x/%E8%A1%97%E9%81%93%E5%8F%B0%E8%B4%A6.xlsx" });
    return { book, host: new OfficeHost(excel.api) };
  };

  test("a value typed in 标准台账 is kept by a rerun, coloured, explained in 修改说明, and judged by validation", async () => {
    const { book, host } = await open();
    await runStructure(host, { now: "2025-01-02 09:00" });
    const ledger = () => book.sheet("标准台账")!;
    expect(ledger().hiddenColumns.has(col("state"))).toBe(true);
    const r = rowOf(ledger(), "鼠迹明显");
    book.edit("标准台账", `${letter("description")}${r + 1}`, [["鼠迹明显，墙角有鼠洞"]]);
    // The unit cleared by the clerk, too: validation must flag it in 标准台账, not at the source.
    book.edit("标准台账", `${letter("unit")}${r + 1}`, [[""]]);

    await runStructure(host, { now: "2025-01-03 09:00" });
    const again = rowOf(ledger(), "鼠迹明显，墙角有鼠洞");
    expect(ledger().cell(again, col("unit")).value).toBe("");
    expect(ledger().cell(again, col("editNote")).value).toBe(
      "责任单位已在本表修改（来源为“区城市管理局”）；问题描述已在本表修改（来源为“鼠迹明显”）",
    );
    expect(ledger().formatAt(again, col("description"), "fill.color")).toBe("#E4DFEC");

    const run = await runValidation(host, { asOf: "2025-01-05" });
    expect(run.problems.find((p) => p.code === "missing-unit")).toMatchObject({
      sheet: "标准台账",
      row: again + 1,
      column: letter("unit"),
    });
    // The problem's colour over the edit colour.
    expect(ledger().formatAt(again, col("unit"), "fill.color")).toBe("#FFC7CE");
    expect(ledger().formatAt(again, col("description"), "fill.color")).toBe("#E4DFEC");
  });

  test("live checking marks a cell as edited as soon as the user changes it", async () => {
    const { book, host } = await open();
    const base = await runValidation(host, { asOf: "2025-01-05" });
    const r = rowOf(book.sheet("标准台账")!, "防鼠设施缺失");
    const seen: Array<Promise<unknown>> = [];
    const stop = await host.watchSheet("标准台账", (first, last) => seen.push(revalidateLedgerRows(host, base, first, last)));
    book.edit("标准台账", `${letter("location")}${r + 1}`, [["农贸市场北门"]]);
    await waitFor(() => seen.length === 1);
    await Promise.all(seen);
    expect(book.sheet("标准台账")!.formatAt(r, col("location"), "fill.color")).toBe("#E4DFEC");
    await stop();
  });

  test("the source changing a field the office edited: a conflict in Excel too, nothing lost, then kept", async () => {
    const { book, host } = await open();
    await runStructure(host, { now: "2025-01-02 09:00" });
    const r = rowOf(book.sheet("标准台账")!, "鼠迹明显");
    const id = String(book.sheet("标准台账")!.cell(r, col("id")).value);
    book.edit("标准台账", `${letter("description")}${r + 1}`, [["鼠迹明显，墙角有鼠洞"]]);
    book.edit("2024年12月", "D7", [["鼠迹明显（农贸市场东侧）"]]);
    const run = await runStructure(host, { now: "2025-01-04 10:00" });
    expect(run.merge.conflicts).toBe(1);
    // The pane says so, not only the cell's colour.
    expect(ledgerWrittenLine(run)).toMatch(/1 条记录的源表也改了本表改过的值.*“汇总”面板/);
    const ledger = book.sheet("标准台账")!;
    const at = rowOf(ledger, "鼠迹明显，墙角有鼠洞");
    expect(ledger.cell(at, col("id")).value).toBe(id);
    expect(ledger.formatAt(at, col("description"), "fill.color")).toBe("#F8CBAD");
    expect(await listConflicts(host)).toEqual([
      { id, field: "description", office: "鼠迹明显，墙角有鼠洞", incoming: "鼠迹明显（农贸市场东侧）", file: "街道台账.xlsx" },
    ]);
    await resolveConflicts(host, [{ id, field: "description", choice: "keep" }], "2025-01-04 11:00");
    expect(await listConflicts(host)).toEqual([]);
    expect(book.sheet("标准台账")!.cell(at, col("editNote")).value).toBe("问题描述已在本表修改（来源为“鼠迹明显（农贸市场东侧）”）");
    const history = book.sheet("更新记录")!;
    expect([history.cell(1, 2).value, history.cell(2, 2).value]).toEqual(["冲突待确认", "保留办公室值"]);
  });
});

describe("the monthly loop with the 汇总 workbook open in Excel (harness)", () => {
  let excel: ExcelInstance | null = null;
  afterEach(() => {
    excel?.close();
    excel = null;
  });

  test("files picked in the pane are read in the browser and consolidated into the open workbook", async () => {
    const trip = await roundTrip();
    const book = await workbookFromXlsx(trip.office);
    const sources = JSON.stringify([...book.sheet("6月督查")!.rows.entries()]);
    excel = openExcel(book, { documentUrl: "https://x/%E6%B1%87%E6%80%BB.xlsx" });
    const host = new OfficeHost(excel.api);
    const run = await runConsolidate(
      host,
      // As the pane reads picked files: bytes in the browser, through the file host.
      trip.replies.map((r) => ({ name: r.name, at: r.at, read: () => new FileHost(r.bytes, r.name).readWorkbook() })),
      { now: "2025-06-10 09:00" },
    );
    expect(run.records).toBe(8);
    expect(run.sources.map((s) => [s.new, s.updated, s.unchanged, s.skipped])).toEqual([
      [1, 2, 0, 0],
      [0, 1, 1, 0],
      [0, 0, 0, 2],
    ]);
    expect(run.conflicts).toEqual([
      { id: trip.idOfRow.get(3), field: "status", office: "inProgress", incoming: "rectified", file: trip.replies[0]!.name },
    ]);
    expect(run.missingUnits).toEqual(["北山街道"]);
    expect(run.failed.map((f) => f.file)).toEqual(["损坏.xlsx"]);

    expect(book.sheetNames).toEqual(expect.arrayContaining(["6月督查", "单位名录", "标准台账", "更新记录", "报送记录", "报送情况"]));
    expect(JSON.stringify([...book.sheet("6月督查")!.rows.entries()])).toBe(sources);
    const ledger = book.sheet("标准台账")!;
    expect(ledger.usedRect(true)!.r1).toBe(8);
    const office = rowOf(ledger, "墙面乱张贴小广告");
    expect(ledger.formatAt(office, col("description"), "fill.color")).toBe("#E4DFEC");
    const status = book.sheet("报送情况")!;
    expect([1, 2, 3].map((r) => [status.cell(r, 0).value, status.cell(r, 1).value])).toEqual([
      ["区城市管理局", "已报送"],
      ["南湖街道", "已报送"],
      ["北山街道", "未报送"],
    ]);
  }, 120_000);

  test("in Excel: 交办单 from the open workbook are recorded in 交办记录, and a conflict is decided by 采用报送", async () => {
    const trip = await roundTrip();
    const book = await workbookFromXlsx(trip.office);
    excel = openExcel(book, { documentUrl: "https://x/%E6%B1%87%E6%80%BB.xlsx" });
    const host = new OfficeHost(excel.api);
    const out = await runDistribute(host, { issuedOn: "2025-06-06", record: true });
    // The same forms as the file host makes from the same workbook.
    const file = await runDistribute(new FileHost(trip.office, "汇总.xlsx"), { issuedOn: "2025-06-06" });
    expect(out.forms.map((f) => [f.unit, f.rows.length])).toEqual(file.forms.map((f) => [f.unit, f.rows.length]));
    expect(out.forms.length).toBeGreaterThan(0);
    const batches = book.sheet("交办记录")!;
    expect(batches.cell(1, 0).value).toBe(out.batch);
    expect(batches.usedRect(true)!.r1).toBe(out.forms.length);

    const run = await runConsolidate(
      host,
      trip.replies.map((r) => ({ name: r.name, at: r.at, read: () => new FileHost(r.bytes, r.name).readWorkbook() })),
      { now: "2025-06-10 09:00" },
    );
    const [conflict] = run.conflicts;
    expect(conflict).toMatchObject({ field: "status", office: "inProgress", incoming: "rectified" });
    await resolveConflicts(host, [{ id: conflict!.id, field: "status", choice: "take" }], "2025-06-10 10:00");
    expect(await listConflicts(host)).toEqual([]);
    const ledger = book.sheet("标准台账")!;
    const at = [...Array(20).keys()].find((r) => ledger.cell(r, col("id")).value === conflict!.id)!;
    expect(ledger.cell(at, col("status")).value).toBe("已整改");
    const history = book.sheet("更新记录")!;
    const kinds = Array.from({ length: history.usedRect(true)!.r1 }, (_, r) => history.cell(r + 1, 2).value);
    expect(kinds).toContain("采用报送值");
  }, 120_000);
});
