/** A1-style column letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 0-based column index for A1-style letters; -1 when the text is not column letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B7" for 0-based (row 6, col 1). */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export interface ParsedAddress {
  sheet: string | null;
  startRow: number;
  startCol: number;
  endRow: number;
  endCol: number;
}

/** Parses "Sheet1!B3:K20", "'整改 台账'!A1" or "C5" into 0-based bounds. */
export function parseRangeAddress(address: string): ParsedAddress {
  const bang = address.lastIndexOf("!");
  let sheet: string | null = null;
  let ref = address;
  if (bang >= 0) {
    sheet = address
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    ref = address.slice(bang + 1);
  }
  const [a, b] = ref.split(":");
  const start = parseCellRef(a ?? "A1");
  const end = b ? parseCellRef(b) : start;
  return { sheet, startRow: start.row, startCol: start.col, endRow: end.row, endCol: end.col };
}

function parseCellRef(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`不是单元格地址：${ref}`);
  return { col: columnIndex(m[1]!), row: Number(m[2]) - 1 };
}
