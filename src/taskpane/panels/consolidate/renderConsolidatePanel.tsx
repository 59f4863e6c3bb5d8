import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Subtitle2,
  Text,
  Textarea,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { conflictText } from "../../../core/ledger/conflicts";
import { SUBMISSION_LABELS, periodLabel, type SubmissionStatus } from "../../../core/consolidate/submissions";
import type { FileProgress } from "../../../workflows/consolidateWorkflow";
import type { ConsolidatePanelState } from "./useConsolidatePanel";
import type { useConsolidatePanelStyles } from "./useConsolidatePanelStyles";
import { ErrorText } from "../ErrorText";

type Classes = ReturnType<typeof useConsolidatePanelStyles>;

export interface ConsolidatePanelView {
  /** The hidden file input and its button (the component owns the DOM refs). */
  picker: ReactNode;
  dragging: boolean;
  dropHandlers: {
    onDragOver: (e: React.DragEvent) => void;
    onDragLeave: () => void;
    onDrop: (e: React.DragEvent) => void;
  };
}

const BADGE: Record<SubmissionStatus, "success" | "danger" | "warning" | "informative"> = {
  reported: "success",
  missing: "danger",
  faulty: "danger",
  late: "warning",
};

function progressText(p: FileProgress | undefined): string {
  if (!p) return "等待";
  switch (p.phase) {
    case "waiting":
      return "等待";
    case "reading":
      return "读取中…";
    case "merged": {
      const s = p.summary!;
      return `新增 ${s.new} · 更新 ${s.updated} · 未变 ${s.unchanged}${s.skipped ? ` · 重复 ${s.skipped}` : ""}${s.problems ? ` · 有误 ${s.problems}` : ""}`;
    }
    case "duplicate":
      return "重复报送，未做改动";
    case "failed":
      return `无法读取，已跳过：${p.error}`;
  }
}

