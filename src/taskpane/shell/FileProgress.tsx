import { Button, ProgressBar, Spinner, Text } from "@fluentui/react-components";
import { READ_STEPS, type ReadProgress } from "./useWorkbookFile";
import type { useShellStyles } from "./useShellStyles";

type Classes = ReturnType<typeof useShellStyles>;

/** Opening a file: its steps (done, current, to come), a bar over all of them, and 取消. */
export function renderFileProgress(progress: ReadProgress, onCancel: () => void, classes: Classes) {
  const at = READ_STEPS.findIndex((s) => s.id === progress.step);
  const value = (at + (progress.fraction ?? 0.5)) / READ_STEPS.length;
  const current = READ_STEPS[at]!;
  const percent = progress.step === "read" && progress.fraction !== null ? `（${Math.round(progress.fraction * 100)}%）` : "";
  return (
    <section className={classes.progress} aria-label="打开文件的进度" aria-live="polite">
      <div className={classes.progressLine}>
        <Spinner size="tiny" />
        <Text weight="semibold" data-testid="read-progress">
          正在{current.label}
          {percent}：{progress.fileName}
        </Text>
      </div>
      <ProgressBar value={value} max={1} thickness="large" aria-label={`第 ${at + 1} 步，共 ${READ_STEPS.length} 步`} />
      <ol className={classes.steps}>
        {READ_STEPS.map((s, i) => (
          <li
            key={s.id}
            className={i < at ? classes.stepDone : i === at ? classes.stepNow : classes.muted}
            aria-current={i === at ? "step" : undefined}
          >
            {i < at ? "✓ " : ""}
            {s.label}
          </li>
        ))}
      </ol>
      <div>
        <Button onClick={onCancel}>取消</Button>
      </div>
    </section>
  );
}
