/**
 * The harness itself: Office.js's real request serializer against the workbook model, enforcing what
 * Excel enforces. Each test drives Excel.run in the harness window as an add-in would.
 */
import { openExcel, type ExcelInstance } from "./excelHarness";
import { WorkbookModel } from "./workbookModel";

let open: ExcelInstance[] = [];
function excel(book: WorkbookModel, opts = {}): ExcelInstance {
  const e = openExcel(book, opts);
  open.push(e);
  return e;
}
afterEach(() => {
  for (const e of open) e.close();
  open = [];
});

const code = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
    return "ok";
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
};

describe("the harness answers Office.js's real requests as Excel would", () => {
  test("properties must be loaded and synced before they are read (Office.js's own check)", async () => {
    const book = new WorkbookModel();
    book.addSheet("表1", [["x"]]);
    const { Excel } = excel(book);
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("表1").getRange("A1");
      expect(() => r.values).toThrow(/not available/);
      r.load("values");
      expect(() => r.values).toThrow(/not available/);
      await context.sync();
      expect(r.values).toEqual([["x"]]);
    });
  });

  test("values are coerced as Excel coerces typed text; text cells keep what they are given", async () => {
    const book = new WorkbookModel();
    const s = book.addSheet("表1");
    const { Excel } = excel(book);
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("表1");
      ws.getRange("A2:F2").numberFormat = [["@", "@", "@", "@", "@", "@"]];
      const row = ["00123", "2024-05-01", "'007", "=1+1", "TRUE", "50%"];
      ws.getRange("A1:F1").values = [row];
      ws.getRange("A2:F2").values = [row];
      await context.sync();
    });
    expect([0, 1, 2, 3, 4, 5].map((c) => s.cell(0, c).value)).toEqual([123, 45413, "007", "", true, 0.5]);
    expect(s.cell(0, 1).numberFormat).toBe("yyyy/m/d");
    expect(s.cell(0, 3).formula).toBe("=1+1");
    expect([0, 1, 2, 3, 4, 5].map((c) => s.cell(1, c).value)).toEqual(["00123", "2024-05-01", "'007", "=1+1", "TRUE", "50%"]);
  });

  test("a text over 32,767 characters, a values array of the wrong shape, a row over 409 pt are refused", async () => {
    const book = new WorkbookModel();
    book.addSheet("表1");
    const { Excel } = excel(book);
    const write = (f: (ws: Excel.Worksheet) => void) =>
      Excel.run(async (context) => {
        f(context.workbook.worksheets.getItem("表1"));
        await context.sync();
      });
    expect(await code(write((ws) => (ws.getRange("A1").values = [["字".repeat(32_768)]])))).toBe("InvalidArgument");
    expect(await code(write((ws) => (ws.getRange("A1").values = [["字".repeat(32_767)]])))).toBe("ok");
    expect(await code(write((ws) => (ws.getRange("A1:B1").values = [["a"]])))).toBe("InvalidArgument");
    expect(await code(write((ws) => (ws.getRange("A1").format.rowHeight = 410)))).toBe("InvalidArgument");
  });

  test("getUsedRange(valuesOnly) leaves out cells that only carry a format", async () => {
    const book = new WorkbookModel();
    book.addSheet("模板", [["标题"], ["a"]]);
    const { Excel } = excel(book);
    const addresses = await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("模板");
      ws.getRange("A1:H5000").format.borders.getItem("EdgeBottom").style = "Continuous";
      const all = ws.getUsedRange(false);
      const values = ws.getUsedRange(true);
      all.load("address");
      values.load("address");
      await context.sync();
      return [all.address, values.address];
    });
    expect(addresses).toEqual(["模板!A1:H5000", "模板!A1:A2"]);
  });

  test("getSelectedRange fails on a selection of several areas; getSelectedRanges reads them", async () => {
    const book = new WorkbookModel();
    book.addSheet("表1");
    book.select("表1", "A2:B3,D7");
    const { Excel } = excel(book);
    expect(
      await code(
        Excel.run(async (context) => {
          context.workbook.getSelectedRange().load("address");
          await context.sync();
        }),
      ),
    ).toBe("InvalidSelection");
    const areas = await Excel.run(async (context) => {
      const sel = context.workbook.getSelectedRanges();
      sel.areas.load("items/address");
      await context.sync();
      return sel.areas.items.map((a) => a.address);
    });
    expect(areas).toEqual(["表1!A2:B3", "表1!D7"]);
  });

  test("deleting a sheet turns references to it into #REF! and takes its event handlers with it", async () => {
    const book = new WorkbookModel();
    book.addSheet("单位名录", [["单位名称"], ["区城管局"]]);
    const other = book.addSheet("汇总", [["=COUNTA(单位名录!A:A)"]]);
    const ledger = book.addSheet("台账", [["责任单位"], ["区城管局"]]);
    ledger.validations.push({
      rect: { r0: 1, c0: 0, r1: 99, c1: 0 },
      rule: { list: { inCellDropDown: true, source: "=单位名录!$A$2:$A$2" } },
    });
    const { Excel } = excel(book);
    const heard: string[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("单位名录").onChanged.add(async (e) => void heard.push(e.address));
      await context.sync();
    });
    book.edit("单位名录", "A3", [["新单位"]]);
    await new Promise((r) => setTimeout(r, 20));
    expect(heard).toEqual(["A3"]);
    expect(book.listItems(ledger, 1, 0)).toEqual(["区城管局"]);

    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("单位名录").delete();
      context.workbook.worksheets.add("单位名录");
      await context.sync();
    });
    expect(other.cell(0, 0).formula).toBe("=COUNTA(#REF!)");
    expect(book.listItems(ledger, 1, 0)).toBeNull();
    book.edit("单位名录", "A3", [["新单位"]]);
    await new Promise((r) => setTimeout(r, 20));
    expect(heard).toEqual(["A3"]); // the new sheet of the same name has no handler
  });

  test("onChanged reports whole rows, whole columns and several areas as Excel writes them", async () => {
    const book = new WorkbookModel();
    book.addSheet("台账", [["a"], ["b"], ["c"]]);
    const { Excel } = excel(book);
    const heard: Array<[string, string]> = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("台账").onChanged.add(async (e) => void heard.push([e.address, e.changeType]));
      await context.sync();
    });
    book.insertRows("台账", 2, 1);
    book.editColumn("台账", "C", "x");
    book.clearCells("台账", "A2:B3,D7");
    await new Promise((r) => setTimeout(r, 20));
    expect(heard).toEqual([
      ["2:2", "RowInserted"],
      ["C:C", "RangeEdited"],
      ["A2:B3,D7", "RangeEdited"],
    ]);
  });

  test("rows inserted or deleted move formats, validations, merges and links with their cells, as in Excel", async () => {
    const book = new WorkbookModel();
    const s = book.addSheet(
      "台账",
      Array.from({ length: 12 }, (_, r) => [`r${r + 1}`, null]),
    );
    s.setFormat({ r0: 9, c0: 0, r1: 9, c1: 1 }, "fill.color", "#FFC7CE");
    s.validations.push({ rect: { r0: 1, c0: 1, r1: 11, c1: 1 }, rule: { list: { source: "是,否" } } });
    s.merges.push({ r0: 6, c0: 0, r1: 7, c1: 0 });
    s.links.set("10,0", { address: "'5月'!C11" });
    book.insertRows("台账", 3, 2);
    expect(s.cell(11, 0).value).toBe("r10");
    expect(s.formatAt(11, 0, "fill.color")).toBe("#FFC7CE");
    expect(s.formatAt(9, 0, "fill.color")).toBeUndefined();
    expect(s.validations[0]!.rect).toMatchObject({ r0: 1, r1: 13 });
    expect(s.merges[0]).toMatchObject({ r0: 8, r1: 9 });
    expect([...s.links.keys()]).toEqual(["12,0"]);
    book.deleteRows("台账", 9, 2); // the merged rows go
    expect(s.merges).toEqual([]);
    expect(s.formatAt(9, 0, "fill.color")).toBe("#FFC7CE");
    expect(s.validations[0]!.rect).toMatchObject({ r0: 1, r1: 11 });
  });

  test("while the user edits a cell a batch fails, unless it was run with delayForCellEdit (then it waits)", async () => {
    const book = new WorkbookModel();
    book.addSheet("表1", [["x"]]);
    const { Excel } = excel(book);
    const read = (delayForCellEdit: boolean) =>
      Excel.run({ delayForCellEdit }, async (context) => {
        const r = context.workbook.worksheets.getItem("表1").getRange("A1");
        r.load("values");
        await context.sync();
        return r.values[0]![0];
      });
    book.beginCellEdit();
    expect(await code(read(false))).toBe("InvalidOperationInCellEditMode");
    const waiting = read(true);
    setTimeout(() => book.endCellEdit(), 10);
    expect(await waiting).toBe("x");
  });

  test("a request over 5 MB is refused whole, before anything in it is done", async () => {
    const book = new WorkbookModel();
    const s = book.addSheet("表1");
    const e = excel(book);
    const big = Array.from({ length: 20_000 }, (_, i) => [`第${i}行：${"很长的问题描述".repeat(12)}`]);
    const result = await code(
      e.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("表1");
        ws.getRange("B1").values = [["先写的"]];
        ws.getRange(`A1:A${big.length}`).values = big;
        await context.sync();
      }),
    );
    expect(result).toBe("RequestPayloadSizeLimitExceeded");
    expect(e.syncs[0]!.requestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(s.cell(0, 1).value).toBe("");
  });

  test("a failing action leaves the actions before it done, as Excel does", async () => {
    const book = new WorkbookModel();
    book.addSheet("表1", [["x"]]);
    const { Excel } = excel(book);
    const result = await code(
      Excel.run(async (context) => {
        context.workbook.worksheets.add("新表");
        context.workbook.worksheets.getItem("表1").delete();
        context.workbook.worksheets.getItem("不存在").getRange("A1").values = [["y"]];
        await context.sync();
      }),
    );
    expect(result).toBe("ItemNotFound");
    expect(book.sheetNames).toEqual(["新表"]);
  });

  test("Excel's limits: 255-character list sources, 65,530 hyperlinks and 1,026 manual page breaks per sheet", async () => {
    const book = new WorkbookModel();
    book.addSheet("表1");
    const { Excel } = excel(book);
    const run = (f: (ws: Excel.Worksheet) => void) =>
      code(
        Excel.run(async (context) => {
          f(context.workbook.worksheets.getItem("表1"));
          await context.sync();
        }),
      );
    const list = (n: number) => Array.from({ length: n }, (_, i) => `单位${i}`).join(",");
    expect(await run((ws) => (ws.getRange("A2:A9").dataValidation.rule = { list: { inCellDropDown: true, source: list(80) } }))).toBe(
      "InvalidArgument",
    );
    expect(await run((ws) => (ws.getRange("A2:A9").dataValidation.rule = { list: { inCellDropDown: true, source: list(10) } }))).toBe("ok");
    expect(await run((ws) => Array.from({ length: 1_027 }, (_, i) => ws.horizontalPageBreaks.add(`A${i + 2}`)))).toBe("InvalidOperation");
    expect(
      await run((ws) => {
        ws.getRange("A1:A65531").hyperlink = { documentReference: "'表1'!B1", textToDisplay: "链接" };
      }),
    ).toBe("GeneralException");
  });

  test("one dialog at a time: a second fails with 12007 until the first is closed, which takes a moment", async () => {
    const book = new WorkbookModel();
    book.addSheet("表1");
    const { Office, dialogs } = excel(book);
    const show = () =>
      new Promise<{ status: string; code?: number }>((resolve) =>
        Office.context.ui.displayDialogAsync("https://localhost:3000/print.html", {}, (r) =>
          resolve({ status: String(r.status), code: r.error?.code }),
        ),
      );
    expect(await show()).toEqual({ status: "succeeded", code: undefined });
    expect(await show()).toEqual({ status: "failed", code: 12007 });
    dialogs.current!.dialog.close();
    expect(await show()).toEqual({ status: "failed", code: 12007 });
    await new Promise((r) => setTimeout(r, 60));
    expect((await show()).status).toBe("succeeded");
  });
});
