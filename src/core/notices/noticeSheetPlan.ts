import type { PrintCell, PrintRow, PrintSheetPlan, PrintStyle } from "../output/printSheetPlan";
import type { NoticeModel } from "./buildNotices";

export const NOTICE_SHEET = "通知书";

// 版心 156 × 225 mm. Five columns in points (what Excel prints by) that add up to the 156 mm (442 pt), so
// the sheet prints at 100 % and the page maths below holds. Column A is wide enough for a four-character
// label at 12 pt ("完成日期", "整改情况") with the cell's padding.
const WIDTHS = [56, 146, 80, 90, 70];
const ALL = WIDTHS.length;
const PAGE_PT = (225 / 25.4) * 72;
const MM_PER_PT = 25.4 / 72;

const BODY: PrintStyle = { font: "body", size: 16, align: "justify" };
const CELL: PrintStyle = { font: "body", size: 12, align: "left", border: true };

/** Lines a text needs at a font size in a width of columns (a CJK character is as wide as it is tall). */
function lines(text: string, widthPt: number, sizePt: number, indentChars = 0): number {
  const widthMm = widthPt * MM_PER_PT - 2;
  const perLine = Math.max(1, Math.floor(widthMm / (sizePt * MM_PER_PT)));
  let total = 0;
  for (const line of text.split("\n")) {
    let units = total === 0 ? indentChars : 0;
    for (const ch of line) units += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
    total += Math.max(1, Math.ceil(units / perLine));
  }
  return total;
}

const span = (from: number, to: number): number => WIDTHS.slice(from, to).reduce((a, b) => a + b, 0);
const full = (text: string, style: PrintStyle): PrintCell[] => [{ col: 0, span: ALL, text, style }];
const paragraph = (text: string, style: PrintStyle = BODY, indent = 2): PrintRow => ({
  height: lines(text, span(0, ALL), style.size, indent) * 28.9,
  cells: full(text, { ...style, indentChars: indent }),
});

function tableHeader(): PrintRow {
  const style: PrintStyle = { font: "hei", size: 12, align: "center", border: true };
  return { height: 22, cells: ["序号", "问题", "地点", "整改要求", "整改时限"].map((t, col) => ({ col, span: 1, text: t, style })) };
}

function itemRow(n: NoticeModel, i: NoticeModel["items"][number]): PrintRow {
  const texts = [String(i.n), n.assignment ? `【${i.unit}】${i.description}` : i.description, i.location, i.requirement, i.deadline];
  const height = Math.max(...texts.map((t, c) => lines(t, WIDTHS[c]!, 12))) * 18 + 6;
  return {
    height,
    cells: texts.map((t, col) => ({ col, span: 1, text: t, style: col === 0 || col === 4 ? { ...CELL, align: "center" } : CELL })),
  };
}

function receiptRows(n: NoticeModel): PrintRow[] {
  const label: PrintStyle = { ...CELL, align: "center" };
  return [
    {
      height: 24,
      cells: full("✂ - - - - - - - - - - - - 沿此线剪下 - - - - - - - - - - - -", {
        font: "body",
        size: 10,
        align: "center",
        underline: "dashed",
      }),
    },
    { height: 30, cells: full("整改回执", { font: "hei", size: 16, align: "center" }) },
    {
      height: 24,
      cells: [
        { col: 0, span: 1, text: "文号", style: label },
        { col: 1, span: 1, text: n.docNo, style: CELL },
        { col: 2, span: 1, text: "单位", style: label },
        { col: 3, span: 2, text: n.recipient, style: CELL },
      ],
    },
    {
      height: 60,
      cells: [
        { col: 0, span: 1, text: "整改情况", style: label },
        { col: 1, span: 4, text: null, style: CELL },
      ],
    },
    {
      height: 24,
      cells: [
        { col: 0, span: 1, text: "完成日期", style: label },
        { col: 1, span: 1, text: null, style: CELL },
        { col: 2, span: 1, text: "负责人签字", style: label },
        { col: 3, span: 2, text: null, style: CELL },
      ],
    },
    {
      height: 24,
      cells: [
        { col: 0, span: 1, text: "日期", style: label },
        { col: 1, span: 1, text: null, style: CELL },
        { col: 2, span: 1, text: "单位盖章", style: label },
        { col: 3, span: 2, text: null, style: CELL },
      ],
    },
  ];
}

/**
 * Lays out one notice after another, breaking pages itself: a table that runs over a page goes on
 * with its header repeated, no row is cut, and the cut line with the 回执 stays together.
 */
export function noticeSheetPlan(notices: readonly NoticeModel[]): PrintSheetPlan {
  const rows: PrintRow[] = [];
  let used = 0;
  let newPage = false;
  /** Adds a row, starting a new page first when asked to or when it (and what must stay with it) will not fit. */
  const push = (row: PrintRow, opts: { keepWith?: number; repeatHeader?: PrintRow } = {}): void => {
    const overflow = used > 0 && used + row.height + (opts.keepWith ?? 0) > PAGE_PT;
    if (newPage || overflow) {
      used = 0;
      if (overflow && !newPage && opts.repeatHeader) {
        rows.push({ ...opts.repeatHeader, breakBefore: true });
        used = opts.repeatHeader.height;
      } else row = { ...row, breakBefore: true };
      newPage = false;
    }
    rows.push(row);
    used += row.height;
  };
  notices.forEach((n, k) => {
    newPage = k > 0; // every notice starts on a new page
    if (n.issuer)
      push({
        height: 40,
        cells: full(n.issuer, { font: "title", size: n.issuer.length > 16 ? 20 : 24, align: "center", color: "CC0000" }),
      });
    push({ height: 28, cells: full(n.docNo, { ...BODY, align: "center", underline: "red" }) });
    push({ height: 14, cells: [] });
    push({ height: lines(n.title, span(0, ALL), 22) * 36, cells: full(n.title, { font: "title", size: 22, align: "center" }) });
    push(paragraph(`${n.recipient}：`, BODY, 0));
    push(paragraph(n.opening));
    const header = tableHeader();
    push(header, { keepWith: 40 });
    for (const i of n.items) push(itemRow(n, i), { repeatHeader: header });
    for (const r of n.requirements) push(paragraph(r));
    if (n.contact) push(paragraph(n.contact));
    push({ height: 14, cells: [] });
    push({ height: 28.9, cells: full(n.issuer || "（发文机关）", { ...BODY, align: "right", indentChars: 2 }) });
    push({ height: 28.9, cells: full(n.issuedOnText, { ...BODY, align: "right", indentChars: 2 }) });
    if (n.cc) push(paragraph(`抄送：${n.cc}。`, { font: "body", size: 14, align: "left", underline: "red" }, 1));
    const receipt = receiptRows(n);
    const receiptHeight = receipt.reduce((a, r) => a + r.height, 0);
    receipt.forEach((r, i) => push(r, i === 0 ? { keepWith: receiptHeight - r.height } : {}));
  });
  return {
    name: NOTICE_SHEET,
    columnWidthsPt: WIDTHS,
    rows,
    page: { marginsMm: { top: 37, bottom: 35, left: 28, right: 26 }, orientation: "portrait", fit: "none" },
  };
}
