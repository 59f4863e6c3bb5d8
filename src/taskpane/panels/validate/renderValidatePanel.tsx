import {
  Badge,
  Button,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { ProblemCode } from "../../../core/messages/zhCN";
import { problemMessage, type Problem } from "../../../core/model/problem";
import { ruleLabel } from "../../../workflows/ruleLabels";
import type { ValidatePanelState } from "./useValidatePanel";
import type { useValidatePanelStyles } from "./useValidatePanelStyles";
import { ErrorText } from "../ErrorText";
import { KeepTogether } from "../KeepTogether";

type Classes = ReturnType<typeof useValidatePanelStyles>;
const SEVERITY = {
  error: { label: "错误", color: "danger" },
  warning: { label: "警告", color: "warning" },
  info: { label: "提示", color: "informative" },
} as const;
const PER_GROUP = 50;

function groups(problems: readonly Problem[]): Array<[ProblemCode, Problem[]]> {
  const map = new Map<ProblemCode, Problem[]>();
  // Appended in place: copying the list on every problem was quadratic (100k problems froze the pane).
  for (const p of problems) {
    const list = map.get(p.code as ProblemCode);
    if (list) list.push(p);
    else map.set(p.code as ProblemCode, [p]);
  }
  const rank = (ps: Problem[]) => ({ error: 0, warning: 1, info: 2 })[ps[0]!.severity];
  return [...map].sort((a, b) => rank(a[1]) - rank(b[1]) || b[1].length - a[1].length);
}

function ProblemItem({ p, state, classes }: { p: Problem; state: ValidatePanelState; classes: Classes }) {
  const where = `${p.sheet ?? ""}${p.sheet ? "!" : ""}${p.column ?? ""}${p.row ?? ""}`;
  return (
    <div className={classes.item} data-testid="problem">
      <Badge appearance="tint" color={SEVERITY[p.severity].color}>
        {where}
      </Badge>
      <Text size={200} className={classes.message}>
        <KeepTogether text={problemMessage(p)} />
      </Text>
      <span className={classes.itemActions}>
        {p.row !== null && (
          <Button size="small" appearance="subtle" onClick={() => void state.goTo(p)} aria-label={`定位到${where}`}>
            定位
          </Button>
        )}
        {p.suggestion && p.code === "unknown-unit" && (
          <Button
            size="small"
            appearance="subtle"
            onClick={() => void state.accept(p)}
            title={`把“${String(p.params.value)}”记为“${p.suggestion}”的别名`}
          >
            采纳
          </Button>
        )}
      </span>
    </div>
  );
}

/** The 校验 panel: a pure function of the hook's state. */
export function renderValidatePanel(state: ValidatePanelState, classes: Classes, registryPicker: React.ReactNode) {
  const run = state.run;
  const busy = state.phase === "running";
  return (
    <section className={classes.root} aria-label="校验">
      <div className={classes.actions}>
        <Button appearance="primary" onClick={() => void state.validate()} disabled={busy}>
          {run ? "重新校验" : "校验台账"}
        </Button>
        <label className={classes.asOf}>
          <Text>截至</Text>
          <Input type="date" value={state.asOf} onChange={(_, d) => d.value && state.setAsOf(d.value)} aria-label="超期截止日期" />
        </label>
        {run && (
          <Button onClick={() => void state.clear()} disabled={busy}>
            清除标记
          </Button>
        )}
        {busy && <Spinner size="tiny" label="正在校验…" />}
      </div>
      <div className={classes.actions}>
        <Button size="small" onClick={() => void state.createRegistry()} disabled={busy}>
          从台账生成单位名录
        </Button>
        {registryPicker}
      </div>
      {state.error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <ErrorText text={state.error} />
          </MessageBarBody>
        </MessageBar>
      )}
      {state.notice && (
        <MessageBar intent="info">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      {run && (
        <>
          <div className={classes.counts} aria-label="问题统计">
            {(["error", "warning", "info"] as const).map((s) => (
              <Badge key={s} size="large" appearance={run.counts[s] ? "filled" : "outline"} color={SEVERITY[s].color}>
                {SEVERITY[s].label} {run.counts[s]}
              </Badge>
            ))}
            <Text size={200} className={classes.muted}>
              超期按 {run.asOf} 计
              {run.structure.registry.length ? ` · 单位名录 ${run.structure.registry.length} 个单位` : " · 未找到单位名录，未检查责任单位"}
            </Text>
          </div>
          {state.liveEnabled && (
            <div className={classes.group} aria-label="实时校验">
              <div className={classes.groupTitle}>
                <Text weight="semibold">实时校验（编辑“标准台账”时自动检查）</Text>
                <Badge appearance="outline">{[...state.live.values()].reduce((n, l) => n + l.length, 0)}</Badge>
              </div>
              {[...state.live.values()].flat().map((p, i) => (
                <ProblemItem key={`live-${i}`} p={p} state={state} classes={classes} />
              ))}
            </div>
          )}
          {run.problems.length === 0 && (
            <MessageBar intent="success">
              <MessageBarBody>没有发现问题。</MessageBarBody>
            </MessageBar>
          )}
          {groups(run.problems).map(([code, list]) => (
            <div key={code} className={classes.group} aria-label={`规则-${ruleLabel(code)}`}>
              <div className={classes.groupTitle}>
                <Text weight="semibold">{ruleLabel(code)}</Text>
                <Badge appearance="outline">{list.length}</Badge>
              </div>
              {list.slice(0, PER_GROUP).map((p, i) => (
                <ProblemItem key={i} p={p} state={state} classes={classes} />
              ))}
              {list.length > PER_GROUP && (
                <Text size={200} className={classes.more}>
                  另有 {list.length - PER_GROUP} 条，见“校验结果”工作表。
                </Text>
              )}
            </div>
          ))}
          {run.scores.length > 0 && (
            <Table size="extra-small" className={classes.scores} aria-label="考评汇总">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>单位</TableHeaderCell>
                  <TableHeaderCell>总分</TableHeaderCell>
                  <TableHeaderCell>等次</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {[...run.scores]
                  .sort((a, b) => (b.total ?? -1) - (a.total ?? -1))
                  .map((s) => (
                    <TableRow key={s.id}>
                      <TableCell>{s.unit}</TableCell>
                      <TableCell>{s.total ?? "—"}</TableCell>
                      <TableCell>{s.grade ?? "无效"}</TableCell>
                    </TableRow>
                  ))}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </section>
  );
}
