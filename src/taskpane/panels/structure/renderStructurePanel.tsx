import {
  Badge,
  Button,
  Card,
  CardHeader,
  Dropdown,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Text,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { SKIP_REASONS, type SkipReason } from "../../../core/messages/zhCN";
import { STATUS_LABELS, DEADLINE_LABELS } from "../../../core/model/finding";
import { problemMessage } from "../../../core/model/problem";
import type { StructuredTable } from "../../../core/structure/structureWorkbook";
import { ledgerWrittenLine } from "../../../workflows/structureSummary";
import { choiceLabel, FIELD_CHOICES } from "./fieldChoices";
import type { FieldChoice, StructurePanelState } from "./useStructurePanel";
import type { useStructurePanelStyles } from "./useStructurePanelStyles";
import { ErrorText } from "../ErrorText";

type Classes = ReturnType<typeof useStructurePanelStyles>;
const PREVIEW_ROWS = 12;
const PROBLEM_ROWS = 30;

function reasonCounts(table: StructuredTable): Array<[SkipReason, number]> {
  const counts = new Map<SkipReason, number>();
  for (const s of table.skippedRows) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  return [...counts];
}

/**
 * The column mapping, folded away when every column found its field (the usual case) and open when
 * one did not or an edit is pending: a clerk sees the result first and the mapping when it needs a look.
 */
function MappingEditor({ table, state, classes }: { table: StructuredTable; state: StructurePanelState; classes: Classes }) {
  const columns = table.mapping.filter((m) => m.label !== null);
  const unmapped = columns.filter((m) => m.field === null && m.source !== "user" && m.source !== "ignored").length;
  const pending = columns.some((m) => state.edits.has(`${table.sheetName}\u0001${m.label}`));
  return (
    <details className={classes.section} aria-label={`列映射-${table.sheetName}`} open={unmapped > 0 || pending}>
      <summary className={classes.summaryLine}>
        <Text weight="semibold">列映射</Text>
        <Text size={200} className={classes.muted}>
          {columns.length} 列{unmapped ? `，${unmapped} 列未对应` : "，均已对应"}（可修改，保存后记在“设置”表中）
        </Text>
      </summary>
      {columns.map((m) => {
        const edit = state.edits.get(`${table.sheetName}\u0001${m.label}`);
        const value: FieldChoice | null = edit ?? m.field ?? (m.source === "user" || m.source === "ignored" ? "ignore" : null);
        return (
          <div key={m.col} className={classes.mappingRow}>
            <Badge appearance="outline">{m.letter}</Badge>
            <Text className={classes.label} title={m.label ?? ""}>
              {m.label}
            </Text>
            <Dropdown
              size="small"
              className={classes.dropdown}
              aria-label={`${m.letter}列对应字段`}
              value={choiceLabel(value)}
              selectedOptions={value ? [value] : []}
              onOptionSelect={(_, d) => state.editMapping(table.sheetName, m.label!, d.optionValue as FieldChoice)}
            >
              {FIELD_CHOICES.map((c) => (
                <Option key={c.value} value={c.value}>
                  {c.label}
                </Option>
              ))}
            </Dropdown>
          </div>
        );
      })}
    </details>
  );
}

function RecordsPreview({ table, state, classes }: { table: StructuredTable; state: StructurePanelState; classes: Classes }) {
  if (table.kind !== "findings") {
    return (
      <Table size="extra-small" className={classes.table} aria-label="考评记录">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>行</TableHeaderCell>
            <TableHeaderCell>单位</TableHeaderCell>
            <TableHeaderCell>总分</TableHeaderCell>
            <TableHeaderCell>等次</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.records.slice(0, PREVIEW_ROWS).map((r) => (
            <TableRow key={r.id}>
              <TableCell>{r.source.row}</TableCell>
              <TableCell>{r.unit}</TableCell>
              <TableCell>{r.total ?? "—"}</TableCell>
              <TableCell>{r.grade ?? "无效"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    );
  }
  // Narrow first: the unit carries its date beneath it and the problem its deadline and status, so no
  // column of its own wastes the pane's width on a date and names are not broken a character a line.
  return (
    <Table size="extra-small" className={classes.recordTable} aria-label={`记录预览-${table.sheetName}`}>
      <colgroup>
        <col className={classes.rowCol} />
        <col className={classes.unitCol} />
        <col />
      </colgroup>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>行</TableHeaderCell>
          <TableHeaderCell>责任单位 · 检查日期</TableHeaderCell>
          <TableHeaderCell>问题 · 时限 · 整改情况</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {table.records.slice(0, PREVIEW_ROWS).map((r) => (
          <TableRow key={r.id}>
            <TableCell className={classes.top}>
              <Button
                size="small"
                appearance="transparent"
                className={classes.rowButton}
                onClick={() => void state.goTo(r.source.sheet, r.source.row)}
                aria-label={`转到源表第${r.source.row}行`}
                title="转到源表中的这一行"
              >
                {r.source.row}
              </Button>
            </TableCell>
            <TableCell className={classes.stack}>
              <span>{r.unit ?? "—"}</span>
              <span className={classes.secondary}>{r.inspectedOn ?? "—"}</span>
            </TableCell>
            <TableCell className={classes.stack}>
              <span className={classes.lines}>{r.description ?? "—"}</span>
              <span className={classes.secondary}>
                {r.deadline === "immediate" || r.deadline === "longTerm" ? DEADLINE_LABELS[r.deadline] : (r.deadline ?? "无时限")} ·{" "}
                {r.status ? STATUS_LABELS[r.status] : "未填整改情况"}
              </span>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function TableCard({ table, state, classes }: { table: StructuredTable; state: StructurePanelState; classes: Classes }) {
  return (
    <Card>
      <CardHeader
        header={
          <Text weight="semibold">
            {table.sheet ?? "CSV 文件"}：{table.kind === "findings" ? "问题台账" : "考评表"}
          </Text>
        }
        description={
          <Text className={classes.muted} data-testid="table-facts">
            {/* Each fact on one line: a narrow card wraps between them, never "期间 2025年4" | "月". */}
            {[
              `表头第 ${table.headerRows.join("、")} 行`,
              `${table.records.length} 条记录`,
              `跳过 ${table.skippedRows.length} 行`,
              ...(table.period.year ? [`期间 ${table.period.year}年${table.period.month ? `${table.period.month}月` : ""}`] : []),
            ].map((fact, i) => (
              <span key={i}>
                {i > 0 && " · "}
                <span className={classes.nowrap}>{fact}</span>
              </span>
            ))}
          </Text>
        }
      />
      {table.skippedRows.length > 0 && (
        <div className={classes.reasons}>
          {reasonCounts(table).map(([reason, n]) => (
            <Badge key={reason} appearance="tint" color="informative">
              {SKIP_REASONS[reason]} {n}
            </Badge>
          ))}
        </div>
      )}
      {table.kind === "findings" && <MappingEditor table={table} state={state} classes={classes} />}
      <RecordsPreview table={table} state={state} classes={classes} />
      {table.problems.length > 0 && (
        <div className={classes.section}>
          <Text weight="semibold">需要核对的单元格（{table.problems.length}）</Text>
          {table.problems.slice(0, PROBLEM_ROWS).map((p, i) => (
            <div key={i} className={classes.problem}>
              <Badge color={p.severity === "error" ? "danger" : p.severity === "warning" ? "warning" : "informative"}>
                {p.column ?? ""}
                {p.row ?? ""}
              </Badge>
              <Text size={200}>{problemMessage(p)}</Text>
              {p.row !== null && (
                <Button size="small" appearance="subtle" onClick={() => void state.goTo(p.sheet, p.row!, p.column)}>
                  定位
                </Button>
              )}
            </div>
          ))}
        </div>
      )}
    </Card>
  );
}

/** How many 整改前/整改后 pictures were read, and where this host cannot read pictures placed in cells. */
function PhotoNote({ run }: { run: NonNullable<StructurePanelState["run"]> }) {
  const records = run.result.tables.flatMap((t) => (t.kind === "findings" ? t.records : []));
  const before = records.reduce((n, r) => n + (r.photos?.before.length ?? 0), 0);
  const after = records.reduce((n, r) => n + (r.photos?.after.length ?? 0), 0);
  const unread = run.result.tables.some((t) => t.problems.some((p) => p.code === "photos-in-cells-unread"));
  return (
    <>
      {before + after > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>
            已读取照片：整改前 {before} 张，整改后 {after} 张（照片仍留在源工作表中，“标准台账”中的张数可点击查看）。
          </MessageBarBody>
        </MessageBar>
      )}
      {unread && (
        <MessageBar intent="warning">
          <MessageBarBody>
            有“置于单元格中”的照片没有读到：在 Excel 中，加载项只能读取浮动在单元格上的图片，置于单元格中的图片 Office.js
            尚未提供正式接口。要附上这些照片，请在浏览器页面或命令行中打开该文件。
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** The 结构化 panel: a pure function of the hook's state. */
export function renderStructurePanel(state: StructurePanelState, classes: Classes) {
  const run = state.run;
  return (
    <section className={classes.root} aria-label="结构化">
      <div className={classes.actions}>
        <Button appearance="primary" onClick={() => void state.structure()} disabled={state.phase === "running"}>
          {run ? "重新结构化" : "结构化为标准台账"}
        </Button>
        {state.edits.size > 0 && (
          <Button onClick={() => void state.saveMappings()} disabled={state.phase === "running"}>
            保存列映射并重新结构化（{state.edits.size}）
          </Button>
        )}
        {state.phase === "running" && (
          <div className={classes.busy} role="group" aria-label="结构化的进度">
            <Spinner size="tiny" label={state.step ?? "正在处理…"} />
            {state.cancel && <Button onClick={state.cancel}>取消</Button>}
          </div>
        )}
      </div>
      {state.cancelled && state.phase !== "running" && (
        <MessageBar intent="info">
          <MessageBarBody>已取消结构化：工作簿没有改动{state.run ? "，下面仍是上一次的结果" : ""}。</MessageBarBody>
        </MessageBar>
      )}
      {state.error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <ErrorText text={state.error} />
          </MessageBarBody>
        </MessageBar>
      )}
      {run && (
        <>
          {run.ledger.length > 0 ? (
            <MessageBar intent={run.merge.conflicts > 0 ? "warning" : "success"}>
              <MessageBarBody>{ledgerWrittenLine(run)}</MessageBarBody>
            </MessageBar>
          ) : (
            <MessageBar intent="warning">
              <MessageBarBody>
                没有找到问题台账：
                {run.result.tables.length
                  ? "只有考评表，没有问题记录。"
                  : "没有一张工作表像问题台账（需要有“责任单位”“问题描述”等列，原因见下方）。"}
                未写入“标准台账”。
              </MessageBarBody>
            </MessageBar>
          )}
          <PhotoNote run={run} />
          <div className={classes.summary}>
            <div className={classes.stat}>
              <span className={classes.statValue}>{run.counts.tables}</span>
              <Text size={200}>台账表</Text>
            </div>
            <div className={classes.stat}>
              <span className={classes.statValue}>{run.counts.records}</span>
              <Text size={200}>结构化记录</Text>
            </div>
            <div className={classes.stat}>
              <span className={classes.statValue}>{run.counts.skippedRows}</span>
              <Text size={200}>跳过的行</Text>
            </div>
          </div>
          {run.result.tables.map((t) => (
            <TableCard key={`${t.sheetName}`} table={t} state={state} classes={classes} />
          ))}
          {run.result.skipped.length > 0 && (
            <div className={classes.section}>
              <Text weight="semibold">未结构化的工作表</Text>
              {run.result.skipped.map((s) => (
                <Text key={s.sheet} size={200}>
                  {s.sheet}：{SKIP_REASONS[s.reason]}
                </Text>
              ))}
            </div>
          )}
        </>
      )}
    </section>
  );
}
