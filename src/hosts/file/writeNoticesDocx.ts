import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
  LineRuleType,
  type ISectionOptions,
} from "docx";
import type { NoticeModel } from "../../core/notices/buildNotices";
import { DocxMedia, problemRowXml, problemWidths } from "./docxProblemRows";
import { withStreamedRows, type DocxParts } from "./docxStreamedBody";

// Word picks these where installed (Windows, WPS); elsewhere its font substitution (or LibreOffice's
// fontconfig) falls back to the nearest serif CJK face. Sizes are in half-points: 三号 16 pt, 二号 22 pt.
const BODY = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "仿宋_GB2312", cs: "仿宋" };
const TITLE = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "方正小标宋简体", cs: "方正小标宋简体" };
const HEI = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "黑体", cs: "黑体" };
const SIZE = { body: 32, title: 44, masthead: 52, table: 21, receiptTitle: 24, small: 21 };
// 1.4 lines of 三号 (22.4 pt), exactly: with the browser print's leading, a short notice and its 回执 share a page.
const LINE = 448;

const run = (text: string, font = BODY, size = SIZE.body, color?: string) => new TextRun({ text, font, size, color });
const para = (
  text: string,
  opts: {
    indent?: boolean;
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    font?: typeof BODY;
    size?: number;
    color?: string;
    before?: number;
    after?: number;
    keepNext?: boolean;
  } = {},
) =>
  new Paragraph({
    children: [run(text, opts.font, opts.size, opts.color)],
    alignment: opts.align ?? AlignmentType.JUSTIFIED,
    indent: opts.indent ? { firstLine: 640 } : undefined,
    spacing: {
      line: opts.size && opts.size > SIZE.body ? Math.round((LINE * opts.size) / SIZE.body) : LINE,
      lineRule: LineRuleType.EXACT,
      before: opts.before ?? 0,
      after: opts.after ?? 0,
    },
    keepNext: opts.keepNext,
    keepLines: true,
  });

const cell = (text: string, width: number, opts: { header?: boolean; center?: boolean; span?: number; height?: boolean } = {}) =>
  new TableCell({
    children: [
      new Paragraph({
        // A line break typed in the ledger cell stays a line break in the table cell.
        children: text
          .split("\n")
          .map((line, i) => new TextRun({ text: line, font: opts.header ? HEI : BODY, size: SIZE.table, break: i > 0 ? 1 : undefined })),
        alignment: opts.center || opts.header ? AlignmentType.CENTER : AlignmentType.LEFT,
      }),
    ],
    width: { size: width, type: WidthType.PERCENTAGE },
    columnSpan: opts.span,
    verticalAlign: VerticalAlign.CENTER,
  });

/** The problem table's frame: its header and one placeholder row, where the problems' rows are put as text. */
function problemTable(n: NoticeModel, marker: string): Table {
  const widths = problemWidths(n);
  const heads = n.assignment
    ? ["序号", "责任单位", "问题", "地点", "整改要求", "整改时限"]
    : ["序号", "问题", "地点", "整改要求", "整改时限"];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: heads.map((h, i) => cell(h, widths[i]!, { header: true })) }),
      new TableRow({ children: [cell(marker, 100, { span: widths.length })] }),
    ],
  });
}

/** The cut line, the 回执's title and every row of its table are kept with the next, so they move to a page together. */
function receipt(n: NoticeModel): Array<Paragraph | Table> {
  const label = (t: string) => cell(t, 16, { center: true });
  const row = (children: TableCell[], last = false, height?: number) =>
    new TableRow({
      cantSplit: true,
      keepNext: !last,
      height: height ? { value: convertMillimetersToTwip(height), rule: "atLeast" } : undefined,
      children,
    });
  return [
    new Paragraph({
      children: [run("✂ 沿此线剪下", BODY, SIZE.small, "444444")],
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 60 },
      border: { top: { style: BorderStyle.DASHED, size: 4, color: "444444", space: 2 } },
      keepNext: true,
    }),
    new Paragraph({
      children: [run("整改回执", HEI, SIZE.receiptTitle)],
      alignment: AlignmentType.CENTER,
      spacing: { after: 60 },
      keepNext: true,
    }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        row([label("文号"), cell(n.docNo, 34), label("单位"), cell(n.recipient, 34)]),
        row([label("整改情况"), cell("", 84, { span: 3 })], false, 12),
        row([label("完成日期"), cell("", 34), label("负责人签字"), cell("", 34)]),
        row([label("日期"), cell("", 34), label("单位盖章"), cell("", 34)], true),
      ],
    }),
  ];
}

