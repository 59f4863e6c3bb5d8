import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildNotices } from "../../src/core/notices/buildNotices";
import { noticesHtmlDocument } from "../../src/core/notices/noticeHtml";
import { noticeSheetPlan } from "../../src/core/notices/noticeSheetPlan";
import { NoticeSettingsSchema } from "../../src/core/notices/noticeSettings";
import { ledgerSheetPlan } from "../../src/core/output/ledgerSheetPlan";
import { readLedgerSheet } from "../../src/core/output/readLedgerSheet";
import { toStructureJson } from "../../src/core/output/structureJson";
import { structureWorkbook } from "../../src/core/structure/structureWorkbook";
import { noticesDocx } from "../../src/hosts/file/writeNoticesDocx";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbookBytes";
import { writeWorkbookXlsx } from "../../src/hosts/file/writeWorkbookXlsx";

/** Issue 11 point 10: a line break typed in a cell reaches every output as a line break. */

const TWO_LINES = "1.垃圾满溢\n2.小广告";
const result = structureWorkbook({
  fileName: "台账.xlsx",
  sheets: [
    {
      name: "台账",
      isCsv: false,
      merges: [],
      values: [
        ["检查日期", "责任单位", "问题描述", "具体位置", "整改措施", "整改期限"],
        ["2025-05-03", "南湖街道", TWO_LINES, "解放路12号", "清理", "立行立改"],
        ["2025-05-03", "南湖街道", "污水外溢", "解放路14号", "清理", "立行立改"],
      ],
    },
  ],
});
const findings = result.tables.flatMap((t) => (t.kind === "findings" ? t.records : []));
const notices = buildNotices(findings, NoticeSettingsSchema.parse({ issuer: "某区创卫办", prefix: "区创卫办" }), [], "2025-05-12");

test("structure --json keeps the break in the string", () => {
  const json = toStructureJson(result);
  expect((json.tables[0]!.records[0] as { description: string }).description).toBe(TWO_LINES);
});

test("标准台账 wraps a multi-line cell and reads the break back", async () => {
  const bytes = await writeWorkbookXlsx([ledgerSheetPlan(findings)]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("标准台账")!;
  const col = (ws.getRow(1).values as unknown[]).indexOf("问题描述");
  expect(ws.getRow(2).getCell(col).value).toBe(TWO_LINES);
  expect(ws.getRow(2).getCell(col).alignment?.wrapText).toBe(true);
  const back = readLedgerSheet(readWorkbookBytes(bytes, "out.xlsx").sheets.find((s) => s.name === "标准台账")!);
  expect(back[0]!.description).toBe(TWO_LINES);
});

test("notice HTML shows the break", () => {
  const html = noticesHtmlDocument(notices);
  expect(html).toContain(`<td>${TWO_LINES}</td>`);
  // Table cells keep typed line breaks (white-space: pre-line); the number and date cells stay unwrapped.
  expect(html).toMatch(/(^|\n)td \{[^}]*white-space: pre-line/);
});

test("notice .docx breaks the line inside the cell", async () => {
  const zip = await JSZip.loadAsync(await noticesDocx(notices));
  const xml = await zip.file("word/document.xml")!.async("string");
  expect(xml).toMatch(/1\.垃圾满溢<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t[^>]*>2\.小广告/);
  expect(xml).not.toContain(TWO_LINES);
});

test("通知书 sheet gives a two-line problem a taller row", () => {
  const plan = noticeSheetPlan(notices);
  const rowOf = (text: string) => plan.rows.find((r) => r.cells.some((c) => c.text === text))!;
  expect(rowOf(TWO_LINES).height).toBeGreaterThan(rowOf("污水外溢").height);
});