/** The 汇总 panel: a pure function of the hook's state (designed for a 320–450 px pane). */
export function renderConsolidatePanel(state: ConsolidatePanelState, classes: Classes, view: ConsolidatePanelView) {
  const busy = state.phase === "running";
  const done = state.progress.filter((p) => p.phase !== "waiting" && p.phase !== "reading").length;
  const run = state.run;
  const total = (k: "new" | "updated" | "unchanged" | "skipped") => run?.sources.reduce((n, s) => n + s[k], 0) ?? 0;
  return (
    <section className={classes.root} aria-label="交办与汇总">
      {state.error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <ErrorText text={state.error} />
          </MessageBarBody>
        </MessageBar>
      )}
      {state.notice && (
        <MessageBar intent="success">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}

      <div className={classes.section} aria-label="交办单">
        <Subtitle2>1. 交办单</Subtitle2>
        <Text size={200} className={classes.muted}>
          每个单位一份，列出其未整改、整改中和反弹的问题；单位填好后发回，再在下面汇总。不勾选即发给全部单位。
        </Text>
        {state.openUnits.length > 0 ? (
          <div className={classes.units} role="group" aria-label="交办单位">
            {state.openUnits.map((u) => (
              <Checkbox
                key={u.unit}
                label={`${u.unit}（${u.open}）`}
                checked={state.chosenUnits.has(u.unit)}
                onChange={() => state.toggleUnit(u.unit)}
              />
            ))}
          </div>
        ) : (
          <Text size={200} className={classes.muted}>
            “标准台账”中没有未整改的问题。
          </Text>
        )}
        <div className={classes.actions}>
          <Field label="交办日期">
            <Input type="date" size="small" value={state.issuedOn} onChange={(_, d) => d.value && state.setIssuedOn(d.value)} />
          </Field>
          <Button appearance="primary" disabled={busy || state.openUnits.length === 0} onClick={() => void state.distribute()}>
            生成交办单
          </Button>
        </div>
        {state.forms.length > 0 && (
          <>
            <ul className={classes.list} aria-label="交办单文件">
              {state.forms.map((f) => (
                <li key={f.fileName} className={classes.row}>
                  <Text className={classes.name}>
                    {f.unit}（{f.findings} 个问题）
                  </Text>
                  <Button size="small" appearance="subtle" onClick={() => state.downloadForm(f)} aria-label={`下载 ${f.fileName}`}>
                    下载
                  </Button>
                </li>
              ))}
            </ul>
            <div>
              <Button size="small" onClick={() => void state.downloadAll()}>
                全部下载（.zip）
              </Button>
            </div>
          </>
        )}
      </div>

      <div className={classes.section} aria-label="汇总报回的文件">
        <Subtitle2>2. 汇总报回的文件</Subtitle2>
        <div
          className={view.dragging ? `${classes.drop} ${classes.dropActive}` : classes.drop}
          data-testid="drop-zone"
          {...view.dropHandlers}
        >
          <Text size={200}>把各单位报回的文件拖到这里（.xlsx、.xls、.csv，可多选），文件只在本机读取。</Text>
          <div>{view.picker}</div>
        </div>
        {state.files.length > 0 && (
          <ul className={classes.list} aria-label="待汇总的文件">
            {state.files.map((f, i) => {
              const p = state.progress.find((x) => x.file === f.name);
              return (
                <li key={`${f.name}-${i}`} className={classes.row}>
                  <div>
                    <Text className={classes.name}>{f.name}</Text>
                    <br />
                    <Text size={200} className={classes.detail}>
                      {progressText(p)}
                    </Text>
                  </div>
                  {p?.phase === "reading" ? <Spinner size="tiny" /> : p?.phase === "failed" ? <Badge color="danger">跳过</Badge> : null}
                </li>
              );
            })}
          </ul>
        )}
        {state.consolidating && state.progress.length > 0 && <ProgressBar value={done / state.progress.length} aria-label="汇总进度" />}
        <div className={classes.actions}>
          <Button appearance="primary" disabled={busy || state.files.length === 0} onClick={() => void state.consolidate()}>
            开始汇总（{state.files.length} 个文件）
          </Button>
          {state.consolidating ? (
            <Button onClick={state.cancel}>取消</Button>
          ) : (
            state.files.length > 0 && (
              <Button appearance="subtle" onClick={state.clearFiles}>
                清空列表
              </Button>
            )
          )}
        </div>
        {run && (
          <div aria-label="汇总结果" className={classes.section}>
            <div className={classes.stats}>
              <Text>“标准台账”共 {run.records} 条</Text>
              <Text>新增 {total("new")}</Text>
              <Text>更新 {total("updated")}</Text>
              <Text>未变 {total("unchanged")}</Text>
              <Text>重复 {total("skipped")}</Text>
              {run.failed.length > 0 && <Text>无法读取 {run.failed.length}</Text>}
            </div>
            {run.duplicates.length > 0 && (
              <Text size={200} className={classes.muted}>
                重复报送的行未重复计入（如“{run.duplicates[0]!.dropped.file}”与“{run.duplicates[0]!.kept.file}”）。
              </Text>
            )}
          </div>
        )}
        {state.conflicts.length > 0 && (
          <div className={classes.section} aria-label="待确认的冲突">
            <Text weight="semibold">有 {state.conflicts.length} 处报送的值与本表的修改不一致，本表的值暂时保留：</Text>
            {state.conflicts.map((c) => {
              const t = conflictText(c);
              return (
                <div key={`${c.id}-${c.field}`} className={classes.conflict}>
                  <Text size={200} className={classes.detail}>
                    {c.id} · {t.field}
                  </Text>
                  <Text>
                    本表“{t.office}”；{c.file} 报“{t.incoming}”
                  </Text>
                  <div className={classes.actions}>
                    <Button size="small" disabled={busy} onClick={() => void state.decide(c, "keep")}>
                      保留本表
                    </Button>
                    <Button size="small" disabled={busy} onClick={() => void state.decide(c, "take")}>
                      采用报送
                    </Button>
                  </div>
                </div>
              );
            })}
            {state.conflicts.length > 1 && (
              <div className={classes.actions}>
                <Button size="small" appearance="subtle" disabled={busy} onClick={() => void state.decideAll("keep")}>
                  全部保留本表
                </Button>
                <Button size="small" appearance="subtle" disabled={busy} onClick={() => void state.decideAll("take")}>
                  全部采用报送
                </Button>
              </div>
            )}
          </div>
        )}
      </div>

      <div className={classes.section} aria-label="报送情况">
        <Subtitle2>3. 报送情况</Subtitle2>
        <div className={classes.actions}>
          <Field label="月份">
            <Input
              type="month"
              size="small"
              aria-label="报送月份"
              value={state.month}
              onChange={(_, d) => d.value && state.setMonth(d.value)}
            />
          </Field>
          {state.submissions && <Text className={classes.muted}>统计：{periodLabel(state.submissions.period)}</Text>}
        </div>
        {state.submissions && state.submissions.submissions.length === 0 && (
          <Text size={200} className={classes.muted}>
            还没有单位名录，也没有收到过报送：在“校验”中导入单位名录后，可看到哪些单位未报送。
          </Text>
        )}
        {state.submissions && state.submissions.submissions.length > 0 && (
          <ul className={classes.list} aria-label="各单位报送情况">
            {state.submissions.submissions.map((s) => (
              <li key={s.unit} className={classes.row}>
                <div>
                  <Text className={classes.name}>{s.unit}</Text>
                  <br />
                  <Text size={200} className={classes.detail}>
                    {s.at ? `${s.at} · ${s.files.join("、")} · ${s.rows} 行 · 已整改 ${s.rectified}` : (s.note ?? "尚未收到文件")}
                    {s.at && s.note ? ` · ${s.note}` : ""}
                  </Text>
                </div>
                <Badge color={BADGE[s.status]}>{SUBMISSION_LABELS[s.status]}</Badge>
              </li>
            ))}
          </ul>
        )}
        {state.reminder && (
          <>
            <Field label="提醒文字（可修改后复制到工作群）">
              <Textarea
                aria-label="提醒文字"
                resize="vertical"
                rows={4}
                value={state.reminder}
                onChange={(_, d) => state.setReminder(d.value)}
              />
            </Field>
            <div>
              <Button size="small" onClick={() => void state.copyReminder()}>
                复制提醒
              </Button>
            </div>
          </>
        )}
      </div>
    </section>
  );
}
