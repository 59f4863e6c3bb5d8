import { makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({ run: { whiteSpace: "nowrap" } });

/** Runs a reader takes in at a glance: dates, "2025年4月", "12 个问题", "36天". */
const RUNS = /(\d{4}-\d{1,2}-\d{1,2}|\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d+ ?个问题|\d+天)/;

/**
 * Text that wraps as usual except inside a date or a count: a narrow pane would otherwise print
 * "（2025-" on one line and "04-30）" on the next, or "1 个问" and "题".
 */
export function KeepTogether({ text }: { text: string }) {
  const classes = useStyles();
  return (
    <>
      {text.split(RUNS).map((part, i) =>
        i % 2 ? (
          <span key={i} className={classes.run}>
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
