import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { EXCLUSION_LABELS } from "../core/notices/selectForNotices";
import { noticesDocx } from "../hosts/file/writeNoticesDocx";
import { runNotices } from "../workflows/noticesWorkflow";
import { UsageError } from "./cliErrors";
import { openFileHost, writeOutput } from "./fileArgs";

export interface NoticesCliOptions {
  out: string;
  units?: string;
  from?: string;
  to?: string;
  reissue?: boolean;
  date?: string;
  json?: boolean;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const safeName = (s: string): string => s.replace(/[\\/:*?"<>|]/g, "_");

export async function noticesCommand(ledger: string, opts: NoticesCliOptions): Promise<void> {
  for (const [flag, v] of [
    ["--from", opts.from],
    ["--to", opts.to],
    ["--date", opts.date],
  ] as const) {
    if (v && !ISO.test(v)) throw new UsageError(`${flag} 应写成 YYYY-MM-DD（收到“${v}”）`);
  }
  const host = openFileHost(ledger);
  const run = await runNotices(host, {
    selection: {
      units: opts.units
        ?.split(/[,，、]/)
        .map((u) => u.trim())
        .filter(Boolean),
      from: opts.from,
      to: opts.to,
      reissue: opts.reissue,
    },
    issuedOn: opts.date,
  });
  const dir = resolve(opts.out);
  mkdirSync(dir, { recursive: true });
  const workbookPath = join(dir, "通知书.xlsx");
  // Rerunning on the workbook this command wrote is the expected way to issue more; writing back
  // into it is fine because it is the add-in's own output, not a source.
  const ownOutput = resolve(ledger) === workbookPath;
  if (run.notices.length > 0 || !ownOutput) {
    if (ownOutput) writeFileSync(workbookPath, await host.toXlsx());
    else writeOutput(workbookPath, await host.toXlsx(), [ledger]);
  }
  const written: Array<{ number: string; unit: string; findings: Array<{ sheet: string | null; row: number }>; docx: string }> = [];
  const byId = new Map(run.ledger.map((f) => [f.id, f]));
  for (const n of run.notices) {
    const file = join(dir, `${safeName(n.docNo)}-${safeName(n.recipient).slice(0, 40)}.docx`);
    writeFileSync(file, await noticesDocx([n]));
    written.push({
      number: n.docNo,
      unit: n.recipient,
      findings: n.items.map((i) => ({ sheet: byId.get(i.findingId)!.source.sheet, row: byId.get(i.findingId)!.source.row })),
      docx: file,
    });
  }
  if (run.notices.length > 1) writeFileSync(join(dir, "整改通知书（本次全部）.docx"), await noticesDocx(run.notices));
  const skipped = run.candidates.excluded.map((e) => ({
    sheet: e.finding.source.sheet,
    row: e.finding.source.row,
    unit: e.finding.unit,
    code: e.reason,
    reason: EXCLUSION_LABELS[e.reason],
  }));
  if (opts.json) {
    process.stdout.write(
      `${JSON.stringify({ notices: written, skipped, alreadyIssued: run.candidates.alreadyIssued.length, warnings: run.warnings }, null, 2)}\n`,
    );
    return;
  }
  const lines = run.notices.length
    ? [`生成整改通知书 ${run.notices.length} 份：`, ...written.map((w) => `  ${w.number}  ${w.unit}（${w.findings.length} 个问题）`)]
    : [
        `没有需要新发通知书的问题${run.candidates.alreadyIssued.length ? `（${run.candidates.alreadyIssued.length} 个问题已有通知书，如需重发请加 --reissue）` : ""}。`,
      ];
  for (const s of skipped) lines.push(`  未发：${s.sheet ?? ""}第${s.row}行（${s.unit ?? "无单位"}）：${s.reason}`);
  for (const w of run.warnings) lines.push(`注意：${w}`);
  if (existsSync(workbookPath)) lines.push(`工作簿：${workbookPath}`);
  process.stdout.write(`${lines.join("\n")}\n`);
}
