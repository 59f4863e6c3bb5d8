import { DEADLINE_LABELS, STATUS_LABELS, type FindingField } from "../model/finding";
import { conflictFields, editedFields, type LedgerRow } from "../ledger/ledgerRecord";
import { DEFAULT_CATEGORIES } from "../vocab/categories";
import { DATE_FORMAT, LEDGER_COLUMNS, photoLinks } from "./ledgerColumns";
import { REGISTRY_SHEET } from "../registry/unitRegistry";
import type { CellMark, ColumnValidation, PrintSetup, SheetPlan } from "./sheetPlan";

export const LEDGER_SHEET = "标准台账";
export const LEDGER_TABLE = "标准台账表";

export function ledgerColumnIndex(key: string): number {
  return LEDGER_COLUMNS.findIndex((c) => c.key === key);
}

export interface LedgerPlanOptions {
  categories?: readonly string[];
  /** Rows in 单位名录: 责任单位 gets a dropdown of its names. */
  registrySize?: number;
}

/** Dropdowns and date checks on 标准台账, so entries typed there later are right at the source. */
function ledgerValidations(opts: LedgerPlanOptions): ColumnValidation[] {
  const v: ColumnValidation[] = [
    { col: ledgerColumnIndex("status"), kind: "list", values: Object.values(STATUS_LABELS) },
    { col: ledgerColumnIndex("category"), kind: "list", values: [...(opts.categories ?? DEFAULT_CATEGORIES.map((c) => c.name))] },
    { col: ledgerColumnIndex("inspectedOn"), kind: "date" },
    { col: ledgerColumnIndex("rectifiedOn"), kind: "date" },
    { col: ledgerColumnIndex("deadline"), kind: "dateOrWords", words: Object.values(DEADLINE_LABELS) },
  ];
  // Column A of 单位名录 below its header, as long as it is filled: the list grows with the registry
  // (a fixed $A$2:$A$N would not) and works whether or not 单位名录 is a table.
  if (opts.registrySize && opts.registrySize > 0)
    v.push({
      col: ledgerColumnIndex("unit"),
      kind: "listRange",
      source: `=OFFSET(${REGISTRY_SHEET}!$A$2,0,0,MAX(1,COUNTA(${REGISTRY_SHEET}!$A:$A)-1),1)`,
    });
  return v;
}

/** Cells the office edited, and conflicts waiting for a decision, coloured so they can be seen at a glance. */
export function editMarks(rows: readonly LedgerRow[], firstRow = 0): CellMark[] {
  const marks: CellMark[] = [];
  rows.forEach((r, i) => {
    if (!r.state) return;
    const conflicts = new Set<FindingField>(conflictFields(r));
    for (const field of conflicts) marks.push({ row: firstRow + i, col: ledgerColumnIndex(field), severity: "conflict" });
    for (const field of editedFields(r))
      if (!conflicts.has(field)) marks.push({ row: firstRow + i, col: ledgerColumnIndex(field), severity: "edited" });
  });
  return marks;
}

/**
 * 标准台账 on paper: all 24 columns at one landscape page wide would print at about 35 %. A clerk prints the
 * findings — 编号 through 联系电话 (who is responsible, and how to reach them) — so the print area stops
 * there, leaving the office's tracking columns (通知书编号 and 备注 onwards: 问题来源, 报送单位, 最后更新,
 * 修改说明, 来源, 同步信息) on screen; with Excel's narrow side margins that prints at about 65 %.
 */
const LEDGER_PRINT: PrintSetup = {
  orientation: "landscape",
  titleRows: { first: 1, last: 1 },
  fit: "width",
  columns: ledgerColumnIndex("phone") + 1,
  marginsMm: { top: 19, bottom: 19, left: 10, right: 6.4 },
};

export function ledgerSheetPlan(records: readonly LedgerRow[], opts: LedgerPlanOptions = {}): SheetPlan {
  return {
    name: LEDGER_SHEET,
    columns: LEDGER_COLUMNS.map((c) => ({
      header: c.header,
      width: c.width,
      numberFormat: c.numberFormat ?? (c.kind === "date" ? DATE_FORMAT : c.kind === "text" ? "@" : null),
      kind: c.kind,
      ...(c.hidden ? { hidden: true } : {}),
    })),
    rows: records.map((f) => LEDGER_COLUMNS.map((c) => c.get(f))),
    table: { name: LEDGER_TABLE, style: "TableStyleMedium2" },
    freezeHeader: true,
    links: photoLinks(records),
    validations: ledgerValidations(opts),
    marks: editMarks(records),
    print: LEDGER_PRINT,
  };
}
