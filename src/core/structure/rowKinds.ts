import type { CellValue } from "../model/grid";
import type { SkipReason } from "../messages/zhCN";
import { cellText, isWhiteSpaceCode } from "../normalize/text";

export type RowKind = { kind: "data" } | { kind: "skip"; reason: SkipReason } | { kind: "group"; label: string };

// Both scripts, so that rows need not be converted to Simplified just to be classified.
const SUBTOTAL = /^(小[计計]|合[计計]|[总總][计計]|共[计計]|累[计計]|本[页頁]小[计計]|本月合[计計])/;
const GROUP =
  /^\s*(第?[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|[①-⑳])|[（(]?\s*共\s*\d+\s*(个|处|条|项)\s*(问题)?\s*[)）]?\s*$/;
// Page lines of a printed ledger: 第1页 共3页, 共3页 第1页, 第 1 页／共 3 页, - 2 -.
const PAGE =
  /^(第\s*\d+\s*[页頁]\s*[,，、/／]?\s*(共\s*\d+\s*[页頁])?|共\s*\d+\s*[页頁]\s*[,，、/／]?\s*第\s*\d+\s*[页頁]|[-—]\s*\d+\s*[-—]|\d+\s*\/\s*\d+\s*[页頁]?)$/;
const NOTE =
  /(制表|製表|审核|審核|填[报報]人|填表人|填[报報]日期|填表日期|[签簽]字|[签簽]名|盖章|蓋章|[负負][责責]人[:：]|[联聯]系人[:：]|[说說]明[:：]|注[:：]|[备備]注[:：])/;

// The characters a subtotal label can start with (SUBTOTAL's first alternatives), as a string to search.
const SUBTOTAL_FIRST = "小合总總共累本";

/**
 * Whether a cell reads 小计/合计/总计… ("小 计" typed with spaces to spread it over the cell: only short
 * cells are worth unspacing). Every row's every cell is asked, and nearly none starts like a subtotal:
 * a first character that is neither one of SUBTOTAL_FIRST nor a space settles it without a regex.
 */
export function isSubtotalText(text: string): boolean {
  const first = text[0];
  if (first === undefined || (!SUBTOTAL_FIRST.includes(first) && !isWhiteSpaceCode(text.charCodeAt(0)))) return false;
  return SUBTOTAL.test(text) || (text.length <= 12 && SUBTOTAL.test(text.replace(/\s/g, "")));
}

export interface RowShape {
  /** Texts of the non-empty cells, left to right, with their 0-based columns. */
  cells: Array<{ col: number; text: string }>;
  /** Every cell's folded text by column (null for blanks), so readers need not fold again. */
  texts: Array<string | null>;
  /** Whether a merged area spans most of the table's width on this row. */
  wideMerge: boolean;
}

export function rowShape(values: readonly CellValue[] | undefined, width: number, wideMerge: boolean): RowShape {
  const cells: RowShape["cells"] = [];
  const texts: RowShape["texts"] = new Array(width);
  for (let c = 0; c < width; c++) {
    const t = cellText(values?.[c] ?? null);
    texts[c] = t;
    if (t !== null) cells.push({ col: c, text: t });
  }
  return { cells, texts, wideMerge };
}

/**
 * What a row under the header is: a finding, or a row to skip and why. Data columns are the
 * columns mapped to fields other than a sequence number; a row with content only outside them
 * (a pre-numbered empty line) is blank.
 */
export function classifyRow(
  shape: RowShape,
  dataColumns: ReadonlySet<number>,
  headerTexts: ReadonlySet<string>,
  descriptionCol: number | null,
): RowKind {
  const { cells } = shape;
  if (cells.length === 0) return { kind: "skip", reason: "blank" };
  const first = cells[0]!.text;
  if (cells.length <= 2 && cells.every((c) => PAGE.test(c.text))) return { kind: "skip", reason: "page" };
  if (cells.some((c) => isSubtotalText(c.text))) return { kind: "skip", reason: "subtotal" };
  const inData = cells.filter((c) => dataColumns.has(c.col));
  if (inData.length === 0 && cells.every((c) => /^\d+$/.test(c.text))) return { kind: "skip", reason: "blank" };
  const headerLike = cells.filter((c) => headerTexts.has(c.text)).length;
  if (cells.length >= 3 && headerLike >= Math.ceil(cells.length * 0.6)) return { kind: "skip", reason: "repeatedHeader" };
  const lone = cells.length === 1 || (cells.length === 2 && /^\d+$/.test(cells[1]!.text) && SUBTOTAL.test(first));
  if (lone || shape.wideMerge) {
    const text = cells[0]!.text;
    if (GROUP.test(text) && text.length <= 40) return { kind: "group", label: text };
    if (NOTE.test(text)) return { kind: "skip", reason: "note" };
    if (shape.wideMerge) return text.length <= 30 ? { kind: "group", label: text } : { kind: "skip", reason: "note" };
    if (cells[0]!.col !== descriptionCol && !dataColumns.has(cells[0]!.col)) return { kind: "skip", reason: "note" };
  }
  if (inData.length <= 2 && cells.length <= 2 && NOTE.test(cells.map((c) => c.text).join(" "))) return { kind: "skip", reason: "note" };
  if (inData.length === 0) return { kind: "skip", reason: "note" };
  return { kind: "data" };
}
