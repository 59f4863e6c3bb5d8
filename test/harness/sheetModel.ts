/**
 * One worksheet of the in-memory workbook: cells (value, formula, number format), formats kept as
 * the rectangles they were set on (as Excel applies a range's format in one operation), column
 * widths and row heights in points, merges, data validation, hyperlinks, page layout, page breaks,
 * charts and panes.
 */
import { contains, inside, overlaps, type Rect, subtract } from "./a1";
import type { Scalar } from "./excelValues";

export interface Cell {
  value: Scalar;
  formula: string | null;
  numberFormat: string;
}

export const BLANK: Readonly<Cell> = Object.freeze({ value: "", formula: null, numberFormat: "General" });

/** A format property set on a rectangle, e.g. { key: "font.bold", value: true }, or "borders.EdgeTop.style". */
export interface FormatLayer {
  rect: Rect;
  key: string;
  value: unknown;
}

export interface Validation {
  rect: Rect;
  rule: Record<string, unknown>;
  errorAlert?: unknown;
}

export interface Link {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string | null;
  legendPosition: string | null;
  series: Array<{ name: string; values: string | null; xValues: string | null; chartType: string | null; axisGroup: string | null }>;
  position: { from: string; to: string } | null;
  /** What was set on each axis, by "Value/Primary", "Value/Secondary", "Category/Primary". */
  axes?: Record<string, { minimum?: number; maximum?: number; majorUnit?: number; title?: string }>;
}

/** A picture (or other shape) floating over the sheet, positioned in points from the sheet's top-left corner. */
export interface ShapeModel {
  id: string;
  name: string;
  type: "Image" | "GeometricShape";
  top: number;
  left: number;
  width: number;
  height: number;
  altTextDescription: string;
  /** Base64 PNG of the picture: what getAsImage renders. */
  image: string;
}

