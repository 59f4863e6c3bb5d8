import { Badge, Button, Checkbox, Input, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import type { NoticeModel } from "../../../core/notices/buildNotices";
import { EXCLUSION_LABELS } from "../../../core/notices/selectForNotices";
import type { NoticeOutputs } from "./noticeOutputs";
import { NoticePreview } from "./NoticePreview";
import { FieldRow, FirstUseCard, NoticeSettingsForm } from "./NoticeSettingsForm";
import type { NoticesPanelState } from "./useNoticesPanel";
import type { useNoticesPanelStyles } from "./useNoticesPanelStyles";
import { ErrorText } from "../ErrorText";

type Classes = ReturnType<typeof useNoticesPanelStyles>;

/** 区创卫办〔2025〕1号, or for a run of them 区创卫办〔2025〕1—8号. */
function docNoSpan(notices: readonly NoticeModel[]): string {
  const first = notices[0]!;
  const last = notices[notices.length - 1]!;
  const run = notices.every((n, i) => n.number === first.number! + i && n.year === first.year);
  return notices.length > 1 && run ? first.docNo.replace(/号$/, `—${last.number}号`) : notices.map((n) => n.docNo).join("、");
}

/**
 * Why the unit list is empty, in the ledger's own terms: after 生成 every open problem has its notice, and
 * "请先结构化台账" would send the clerk back to a step already done.
 */
export function emptyUnitsHint(overview: NoticesPanelState["overview"], range: NoticesPanelState["range"]): string {
  if (!overview || overview.ledger.length === 0) return "“标准台账”里还没有记录：请先在“结构化”中把台账结构化。";
  const within = range.from || range.to ? "所选检查日期内" : "";
  const issued = overview.candidates.alreadyIssued.length;
  if (issued > 0) return `${within}未整改的问题都已发过通知书（${issued} 个问题）。要再发一次，勾选下面的“已发过通知书的问题也重新发”。`;
  if (overview.candidates.excluded.length > 0) return `${within}未整改的问题信息不全，暂不能发通知书（见下方提示）。`;
  return `${within || "台账里"}没有未整改的问题，不需要发通知书。`;
}

/** The 通知书 panel: a pure function of the hook's state and the host's print/download outputs. */
export function renderNoticesPanel(
  state: NoticesPanelState,
  classes: Classes,
  outputs: NoticeOutputs,
  onPrint: () => void,
  printMessage: string | null,
) {
  const busy = state.phase === "running";
  const chosen = state.units.filter((u) => state.selected.has(u.unit));
  const excluded = state.overview?.candidates.excluded ?? [];
  const register = state.overview?.register ?? [];
  return (
    <section className={classes.root} aria-label="通知书">
      {state.error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <ErrorText text={state.error} />
          </MessageBarBody>
        </MessageBar>
      )}
      {state.firstUse && state.settings && <FirstUseCard s={state.settings} state={state} classes={classes} />}
      <div className={classes.section}>
        <Text weight="semibold">有未整改问题、尚未发通知书的单位</Text>
        {state.units.length === 0 && !busy && (
          <Text size={200} className={classes.muted} data-testid="units-hint">
            {emptyUnitsHint(state.overview, state.range)}
          </Text>
        )}
        <div className={classes.unitList} aria-label="单位列表">
          {state.units.map((u) => (
            <div key={u.unit} className={classes.unitRow}>
              <Checkbox
                className={classes.unitCheck}
                checked={state.selected.has(u.unit)}
                onChange={() => state.toggleUnit(u.unit)}
                label={u.unit}
              />
              <Badge appearance="outline" className={classes.count}>
                {u.open} 个问题
              </Badge>
            </div>
          ))}
        </div>
      </div>
      {excluded.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            以下问题信息不全，暂不发通知书（在台账中补全后重新生成）：
            {excluded
              .slice(0, 10)
              .map((e) => ` ${e.finding.source.sheet ?? ""}第${e.finding.source.row}行（${EXCLUSION_LABELS[e.reason]}）`)
              .join("；")}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={classes.form} aria-label="筛选">
        <FieldRow label="检查日期从">
          <Input
            size="small"
            type="date"
            aria-label="检查日期从"
            value={state.range.from}
            onChange={(_, d) => state.setRange({ ...state.range, from: d.value })}
          />
        </FieldRow>
        <FieldRow label="到">
          <Input
            size="small"
            type="date"
            aria-label="检查日期到"
            value={state.range.to}
            onChange={(_, d) => state.setRange({ ...state.range, to: d.value })}
          />
        </FieldRow>
        {state.canUseSelection && (
          <FieldRow label="选中的行">
            <span>
              {state.selectedIds ? (
                <Button size="small" onClick={state.clearSelection}>
                  已限定 {state.selectedIds.length} 行 · 取消
                </Button>
              ) : (
                <Button size="small" onClick={() => void state.limitToSelection()}>
                  只发“标准台账”中选中的行
                </Button>
              )}
            </span>
          </FieldRow>
        )}
        <FieldRow label="">
          <Checkbox checked={state.reissue} onChange={(_, d) => state.setReissue(Boolean(d.checked))} label="已发过通知书的问题也重新发" />
        </FieldRow>
      </div>
      <div className={classes.actions}>
        <Button
          appearance="primary"
          disabled={busy || chosen.length === 0 || state.missing.length > 0}
          onClick={() => void state.generate()}
        >
          生成通知书（{state.settings?.variant === "assignment" ? (chosen.length ? 1 : 0) : chosen.length} 份）
        </Button>
        <Button disabled={busy} onClick={() => void state.refresh()}>
          刷新
        </Button>
        {busy && <Spinner size="tiny" label="正在处理…" />}
        {state.missing.length > 0 && (
          <Text size={200} className={classes.muted}>
            请先填写{state.missing.join("、")}：生成时才占用文号。
          </Text>
        )}
      </div>
      {state.issued && (
        <MessageBar intent={state.issued.notices.length ? "success" : "info"}>
          <MessageBarBody>
            {state.issued.notices.length
              ? `已生成 ${state.issued.notices.length} 份：${docNoSpan(state.issued.notices)}。文号已写回“标准台账”，并登记在“通知书登记”。`
              : "没有新生成通知书。"}
            {state.issued.warnings.map((w) => ` ${w}`).join("")}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.issued && state.issued.notices.length > 0 && (
        <div className={classes.actions}>
          <Button appearance="primary" onClick={onPrint}>
            打印
          </Button>
          <Button onClick={() => void outputs.downloadDocx(state.issued!.notices)}>下载 .docx</Button>
          {printMessage && <Text size={200}>{printMessage}</Text>}
        </div>
      )}
      {state.settings && (
        <div className={classes.section}>
          <Text weight="semibold">通知书设置</Text>
          <NoticeSettingsForm s={state.settings} state={state} classes={classes} />
          <div>
            <Button size="small" disabled={busy} onClick={() => void state.saveSettings()}>
              保存设置
            </Button>
          </div>
        </div>
      )}
      {register.length > 0 && (
        <div className={classes.section} aria-label="通知书登记">
          <Text weight="semibold">已登记的通知书</Text>
          {register.map((e) => (
            <div key={e.docNo} className={classes.unitRow}>
              <Text size={200} className={classes.grow}>
                <span className={classes.nowrap}>{e.docNo}</span> · {e.unit} ·{" "}
                <span className={classes.nowrap}>{e.problemCount} 个问题</span>
                {e.status === "作废" ? " · 已作废" : ""}
              </Text>
              {e.status === "有效" && (
                <Button size="small" appearance="subtle" disabled={busy} onClick={() => void state.voidNotice(e.docNo)}>
                  作废
                </Button>
              )}
            </div>
          ))}
        </div>
      )}
      {state.issued && state.issued.notices.length > 0 ? (
        <div className={classes.section}>
          <Text weight="semibold">已生成的通知书</Text>
          <NoticePreview className={classes.preview} title="通知书预览" html={state.issued.html} />
        </div>
      ) : (
        state.preview &&
        state.preview.notices.length > 0 && (
          <div className={classes.section}>
            <Text weight="semibold">预览（未编号：文号在生成时才占用）</Text>
            <NoticePreview className={classes.preview} title="通知书预览" html={state.preview.html} />
          </div>
        )
      )}
    </section>
  );
}
