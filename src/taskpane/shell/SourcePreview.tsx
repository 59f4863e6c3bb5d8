import { Text } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { SheetGrid } from "../../core/model/grid";
import { displayCell as cellText } from "../../workflows/display";
import { useShellStyles } from "./useShellStyles";

const AROUND = 6;

/** The standalone page's stand-in for Excel's "go to cell": the source rows around the target, target highlighted. */
export function SourcePreview({ grid, row, col }: { grid: SheetGrid; row: number; col: number }) {
  const classes = useShellStyles();
  const target = useRef<HTMLTableRowElement>(null);
  useEffect(() => target.current?.scrollIntoView({ block: "nearest" }), [row, grid]);
  const from = Math.max(0, row - AROUND);
  const to = Math.min(grid.values.length, row + AROUND + 1);
  const width = Math.min(12, Math.max(...grid.values.slice(from, to).map((r) => r.length), 1));
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
                <tr
                  key={n}
                  ref={n === row ? target : undefined}
                  data-row={n + 1}
                  aria-selected={n === row}
                  className={n === row ? classes.highlight : undefined}
                >
                  <td className={classes.rowNo}>{n + 1}</td>
                  {Array.from({ length: width }, (_, c) => (
                    <td key={c} className={n === row && c === col ? classes.highlight : undefined}>
                      {cellText(r[c] ?? null) ?? ""}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
