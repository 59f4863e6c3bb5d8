import type { PrintCell, PrintImage, PrintRow, PrintSheetPlan, PrintStyle } from "../output/printSheetPlan";
import { fitInto, imageSize } from "../photos/imageData";
import type { NoticeModel } from "./buildNotices";

export const NOTICE_SHEET = "通知书";

// 版心 156 × 225 mm. Five columns in points (what Excel prints by) that add up to the 156 mm (442 pt), so
// the sheet prints at 100 % and the page maths below holds. Column A holds a four-character label at
// 五号 ("完成日期") with the cell's padding; 整改要求 holds ten characters a line, so the usual "立即整改，
// 举一反三，建立长效管理机制" takes two lines broken after a comma, not three (a row's height is its
// tallest cell); 整改时限 holds a whole "2025年4月30日" (seven character widths), never leaving "日" alone.
const WIDTHS = [50, 134, 66, 112, 80];
const ALL = WIDTHS.length;
const PAGE_PT = (225 / 25.4) * 72;
const MM_PER_PT = 25.4 / 72;

const BODY: PrintStyle = { font: "body", size: 16, align: "justify" };
// 问题表 and 回执 at 五号 (10.5 pt), as in the HTML and the .docx: with 三号 body lines it is what lets a
// notice of one or two problems and its whole 回执 share one page.
const CELL: PrintStyle = { font: "body", size: 10.5, align: "left", border: true };
// A spreadsheet spaces a wrapped cell's lines by the font's own line height, about 1.44 em for the CJK
// faces (Noto CJK; 仿宋 is smaller): 23 pt for a 三号 line, 15.2 pt for 五号, plus the cell's padding.
const BODY_LINE = 23;
const CELL_LINE = 15.2;
const CELL_PAD = 5;
const cellHeight = (lineCount: number): number => Math.ceil(lineCount * CELL_LINE + CELL_PAD);

/** Full-width marks a wrapped line of Chinese must not start with, and must not end with. */
const NO_LINE_START = new Set([..."，。、；：？！）》」』】〕〉”’…—·％"]);
const NO_LINE_END = new Set([..."（《「『【〔〈“‘"]);
const charUnits = (ch: string): number => (ch.charCodeAt(0) < 0x80 ? 0.5 : 1);
/** How many character widths a line holds at a font size in a width of columns, less the cell's padding. */
const perLineAt = (widthPt: number, sizePt: number): number => Math.max(1, Math.floor((widthPt * MM_PER_PT - 2) / (sizePt * MM_PER_PT)));

/**
 * The text with a line break put in wherever the spreadsheet's own wrapping would start a line with a
 * closing mark, or end one with an opening mark: the character before goes down with it, as Word and
 * browsers do. LibreOffice wraps a cell's Chinese text with no such rules (a printed line began
 * "，在整改时限内整改到位"). The wrap is simulated with the same character widths as `lines`, and only
 * as far as it is sure: Chinese characters and full-width marks are one em wide in every face, digits and
 * Latin letters are not (narrower in Noto than in 仿宋_GB2312), so from the first of them on in a
 * paragraph the spreadsheet's own wrap is left alone rather than forced a line early ("整改到" | "位。").
 */
export function keepPunctuation(text: string, widthPt: number, sizePt: number, indentChars = 0): string {
  const perLine = perLineAt(widthPt, sizePt);
  return text
    .split("\n")
    .map((para, p) => {
      const chars = [...para];
      const breaks = new Set<number>();
      let start = 0;
      let units = p === 0 ? indentChars : 0;
      for (let k = 0; k < chars.length; k++) {
        if (chars[k]!.charCodeAt(0) < 0x80) break;
        const w = charUnits(chars[k]!);
        if (units + w > perLine && k > start) {
          let at = k;
          while (at > start + 1 && (NO_LINE_START.has(chars[at]!) || NO_LINE_END.has(chars[at - 1]!))) at--;
          if (at !== k) breaks.add(at);
          start = at;
          units = chars.slice(at, k).reduce((a, ch) => a + charUnits(ch), 0);
        }
        units += w;
      }
      return chars.map((ch, k) => (breaks.has(k) ? `\n${ch}` : ch)).join("");
    })
    .join("\n");
}

/** Lines a text needs at a font size in a width of columns (a CJK character is as wide as it is tall). */
function lines(text: string, widthPt: number, sizePt: number, indentChars = 0): number {
  const perLine = perLineAt(widthPt, sizePt);
  let total = 0;
  for (const line of text.split("\n")) {
    let units = total === 0 ? indentChars : 0;
    for (const ch of line) units += charUnits(ch);
    total += Math.max(1, Math.ceil(units / perLine));
  }
  return total;
}

const span = (from: number, to: number): number => WIDTHS.slice(from, to).reduce((a, b) => a + b, 0);
const full = (text: string, style: PrintStyle): PrintCell[] => [{ col: 0, span: ALL, text, style }];
/**
 * A paragraph in one merged row, its text at the top: a row is as tall as the lines counted for it, and a
 * face a little narrower than counted (or 仿宋's smaller leading) leaves the room below the text, not a
 * gap between it and the paragraph above.
 */
const paragraph = (raw: string, style: PrintStyle = BODY, indent = 2): PrintRow => {
  const text = keepPunctuation(raw, span(0, ALL), style.size, indent);
  return {
    height: lines(text, span(0, ALL), style.size, indent) * (style.size === 16 ? BODY_LINE : Math.ceil(style.size * 1.45)),
    cells: full(text, { ...style, indentChars: indent, valign: "top" }),
  };
};

