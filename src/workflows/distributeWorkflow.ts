import { distributeSettings, replyFormPlans, type ReplyFormPlan } from "../core/consolidate/replyForm";
import { addDays } from "../core/normalize/calendar";
import { textColumn, type SheetPlan } from "../core/output/sheetPlan";
import type { WorkbookHost } from "../core/port/workbookHost";
import { structureRead } from "./structureWorkflow";
import { todayIso } from "./today";
import { cellText } from "../core/normalize/text";

export const BATCHES_SHEET = "交办记录";

export interface DistributeOptions {
  /** Only these units (names as in 责任单位). */
  units?: readonly string[];
  /** Inspection dates from…to (ISO, inclusive). */
  from?: string;
  to?: string;
  /** The 交办 date (default today). */
  issuedOn?: string;
  /** Record the batch in this workbook's 交办记录 (in Excel; the CLI never changes its input). */
  record?: boolean;
}

export interface DistributeRun {
  batch: string;
  issuedOn: string;
  replyBy: string;
  forms: ReplyFormPlan[];
  /** Units asked for that have no open findings. */
  nothingOpen: string[];
}

const OPEN = new Set([null, "pending", "inProgress", "relapsed"]);

function batchName(issuedOn: string, earlier: readonly string[]): string {
  const base = `交办-${issuedOn}`;
  let name = base;
  for (let n = 2; earlier.includes(name); n++) name = `${base}-${n}`;
  return name;
}

/** The batch names already in 交办记录 (so a second batch on the same day gets its own name). */
function earlierBatches(sheet: { values: unknown[][] } | null): string[] {
  return (sheet?.values ?? []).slice(1).flatMap((r) => {
    const t = cellText(r[0] as string | number | null);
    return t ? [t] : [];
  });
}

/**
 * 交办单 out: one form per unit with its open findings (未整改, 整改中, 反弹), narrowed to the chosen
 * units and inspection dates. The forms are plans; the caller writes them as files.
 */
export async function runDistribute(host: WorkbookHost, options: DistributeOptions = {}): Promise<DistributeRun> {
  const workbook = await host.readWorkbook();
  const structure = structureRead(workbook);
  const ds = distributeSettings(structure.settings);
  const units = options.units?.length ? new Set(options.units) : null;
  const open = structure.ledger.filter(
    (f) =>
      OPEN.has(f.status) &&
      f.unit !== null &&
      (!units || units.has(f.unit)) &&
      (!options.from || (f.inspectedOn !== null && f.inspectedOn >= options.from)) &&
      (!options.to || (f.inspectedOn !== null && f.inspectedOn <= options.to)),
  );
  const issuedOn = options.issuedOn ?? todayIso();
  const replyBy = addDays(issuedOn, ds.replyDays);
  const batch = batchName(issuedOn, earlierBatches(await host.readSheet(BATCHES_SHEET)));
  const sentTo = [...new Set(open.map((f) => f.unit!))];
  const forms = replyFormPlans(open, { batch, issuedOn, replyBy, units: sentTo }, ds.statusWords);
  if (options.record && forms.length > 0) {
    const existing = await host.readSheet(BATCHES_SHEET);
    const rows = [
      ...(existing?.values.slice(1) ?? []).map((r) => r.map((v) => (v ?? null) as string | number | null)),
      ...forms.map((f) => [batch, issuedOn, replyBy, f.unit, f.rows.length, f.fileName]),
    ];
    await host.writeSheet(batchesSheetPlan(rows));
  }
  return { batch, issuedOn, replyBy, forms, nothingOpen: [...(units ?? [])].filter((u) => !sentTo.includes(u)) };
}

/** Units with open findings and how many, for choosing whom to send 交办单 to. */
export async function openFindingsByUnit(host: WorkbookHost): Promise<Array<{ unit: string; open: number }>> {
  const counts = new Map<string, number>();
  for (const f of structureRead(await host.readWorkbook()).ledger)
    if (f.unit && OPEN.has(f.status)) counts.set(f.unit, (counts.get(f.unit) ?? 0) + 1);
  return [...counts].map(([unit, open]) => ({ unit, open }));
}

function batchesSheetPlan(rows: Array<Array<string | number | null>>): SheetPlan {
  return {
    name: BATCHES_SHEET,
    columns: [
      textColumn("交办批次", 18),
      textColumn("交办日期", 12),
      textColumn("回复期限", 12),
      textColumn("单位", 20),
      { header: "问题数", width: 8, numberFormat: null, kind: "number" },
      textColumn("文件", 36),
    ],
    rows,
    table: null,
    freezeHeader: true,
  };
}
