import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Text, Textarea } from "@fluentui/react-components";
import { trendChartModel, unitChartModel } from "../../../core/report/chartModel";
import { percent } from "../../../core/report/reportText";
import { ComboChart } from "./ComboChart";
import type { ReportPanelState } from "./useReportPanel";
import type { useReportPanelStyles } from "./useReportPanelStyles";
import { ErrorText } from "../ErrorText";

type Classes = ReturnType<typeof useReportPanelStyles>;

export interface ReportPanelView {
  savePng: (which: "unit" | "trend") => void;
  print: () => void;
  printMessage: string | null;
}

const monthLabel = (m: string): string => `${m.slice(0, 4)}年${Number(m.slice(5))}月`;

/** The 月报 panel: a pure function of the hook's state and the view's chart handles. */
export function renderReportPanel(state: ReportPanelState, classes: Classes, view: ReportPanelView) {
  const busy = state.phase === "running";
  const r = state.run?.report;
  const stat = (label: string, value: string) => (
    <div className={classes.stat}>
      <span className={classes.statValue}>{value}</span>
      <Text size={200}>{label}</Text>
    </div>
  );
  return (
    <section className={classes.root} aria-label="月报">
      <div className={classes.actions}>
        <Field label="月份">
          <Select size="small" aria-label="月份" value={state.month} onChange={(_, d) => state.setMonth(d.value)}>
            {state.months.map((m) => (
              <option key={m.month} value={m.month}>
                {monthLabel(m.month)}（{m.found}个问题）
              </option>
            ))}
            {state.month && !state.months.some((m) => m.month === state.month) && (
              <option value={state.month}>{monthLabel(state.month)}（没有问题）</option>
            )}
          </Select>
        </Field>
        <Field label="超期截至">
          <Input type="date" size="small" aria-label="超期截至" value={state.asOf} onChange={(_, d) => d.value && state.setAsOf(d.value)} />
        </Field>
        <Button size="small" disabled={busy} onClick={() => void state.reload()} title="台账有改动时（如重新结构化后）重新读取">
          刷新
        </Button>
        {busy && <Spinner size="tiny" />}
      </div>
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
      {r && (
        <>
          <div className={classes.stats} aria-label="本月数字">
            {stat("发现", String(r.totals.found))}
            {stat("已整改", String(r.totals.rectified))}
            {stat("整改率", percent(r.totals.rectificationRate))}
            {stat("按期整改率", percent(r.totals.onTimeRate))}
            {stat("超期未整改", String(r.totals.overdue))}
            {stat("本月销号", String(r.totals.closedInMonth))}
          </div>
          <div className={classes.chart} data-testid="unit-chart">
            <div className={classes.chartHead}>
              <Text weight="semibold">各单位发现与整改情况</Text>
              <Button size="small" appearance="subtle" onClick={() => view.savePng("unit")}>
                存为图片
              </Button>
            </div>
            {r.byUnit.some((u) => u.found > 0) ? (
              <ComboChart model={unitChartModel(r)} />
            ) : (
              <Text size={200} className={classes.muted}>
                本月没有发现问题。
              </Text>
            )}
          </div>
          <div className={classes.chart} data-testid="trend-chart">
            <div className={classes.chartHead}>
              <Text weight="semibold">逐月发现与整改趋势</Text>
              <Button size="small" appearance="subtle" onClick={() => view.savePng("trend")}>
                存为图片
              </Button>
            </div>
            <ComboChart model={trendChartModel(r)} />
          </div>
          <Field label="报告文字（可修改后复制）">
            <Textarea
              className={classes.text}
              resize="vertical"
              rows={6}
              value={state.text}
              onChange={(_, d) => state.setText(d.value)}
              aria-label="报告文字"
            />
          </Field>
          <div className={classes.actions}>
            <Button onClick={() => void state.copy()}>复制文字</Button>
            <Button appearance="primary" disabled={busy} onClick={() => void state.write()}>
              写入工作簿
            </Button>
            <Button disabled={busy} onClick={view.print}>
              打印
            </Button>
            {view.printMessage && <Text size={200}>{view.printMessage}</Text>}
          </div>
        </>
      )}
    </section>
  );
}