function tableHeader(): PrintRow {
  const style: PrintStyle = { font: "hei", size: 10.5, align: "center", border: true };
  return {
    height: cellHeight(1),
    cells: ["序号", "问题", "地点", "整改要求", "整改时限"].map((t, col) => ({ col, span: 1, text: t, style })),
  };
}

// 整改前 pictures under a problem's text, two side by side in the problem column: each within a box of
// half the column (about 24 × 18 mm), so none reaches into 地点.
const PHOTO_GAP = 3;
const PHOTOS_PER_LINE = 2;
const PHOTO_BOX = (() => {
  const width = Math.floor((WIDTHS[1]! - PHOTO_GAP * (PHOTOS_PER_LINE + 1)) / PHOTOS_PER_LINE);
  return { width, height: Math.floor((width * 3) / 4) };
})();

/** The problem's pictures laid out in the problem column under `textHeight`; the height they take. */
function photoImages(i: NoticeModel["items"][number], textHeight: number): { images: PrintImage[]; height: number } {
  const photos = i.photos ?? [];
  if (photos.length === 0) return { images: [], height: 0 };
  const perLine = PHOTOS_PER_LINE;
  const images = photos.map((p, k) => {
    const size = fitInto(imageSize(p.data), PHOTO_BOX);
    return {
      col: 1,
      offsetXPt: PHOTO_GAP + (k % perLine) * (PHOTO_BOX.width + PHOTO_GAP),
      offsetYPt: textHeight + Math.floor(k / perLine) * (PHOTO_BOX.height + PHOTO_GAP),
      widthPt: size.width,
      heightPt: size.height,
      mime: p.mime,
      data: p.data,
    };
  });
  return { images, height: Math.ceil(photos.length / perLine) * (PHOTO_BOX.height + PHOTO_GAP) + PHOTO_GAP };
}

function itemRow(n: NoticeModel, i: NoticeModel["items"][number]): PrintRow {
  const texts = [String(i.n), n.assignment ? `【${i.unit}】${i.description}` : i.description, i.location, i.requirement, i.deadline].map(
    (t, c) => keepPunctuation(t, WIDTHS[c]!, CELL.size),
  );
  const textHeight = cellHeight(lines(texts[1]!, WIDTHS[1]!, CELL.size));
  const photos = photoImages(i, textHeight);
  const height = Math.max(...texts.map((t, c) => cellHeight(lines(t, WIDTHS[c]!, CELL.size))), textHeight + photos.height);
  return {
    height,
    cells: texts.map((t, col) => ({
      col,
      span: 1,
      text: t,
      style: col === 0 || col === 4 ? { ...CELL, align: "center" } : col === 1 && photos.images.length ? { ...CELL, valign: "top" } : CELL,
    })),
    ...(photos.images.length ? { images: photos.images } : {}),
  };
}

function receiptRows(n: NoticeModel): PrintRow[] {
  const label: PrintStyle = { ...CELL, align: "center" };
  return [
    {
      height: 18,
      cells: full("✂ - - - - - - - - - - - - 沿此线剪下 - - - - - - - - - - - -", {
        font: "body",
        size: 10,
        align: "center",
        underline: "dashed",
      }),
    },
    { height: 22, cells: full("整改回执", { font: "hei", size: 12, align: "center" }) },
    {
      height: cellHeight(1),
      cells: [
        { col: 0, span: 1, text: "文号", style: label },
        { col: 1, span: 1, text: n.docNo, style: CELL },
        { col: 2, span: 1, text: "单位", style: label },
        { col: 3, span: 2, text: n.recipient, style: CELL },
      ],
    },
    {
      // 12 mm to write in, as on the HTML and .docx 回执.
      height: 34,
      cells: [
        { col: 0, span: 1, text: "整改情况", style: label },
        { col: 1, span: 4, text: null, style: CELL },
      ],
    },
    {
      height: cellHeight(1),
      cells: [
        { col: 0, span: 1, text: "完成日期", style: label },
        { col: 1, span: 1, text: null, style: CELL },
        { col: 2, span: 1, text: "负责人签字", style: label },
        { col: 3, span: 2, text: null, style: CELL },
      ],
    },
    {
      height: cellHeight(1),
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
    if (n.issuer) {
      const size = n.issuer.length > 16 ? 20 : 24;
      push({ height: Math.ceil(size * 1.45) + 4, cells: full(n.issuer, { font: "title", size, align: "center", color: "CC0000" }) });
    }
    push({ height: BODY_LINE + 3, cells: full(n.docNo, { ...BODY, align: "center", underline: "red" }) });
    push({ height: 8, cells: [] });
    push({ height: lines(n.title, span(0, ALL), 22) * 32 + 2, cells: full(n.title, { font: "title", size: 22, align: "center" }) });
    push(paragraph(`${n.recipient}：`, BODY, 0));
    push(paragraph(n.opening));
    const header = tableHeader();
    push(header, { keepWith: 40 });
    for (const i of n.items) push(itemRow(n, i), { repeatHeader: header });
    for (const r of n.requirements) push(paragraph(r));
    if (n.contact) push(paragraph(n.contact));
    push({ height: 8, cells: [] });
    push({ height: BODY_LINE, cells: full(n.issuer || "（发文机关）", { ...BODY, align: "right", indentChars: 2 }) });
    push({ height: BODY_LINE, cells: full(n.issuedOnText, { ...BODY, align: "right", indentChars: 2 }) });
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
