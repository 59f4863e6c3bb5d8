import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readReplyForm } from "../../../src/core/consolidate/readReplyForm";
import { FileHost } from "../../../src/hosts/file/fileHost";
import { readWorkbookBytes } from "../../../src/hosts/file/readWorkbookBytes";
import { writeReplyForm } from "../../../src/hosts/file/writeReplyForm";
import { runDistribute } from "../../../src/workflows/distributeWorkflow";
import { runStructure } from "../../../src/workflows/structureWorkflow";
import { messyLedgerXlsx } from "../../helpers/messyLedger";
import { announceNoLibreOffice, convertWithLibreOffice, SOFFICE } from "../../helpers/libreOffice";

async function forms() {
  const host = new FileHost(await messyLedgerXlsx(), "街道台账.xlsx");
  const structure = await runStructure(host);
  const run = await runDistribute(host, { issuedOn: "2025-01-06" });
  return { structure, run };
}

async function sheetOf(bytes: Uint8Array, name: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.getWorksheet(name)!;
}

describe("交办单 (distribute)", () => {
  test("one form per unit with its open findings only, in a batch that knows its units", async () => {
    const { structure, run } = await forms();
    const open = structure.ledger.filter((f) => f.status === "pending" || f.status === "inProgress" || f.status === "relapsed");
    expect(run.batch).toBe("交办-2025-01-06");
    expect(run.replyBy).toBe("2025-01-13");
    expect(run.forms.map((f) => f.unit).sort()).toEqual([...new Set(open.map((f) => f.unit!))].sort());
    expect(run.forms.flatMap((f) => f.findingIds).sort()).toEqual(open.map((f) => f.id).sort());
    expect(run.forms[0]!.info).toContainEqual(["本批次单位", run.forms.map((f) => f.unit).join("、")]);
  });

  test("the workbook: locked finding, unlocked reply columns with dropdown and date check, protection without password, A4", async () => {
    const { run } = await forms();
    const form = run.forms[0]!;
    const ws = await sheetOf(await writeReplyForm(form), "交办单");
    expect(ws.getCell("A1").text).toBe("创卫问题整改交办单");
    expect(ws.getCell("A4").text).toBe("编号");
    expect(ws.getCell("A5").text).toBe(form.findingIds[0]);
    // Locked is Excel's default for a cell; exceljs reports only what differs.
    expect(ws.getCell("A5").protection?.locked).not.toBe(false);
    expect(ws.getCell("D5").protection?.locked).not.toBe(false);
    for (const col of ["H", "I", "J", "K", "L"]) expect(ws.getCell(`${col}5`).protection).toMatchObject({ locked: false });
    expect(ws.getCell("H5").dataValidation).toMatchObject({ type: "list", formulae: ['"已整改,整改中,未整改"'] });
    expect(ws.getCell("I5").dataValidation).toMatchObject({ type: "date", operator: "greaterThan" });
    // A spare row below is open (except 编号), so a unit can add what it found.
    const spare = 5 + form.rows.length;
    expect(ws.getCell(`D${spare}`).protection).toMatchObject({ locked: false });
    expect(ws.getCell(`A${spare}`).protection?.locked).not.toBe(false);
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection.hashValue).toBeUndefined();
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1, printTitlesRow: "4:4" });
  });

  test("a form reads back by 编号, with its batch, and a row the unit added", async () => {
    const { run } = await forms();
    const form = run.forms.find((f) => f.rows.length >= 1)!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeReplyForm(form)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("交办单")!;
    ws.getCell("H5").value = "已整改";
    ws.getCell("I5").value = new Date(Date.UTC(2025, 0, 8));
    ws.getCell("J5").value = "已清理并加装防鼠网";
    const added = 5 + form.rows.length;
    ws.getCell(`B${added}`).value = "2025.1.7";
    ws.getCell(`D${added}`).value = "下水道口有鼠迹";
    ws.getCell(`H${added}`).value = "未整改";
    const reply = readReplyForm(readWorkbookBytes(new Uint8Array(await wb.xlsx.writeBuffer()), "回复.xlsx"))!;
    expect(reply.unit).toBe(form.unit);
    expect(reply.batch).toEqual({
      batch: "交办-2025-01-06",
      issuedOn: "2025-01-06",
      replyBy: "2025-01-13",
      units: run.forms.map((f) => f.unit),
    });
    expect(reply.rows[0]).toMatchObject({
      id: form.findingIds[0],
      finding: { status: "rectified", rectifiedOn: "2025-01-08", measure: "已清理并加装防鼠网" },
    });
    expect(reply.rows.at(-1)).toMatchObject({
      id: null,
      finding: { description: "下水道口有鼠迹", inspectedOn: "2025-01-07", status: "pending", unit: form.unit },
    });
    expect(reply.problems).toEqual([]);
  });

  test("opened and saved by LibreOffice (as .xlsx and as .xls), the form keeps its 编号, protection, validation and batch", async () => {
    announceNoLibreOffice("LibreOffice round trip of 交办单");
    if (!SOFFICE) return;
    const { run } = await forms();
    const form = run.forms[0]!;
    const bytes = await writeReplyForm(form);
    for (const format of ["xlsx", "xls"] as const) {
      const saved = convertWithLibreOffice(bytes, form.fileName, format)!;
      const reply = readReplyForm(readWorkbookBytes(saved, `回复.${format}`))!;
      expect(reply.rows.filter((r) => r.id).map((r) => r.id)).toEqual(form.findingIds);
      expect(reply.batch?.batch).toBe(run.batch);
      if (format === "xlsx") {
        const ws = await sheetOf(saved, "交办单");
        const zip = await JSZip.loadAsync(saved);
        const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
        expect(sheetXml).toMatch(/<sheetProtection sheet="(true|1)"/);
        expect(sheetXml).not.toMatch(/<sheetProtection[^>]*(hashValue|password)=/);
        // LibreOffice writes booleans as true/false, which exceljs does not read: look at the XML.
        const styles = await zip.file("xl/styles.xml")!.async("string");
        const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!.match(/<xf [^>]*\/>|<xf [^>]*>[\s\S]*?<\/xf>/g)!;
        const locked = (ref: string) => !/locked="(false|0)"/.test(xfs[Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheetXml)![1])]!);
        expect(locked("H5")).toBe(false);
        expect(locked("A5")).toBe(true);
        expect(ws.getCell("H5").dataValidation).toMatchObject({ type: "list" });
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(saved as unknown as ArrayBuffer);
        expect(wb.getWorksheet("交办信息")!.state).toBe("hidden");
      }
    }
  }, 120_000);
});