/** One section per notice: GB/T 9704 page (A4; 37/35/28/26 mm margins), 版头, title, body, table, 落款, 回执. */
function noticeSection(n: NoticeModel, marker: string): ISectionOptions {
  const children: Array<Paragraph | Table> = [];
  if (n.issuer)
    children.push(
      para(n.issuer, {
        align: AlignmentType.CENTER,
        font: TITLE,
        size: Math.min(SIZE.masthead, Math.floor((156 / 0.3528 / n.issuer.length) * 0.95) * 2),
        color: "CC0000",
      }),
    );
  children.push(
    new Paragraph({
      children: [run(n.docNo)],
      alignment: AlignmentType.CENTER,
      spacing: { before: 80, after: 80 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: "CC0000", space: 6 } },
    }),
    para(n.title, { align: AlignmentType.CENTER, font: TITLE, size: SIZE.title, before: 160, after: 120 }),
    para(`${n.recipient}：`),
    para(n.opening, { indent: true }),
    problemTable(n, marker),
    ...n.requirements.map((r) => para(r, { indent: true })),
  );
  if (n.contact) children.push(para(n.contact, { indent: true }));
  children.push(
    para(n.issuer || "（发文机关）", { align: AlignmentType.RIGHT, before: 60, keepNext: true }),
    para(n.issuedOnText, { align: AlignmentType.RIGHT, keepNext: Boolean(n.cc) }),
  );
  if (n.cc) children.push(para(`抄送：${n.cc}。`, { size: 28, before: 80 }));
  children.push(...receipt(n));
  return {
    properties: {
      page: {
        size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
        margin: {
          top: convertMillimetersToTwip(37),
          bottom: convertMillimetersToTwip(35),
          left: convertMillimetersToTwip(28),
          right: convertMillimetersToTwip(26),
        },
      },
    },
    children,
  };
}

// docx's compiler lays out a package's parts without zipping them (Packer zips them, in JavaScript,
// and the rows would then be unzipped, written in and zipped again). It is not in docx's typings:
// docx is pinned to a minor version, and the notices' tests fail at once if it moves.
interface DocxCompiler {
  compile(file: Document): DocxParts;
}

function compiledParts(doc: Document): DocxParts {
  const compiler = (Packer as unknown as { compiler?: DocxCompiler }).compiler;
  if (typeof compiler?.compile !== "function") throw new Error("bug: docx no longer has Packer.compiler.compile");
  return compiler.compile(doc);
}

/**
 * A .docx of the given notices (one per file, or all of them as one batch), same content as the sheet.
 * docx lays out the frame of each notice; the problems' rows, which grow with the ledger, are written
 * as text into it (see docxProblemRows), so a batch of 300,000 problems is made in seconds and in
 * little memory instead of running out of it.
 */
export async function noticesDocx(notices: readonly NoticeModel[]): Promise<Uint8Array> {
  // A marker no ledger text contains, so each placeholder row is found where docx put it.
  const nonce = Math.random().toString(36).slice(2);
  const markers = notices.map((_, i) => `CHUANGWEI-ROWS-${nonce}-${i}`);
  const doc = new Document({
    creator: "创卫台账助手",
    title: notices.length === 1 ? notices[0]!.docNo : "整改通知书",
    styles: { default: { document: { run: { font: BODY, size: SIZE.body } } } },
    sections: notices.map((n, i) => noticeSection(n, markers[i]!)),
  });
  const frame = compiledParts(doc);
  const media = new DocxMedia();
  const slots = notices.map((n, i) => ({
    marker: markers[i]!,
    rows: function* () {
      for (const item of n.items) yield problemRowXml(n, item, media);
    },
  }));
  return withStreamedRows(frame, slots, media.parts);
}
