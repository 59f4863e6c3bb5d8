import { DEADLINE_LABELS, STATUS_LABELS, type Finding } from "../model/finding";
import { cellAddress } from "../model/address";
import type { CellValue } from "../model/grid";
import { editNote } from "../ledger/editNotes";
import { encodeState, type LedgerRow } from "../ledger/ledgerRecord";
import { STAMP_FORMAT, stampToSerial } from "../ledger/ledgerTime";
import { isoToExcelSerial } from "../normalize/calendar";

export type LedgerColumnKind = "text" | "date" | "number";

export interface LedgerColumn {
  key: string;
  header: string;
  width: number;
  kind: LedgerColumnKind;
  get: (r: LedgerRow) => CellValue;
  numberFormat?: string;
  hidden?: boolean;
}

const date = (iso: string | null): CellValue => (iso ? isoToExcelSerial(iso) : null);

/** The columns of 标准台账, in order. Headers are what users read; keys are what code reads back. */
export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  { key: "id", header: "编号", width: 17, kind: "text", get: (f) => f.id },
  { key: "inspectedOn", header: "检查日期", width: 12, kind: "date", get: (f) => date(f.inspectedOn) },
  { key: "unit", header: "责任单位", width: 20, kind: "text", get: (f) => f.unit },
  { key: "category", header: "问题类别", width: 14, kind: "text", get: (f) => f.category },
  { key: "description", header: "问题描述", width: 36, kind: "text", get: (f) => f.description },
  { key: "location", header: "地点", width: 20, kind: "text", get: (f) => f.location },
  { key: "measure", header: "整改措施", width: 24, kind: "text", get: (f) => f.measure },
  {
    key: "deadline",
    header: "整改时限",
    width: 12,
    kind: "date",
    get: (f) => (f.deadline === "immediate" || f.deadline === "longTerm" ? DEADLINE_LABELS[f.deadline] : date(f.deadline)),
  },
  { key: "status", header: "整改情况", width: 10, kind: "text", get: (f) => (f.status ? STATUS_LABELS[f.status] : null) },
  { key: "rectifiedOn", header: "完成时间", width: 12, kind: "date", get: (f) => date(f.rectifiedOn) },
  // How many pictures the source row has; the cell links to the first (the pictures stay in the source sheet).
  { key: "photosBefore", header: "整改前照片", width: 10, kind: "text", get: (f) => photoCount(f.photos?.before.length) },
  { key: "photosAfter", header: "整改后照片", width: 10, kind: "text", get: (f) => photoCount(f.photos?.after.length) },
  { key: "owner", header: "责任人", width: 10, kind: "text", get: (f) => f.owner },
  { key: "phone", header: "联系电话", width: 15, kind: "text", get: (f) => f.phone },
  { key: "noticeNo", header: "通知书编号", width: 18, kind: "text", get: (f) => f.noticeNo },
  { key: "remark", header: "备注", width: 16, kind: "text", get: (f) => f.remark },
  { key: "origin", header: "问题来源", width: 14, kind: "text", get: (f) => f.origin ?? null },
  { key: "reportedBy", header: "报送单位", width: 16, kind: "text", get: (f) => f.reportedBy ?? null },
  {
    key: "updatedAt",
    header: "最后更新",
    width: 16,
    kind: "date",
    numberFormat: STAMP_FORMAT,
    get: (f) => stampToSerial(f.updatedAt ?? null),
  },
  { key: "editNote", header: "修改说明", width: 30, kind: "text", get: (f) => editNote(f) },
  { key: "sourceFile", header: "来源文件", width: 22, kind: "text", get: (f) => f.source.file },
  { key: "sourceSheet", header: "来源工作表", width: 12, kind: "text", get: (f) => f.source.sheet },
  { key: "sourceRow", header: "来源行", width: 8, kind: "number", get: (f) => f.source.row },
  // What a rerun needs to tell an office edit from a source change; nobody has to read it.
  { key: "state", header: "同步信息", width: 12, kind: "text", hidden: true, get: (f) => encodeState(f.state ?? null) },
];

export const DATE_FORMAT = "yyyy-mm-dd";

function photoCount(n: number | undefined): CellValue {
  return n ? `${n}张` : null;
}

/** Links from the photo counts of 标准台账 to the first 整改前/整改后 picture's cell in the source sheet. */
export function photoLinks(findings: readonly Finding[]): Array<{ row: number; col: number; sheet: string; cell: string }> {
  const cols = {
    before: LEDGER_COLUMNS.findIndex((c) => c.key === "photosBefore"),
    after: LEDGER_COLUMNS.findIndex((c) => c.key === "photosAfter"),
  };
  return findings.flatMap((f, row) =>
    (["before", "after"] as const).flatMap((side) => {
      const first = f.photos?.[side][0];
      return first ? [{ row, col: cols[side], sheet: first.sheet, cell: cellAddress(first.row, first.col) }] : [];
    }),
  );
}
