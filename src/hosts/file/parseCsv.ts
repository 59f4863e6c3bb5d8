/** RFC 4180 CSV (quotes, doubled quotes, line breaks inside quotes), with the delimiter sniffed from the first lines. */
export function sniffDelimiter(text: string): string {
  const sample = text.slice(0, 4096).split(/\r?\n/).slice(0, 10);
  let best = ",";
  let bestScore = -1;
  for (const d of [",", "\t", ";", "|"]) {
    const counts = sample.map((l) => l.split(d).length - 1).filter((n) => n > 0);
    const score = counts.length === 0 ? 0 : counts.reduce((a, b) => a + b, 0);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

export interface CsvLimits {
  /** Fields past this many in a row are dropped, as Excel drops them. */
  maxColumns?: number;
  /** Parsing stops after this many rows. */
  maxRows?: number;
  /** More non-empty fields than this throws CsvTooLarge. */
  maxCells?: number;
}

export class CsvTooLarge extends Error {}

/**
 * The rows of a CSV text. Each row ends at its last non-empty field (empty fields after it are not
 * kept), so a line of 20,000 commas costs nothing.
 */
export function parseCsv(text: string, delimiter = sniffDelimiter(text), limits: CsvLimits = {}): string[][] {
  const { maxColumns = Infinity, maxRows = Infinity, maxCells = Infinity } = limits;
  const rows: string[][] = [];
  let row: string[] = [];
  /** Fields of this row so far, empty ones after the last non-empty one included. */
  let fields = 0;
  let cells = 0;
  let field = "";
  let quoted = false;
  let i = 0;
  const n = text.length;
  const endField = () => {
    if (field !== "" && fields < maxColumns) {
      while (row.length < fields) row.push("");
      row.push(field);
      if (++cells > maxCells) throw new CsvTooLarge();
    }
    fields += 1;
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
    fields = 0;
  };
  while (i < n && rows.length < maxRows) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) endField();
    else if (ch === "\n" || ch === "\r") {
      endRow();
      if (ch === "\r" && text[i + 1] === "\n") i += 1;
    } else field += ch;
    i += 1;
  }
  if ((field !== "" || fields > 0) && rows.length < maxRows) endRow();
  return rows;
}
