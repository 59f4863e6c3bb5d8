import type { StructureRun } from "./structureWorkflow";

/**
 * What the pane says after 结构化 wrote 标准台账: how many records, and — so a rerun never hides
 * them in the sheet's colours alone — the office's edits it kept and the source changes that now
 * wait for a decision.
 */
export function ledgerWrittenLine(run: Pick<StructureRun, "ledger" | "events" | "merge">): string {
  const parts = [`已写入“标准台账”：${run.ledger.length} 条记录。源工作表未做任何修改。`];
  const edits = run.events.filter((e) => e.kind === "officeEdit").length;
  if (edits > 0) parts.push(`本表中改过的 ${edits} 个值已保留（浅紫色，“修改说明”列写明源表原值）。`);
  if (run.merge.conflicts > 0)
    parts.push(
      `${run.merge.conflicts} 条记录的源表也改了本表改过的值（橙色）：没有覆盖，请在“汇总”面板的“待确认”中逐条选择保留本表或采用源表。`,
    );
  return parts.join("");
}
