import { statSync } from "node:fs";
import { dirname, join } from "node:path";
import type { NoticeModel } from "../core/notices/buildNotices";
import { missingNoticeSettings, noticeSettings } from "../core/notices/noticeSettings";
import { parseRegister, REGISTER_SHEET } from "../core/notices/noticeRegister";
import { EXCLUSION_LABELS } from "../core/notices/selectForNotices";
import { parseSettings, SETTINGS_SHEET } from "../core/settings/settings";
import { safeFileName, safeFileNameWithExtension } from "../hosts/file/safeFileName";
import { runNotices, saveNoticeSettings } from "../workflows/noticesWorkflow";
import { UsageError } from "./cliErrors";
import { isoDateArg } from "./dateArgs";
import { openInput, readInputFile, type InputFile } from "./inputFile";
import { noticesDocxMaker } from "./noticesDocxWorker";
import { isOwnOutput, prepareOutputFolder, writeFilesAtomically } from "./outputFiles";
import { printJson } from "./printJson";

export interface NoticesCliOptions {
  out: string;
  units?: string;
  from?: string;
  to?: string;
  reissue?: boolean;
  date?: string;
  json?: boolean;
  issuer?: string;
}

const WORKBOOK = "通知书.xlsx";

const exists = (path: string): boolean => statSync(path, { throwIfNoEntry: false }) !== undefined;

/**
 * 通知书.xlsx in the --out folder holds the register that numbers the notices. It may be written only
 * when it is new, or when it is the input itself and this program's own notices workbook (rerunning on
 * it issues more, continuing its numbers). Any other workbook there is left alone: overwriting it
 * would start a second register and issue numbers already issued.
 */
async function checkWorkbookTarget(path: string, input: InputFile, dir: string): Promise<"new" | "in-place"> {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return "new";
  const isInput = st.dev === input.dev && st.ino === input.ino;
  if (isInput && (await isOwnOutput(input))) return "in-place";
  if (isInput) throw new UsageError(`“${path}”就是源文件，但它不是本程序生成的通知书工作簿；源文件从不修改，请换一个输出文件夹`);
  if (await isOwnOutput(readInputFile(path)))
    throw new UsageError(
      `输出文件夹中已有本程序生成的“${WORKBOOK}”（有它自己的通知书登记，文号不能重复）：请在它上面继续（chuangwei notices "${path}" --out "${dir}"），或换一个输出文件夹`,
    );
  throw new UsageError(`输出文件夹中已有“${WORKBOOK}”，但它不是本程序生成的工作簿；为免覆盖它，请换一个输出文件夹`);
}

const docxName = (n: NoticeModel): string =>
  safeFileNameWithExtension(`${safeFileName(n.docNo)}-${safeFileName(n.recipient, 120)}`, ".docx");

/** From a ledger of this size on (about 5,000 rows), the .docx are made in a worker thread (below, starting one costs more). */
const DOCX_WORKER_BYTES = 800_000;

