import { Text } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { formatAt, type SheetGrid } from "../../core/model/grid";
import { displayCell } from "../../workflows/display";
import { useShellStyles } from "./useShellStyles";

const AROUND = 6;

/**
 * The cells of a row as the sheet shows them: a merged range is one cell spanning its columns (a title
 * merged across the sheet no longer widens column A), its value shown in its top row only.
 */
function rowCells(grid: SheetGrid, row: number, width: number): Array<{ c: number; span: number; show: boolean }> {
  const cells: Array<{ c: number; span: number; show: boolean }> = [];
  for (let c = 0; c < width;) {
    const m = grid.merges.find((g) => row >= g.startRow && row <= g.endRow && c >= g.startCol && c <= g.endCol);
    const span = m ? Math.min(m.endCol, width - 1) - c + 1 : 1;
    cells.push({ c, span, show: !m || (row === m.startRow && c === m.startCol) });
    c += span;
  }
  return cells;
}

/** The standalone page's stand-in for Excel's "go to cell": the source rows around the target, target highlighted. */
export function SourcePreview({ grid, row, col }: { grid: SheetGrid; row: number; col: number }) {
  const classes = useShellStyles();
  const target = useRef<HTMLTableCellElement>(null);
  // The flagged cell is brought into view sideways too (a wide sheet would otherwise show only its first columns).
  // Braces: Chromium's scrollIntoView now returns a Promise, and an effect must not return one.
  useEffect(() => {
    target.current?.scrollIntoView({ block: "nearest", inline: "center" });
  }, [row, col, grid]);
  const from = Math.max(0, row - AROUND);
  const to = Math.min(grid.values.length, row + AROUND + 1);
  let width = Math.max(col + 1, 1);
  for (let r = from; r < to; r++) width = Math.max(width, grid.values[r]?.length ?? 0);
  return (
    <section aria-label="源表预览">
      <Text weight="semibold">
        源表预览：{grid.isCsv ? "CSV" : grid.name} 第 {row + 1} 行
      </Text>
      <div className={classes.preview}>
        <table className={classes.previewTable} data-testid="source-preview">
          <tbody>
            {grid.values.slice(from, to).map((r, i) => {
              const n = from + i;
              return (
                <tr key={n} data-row={n + 1} aria-selected={n === row} className={n === row ? classes.highlightRow : undefined}>
                  <td className={classes.rowNo}>{n + 1}</td>
                  {rowCells(grid, n, width).map(({ c, span, show }) => {
                    const here = n === row && col >= c && col < c + span;
                    const text = show ? (displayCell(r[c] ?? null, formatAt(grid, n, c)) ?? "") : "";
                    return (
                      <td
                        key={c}
                        colSpan={span > 1 ? span : undefined}
                        ref={here ? target : undefined}
                        aria-current={here || undefined}
                        className={here ? classes.highlight : undefined}
                        title={text.length > 12 ? text : undefined}
                      >
                        {text}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