/** Excel's default column: 8.43 characters of 11-pt 等线/Calibri = 48 points; default row 14.25 points. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 14.25;

export class SheetModel {
  readonly rows = new Map<number, Array<Cell | undefined>>();
  formats: FormatLayer[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly rowHeights = new Map<number, number>();
  merges: Rect[] = [];
  validations: Validation[] = [];
  readonly links = new Map<string, Link>();
  pageLayout: Record<string, unknown> = {};
  printArea: string | null = null;
  printTitleRows: string | null = null;
  horizontalBreaks: number[] = [];
  charts: ChartModel[] = [];
  shapes: ShapeModel[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  showGridlines = true;
  visibility = "Visible";
  tabColor = "";

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  /** Points from the sheet's top edge to the top edge of `row` (rows as high as set, else the default). */
  rowTop(row: number): number {
    let y = 0;
    for (let r = 0; r < row; r++) y += this.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT;
    return y;
  }

  /** Points from the sheet's left edge to the left edge of `col`. */
  colLeft(col: number): number {
    let x = 0;
    for (let c = 0; c < col; c++) x += this.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
    return x;
  }

  cell(row: number, col: number): Cell {
    return this.rows.get(row)?.[col] ?? BLANK;
  }

  setCell(row: number, col: number, patch: Partial<Cell>): void {
    let r = this.rows.get(row);
    if (!r) {
      r = [];
      this.rows.set(row, r);
    }
    const next = { ...(r[col] ?? BLANK), ...patch };
    r[col] = next.value === "" && next.formula === null && next.numberFormat === "General" ? undefined : next;
  }

  /** The used range: cells with a value or formula, and with `valuesOnly` false also cells that only carry a format. */
  usedRect(valuesOnly: boolean): Rect | null {
    let b: Rect | null = null;
    const grow = (r: Rect) => {
      b = b ? { r0: Math.min(b.r0, r.r0), c0: Math.min(b.c0, r.c0), r1: Math.max(b.r1, r.r1), c1: Math.max(b.c1, r.c1) } : { ...r };
    };
    for (const [r, cells] of this.rows) {
      cells.forEach((c, col) => {
        if (!c) return;
        if (c.value !== "" || c.formula !== null || !valuesOnly) grow({ r0: r, r1: r, c0: col, c1: col });
      });
    }
    if (!valuesOnly) for (const f of this.formats) grow(f.rect);
    return b;
  }

  /** The format property `key` of one cell, from the last rectangle that set it. */
  formatAt(row: number, col: number, key: string): unknown {
    for (let i = this.formats.length - 1; i >= 0; i--) {
      const f = this.formats[i]!;
      if (f.key === key && contains(f.rect, row, col)) return f.value;
    }
    return undefined;
  }

  /** The border style on one side of a cell, from the rectangles' edges and inside lines. */
  borderAt(row: number, col: number, side: "top" | "bottom" | "left" | "right"): string | null {
    for (let i = this.formats.length - 1; i >= 0; i--) {
      const f = this.formats[i]!;
      if (!contains(f.rect, row, col) || !f.key.startsWith("borders.") || !f.key.endsWith(".style")) continue;
      const edge = f.key.split(".")[1]!;
      const r = f.rect;
      const hit =
        (side === "top" && (edge === "EdgeTop" ? row === r.r0 : edge === "InsideHorizontal" && row > r.r0)) ||
        (side === "bottom" && (edge === "EdgeBottom" ? row === r.r1 : edge === "InsideHorizontal" && row < r.r1)) ||
        (side === "left" && (edge === "EdgeLeft" ? col === r.c0 : edge === "InsideVertical" && col > r.c0)) ||
        (side === "right" && (edge === "EdgeRight" ? col === r.c1 : edge === "InsideVertical" && col < r.c1));
      if (hit) return f.value === "None" ? null : String(f.value);
    }
    return null;
  }

  setFormat(rect: Rect, key: string, value: unknown): void {
    this.formats.push({ rect, key, value });
  }

  clear(rect: Rect, applyTo: string): void {
    const contents = applyTo === "All" || applyTo === "Contents";
    const formats = applyTo === "All" || applyTo === "Formats";
    if (contents || formats) {
      for (const [r, cells] of this.rows) {
        if (r < rect.r0 || r > rect.r1) continue;
        for (let c = rect.c0; c <= Math.min(rect.c1, cells.length - 1); c++) {
          if (!cells[c]) continue;
          this.setCell(r, c, { ...(contents ? { value: "", formula: null } : {}), ...(formats ? { numberFormat: "General" } : {}) });
        }
      }
    }
    if (formats) {
      const kept: FormatLayer[] = [];
      for (const f of this.formats) for (const part of subtract(f.rect, rect)) kept.push({ ...f, rect: part });
      this.formats = kept;
      this.merges = this.merges.filter((m) => !inside(m, rect));
    }
    if (applyTo === "All" || applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks")
      for (const key of [...this.links.keys()]) {
        const [r, c] = key.split(",").map(Number) as [number, number];
        if (contains(rect, r, c)) this.links.delete(key);
      }
  }

  /** Removes one format property (e.g. the fill) inside a rectangle, keeping it around it. */
  clearFormatKey(rect: Rect, key: string): void {
    const kept: FormatLayer[] = [];
    for (const f of this.formats) {
      if (f.key !== key) kept.push(f);
      else for (const part of subtract(f.rect, rect)) kept.push({ ...f, rect: part });
    }
    this.formats = kept;
  }

  clearValidation(rect: Rect): void {
    this.validations = this.validations.flatMap((v) => subtract(v.rect, rect).map((part) => ({ ...v, rect: part })));
  }

  merge(rect: Rect): void {
    if (this.merges.some((m) => overlaps(m, rect) && !inside(m, rect))) throw new Error("MergedRangeConflict");
    this.merges = this.merges.filter((m) => !inside(m, rect));
    this.merges.push(rect);
  }

  /** Inserts (count > 0) or deletes (count < 0) whole rows at `at`, moving the cells below. */
  /**
   * Rows inserted (count > 0) or deleted (count < 0) at 0-based row `at`, as Excel does it: values,
   * formats, validations, merges, links, heights and page breaks below move with their rows; a
   * rectangle across the insertion grows, one across the deletion shrinks, one inside it goes.
   */
  shiftRows(at: number, count: number): void {
    const moveRow = (r: number): number | null => (r < at ? r : count > 0 ? r + count : r >= at - count ? r + count : null);
    const moveRect = (x: Rect): Rect | null => {
      if (count > 0) return x.r1 < at ? x : { ...x, r0: x.r0 >= at ? x.r0 + count : x.r0, r1: x.r1 + count };
      const gone = -count;
      const r0 = x.r0 < at ? x.r0 : Math.max(at, x.r0 - gone);
      const r1 = x.r1 < at ? x.r1 : x.r1 < at + gone ? at - 1 : x.r1 - gone;
      return r1 < r0 ? null : { ...x, r0, r1 };
    };
    const remap = <T>(m: Map<number, T>) => {
      const moved = [...m].flatMap(([r, v]) => {
        const to = moveRow(r);
        return to === null ? [] : [[to, v] as const];
      });
      m.clear();
      for (const [r, v] of moved) m.set(r, v);
    };
    remap(this.rows);
    remap(this.rowHeights);
    const rects = <T extends { rect: Rect }>(list: T[]): T[] =>
      list.flatMap((item) => {
        const rect = moveRect(item.rect);
        return rect ? [{ ...item, rect }] : [];
      });
    this.formats = rects(this.formats);
    this.validations = rects(this.validations);
    this.merges = this.merges.flatMap((m) => moveRect(m) ?? []);
    const links = [...this.links].flatMap(([key, link]) => {
      const [r, c] = key.split(",").map(Number) as [number, number];
      const to = moveRow(r);
      return to === null ? [] : [[`${to},${c}`, link] as const];
    });
    this.links.clear();
    for (const [k, v] of links) this.links.set(k, v);
    this.horizontalBreaks = this.horizontalBreaks.flatMap((b) => moveRow(b) ?? []);
  }
}