export async function noticesCommand(ledger: string, opts: NoticesCliOptions): Promise<void> {
  const from = isoDateArg("--from", opts.from);
  const to = isoDateArg("--to", opts.to);
  const issuedOn = isoDateArg("--date", opts.date);
  const { host, file: input } = openInput(ledger);
  const docx = noticesDocxMaker(__filename, input.bytes.length >= DOCX_WORKER_BYTES);
  const dir = prepareOutputFolder(opts.out);
  const workbookPath = join(dir, WORKBOOK);
  const mode = await checkWorkbookTarget(workbookPath, input, dir);
  // The register travels with its workbook: numbering a copy of it in another folder would leave two
  // registers, and the next run on the original would issue the copy's numbers again.
  const register = parseRegister(await host.readSheet(REGISTER_SHEET));
  if (mode === "new" && register.length > 0)
    throw new UsageError(
      `“${ledger}”有它自己的通知书登记（已有 ${register.length} 个文号，最后是 ${register.at(-1)!.docNo}），文号只能在它上面接着编：${input.name === WORKBOOK ? `请用 --out "${dirname(input.realPath)}"` : `请把它改名为“${WORKBOOK}”，并用它所在的文件夹作 --out`}（另存到别的文件夹会有两份登记，发出重复的文号）`,
    );
  // A notice without its office has no 版头 and a placeholder 落款: refuse before a 文号 is taken, as the
  // pane does. --issuer gives it once; it is then remembered in the output workbook's 设置.
  const stored = noticeSettings(parseSettings(await host.readSheet(SETTINGS_SHEET)));
  const issuer = opts.issuer?.trim() || stored.issuer;
  if (missingNoticeSettings({ ...stored, issuer }).length > 0)
    throw new UsageError(
      `还没有发文机关，通知书没有版头和落款，未生成（文号未占用）：请加 --issuer "某区创建国家卫生城市工作领导小组办公室"（记入输出工作簿的“设置”，以后不必再给），或在台账的“设置”工作表中填写 通知书 | 发文机关`,
    );
  const issuerChanged = issuer !== stored.issuer;
  if (issuerChanged) await saveNoticeSettings(host, { ...stored, issuer });
  const run = await runNotices(host, {
    requireSettings: true,
    selection: {
      units: opts.units
        ?.split(/[,，、]/)
        .map((u) => u.trim())
        .filter(Boolean),
      from,
      to,
      reissue: opts.reissue,
    },
    issuedOn,
  });
  // Everything is made in memory first and written together, the register last: a run either
  // completes or leaves nothing half-issued.
  const files: Array<{ path: string; bytes: Uint8Array }> = [];
  const byId = new Map(run.ledger.map((f) => [f.id, f]));
  const written: Array<{ number: string; unit: string; findings: Array<{ sheet: string | null; row: number }>; docx: string }> = [];
  const docs: Array<{ path: string; notices: typeof run.notices }> = run.notices.map((n) => ({
    path: join(dir, docxName(n)),
    notices: [n],
  }));
  for (const [i, n] of run.notices.entries())
    written.push({
      number: n.docNo,
      unit: n.recipient,
      findings: n.items.map((i) => ({ sheet: byId.get(i.findingId)!.source.sheet, row: byId.get(i.findingId)!.source.row })),
      docx: docs[i]!.path,
    });
  if (run.notices.length > 1) {
    const range = `${run.notices[0]!.docNo}至${run.notices.at(-1)!.docNo.replace(/^.*〕/, "")}`;
    docs.push({ path: join(dir, safeFileNameWithExtension(`整改通知书（${range}）`, ".docx")), notices: run.notices });
  }
  const taken = docs.find((d) => exists(d.path));
  if (taken) throw new UsageError(`输出文件夹中已有同名文件“${taken.path}”，没有覆盖；请换一个输出文件夹`);
  // A large ledger's .docx are made in a worker while 通知书.xlsx is packaged here.
  const made = docx.make(docs.map((d) => d.notices));
  made.catch(() => undefined); // awaited below, after the workbook; a failure surfaces there

  const workbook = run.notices.length > 0 || mode === "new" || issuerChanged ? await host.toXlsx() : null;
  (await made).forEach((bytes, i) => files.push({ path: docs[i]!.path, bytes }));
  if (workbook) files.push({ path: workbookPath, bytes: workbook });
  writeFilesAtomically(files);

  const skipped = run.candidates.excluded.map((e) => ({
    sheet: e.finding.source.sheet,
    row: e.finding.source.row,
    unit: e.finding.unit,
    code: e.reason,
    reason: EXCLUSION_LABELS[e.reason],
  }));
  if (opts.json) {
    printJson({ notices: written, skipped, alreadyIssued: run.candidates.alreadyIssued.length, warnings: run.warnings });
    return;
  }
  const lines = run.notices.length
    ? [`生成整改通知书 ${run.notices.length} 份：`, ...written.map((w) => `  ${w.number}  ${w.unit}（${w.findings.length} 个问题）`)]
    : [
        `没有需要新发通知书的问题${run.candidates.alreadyIssued.length ? `（${run.candidates.alreadyIssued.length} 个问题已有通知书，如需重发请加 --reissue）` : ""}。`,
      ];
  for (const s of skipped) lines.push(`  未发：${s.sheet ?? ""}第${s.row}行（${s.unit ?? "无单位"}）：${s.reason}`);
  for (const w of run.warnings) lines.push(`注意：${w}`);
  if (exists(workbookPath)) lines.push(`工作簿：${workbookPath}`);
  process.stdout.write(`${lines.join("\n")}\n`);
}
