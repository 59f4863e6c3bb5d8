import type { ReplyFormPlan } from "../../../core/consolidate/replyForm";
import { stampOf } from "../../../core/ledger/ledgerTime";
import { FileHost } from "../../../hosts/file/fileHost";
import { writeReplyForm } from "../../../hosts/file/writeReplyForm";
import type { ConsolidateInput } from "../../../workflows/consolidateWorkflow";

const WORKBOOK = /\.(xlsx|xlsm|xls|csv)$/i;

/** Files picked or dropped in the pane, read here in the browser (never opened by Excel), one at a time. */
export function inputsFromFiles(files: readonly File[]): ConsolidateInput[] {
  return files.map((f) => ({
    name: f.name,
    at: stampOf(new Date(f.lastModified || Date.now())),
    read: async () => new FileHost(new Uint8Array(await f.arrayBuffer()), f.name).readWorkbook(),
  }));
}

/** Only workbooks; Office's ~$ lock files left out. */
export function workbookFiles(list: Iterable<File>): File[] {
  return [...list].filter((f) => WORKBOOK.test(f.name) && !f.name.startsWith("~$"));
}

export async function formBytes(form: ReplyFormPlan): Promise<Uint8Array> {
  return writeReplyForm(form);
}

/** All the forms in one .zip, for one download. */
export async function formsZip(forms: ReadonlyArray<{ fileName: string; bytes: Uint8Array }>): Promise<Uint8Array> {
  const { default: JSZip } = await import("jszip");
  const zip = new JSZip();
  for (const f of forms) zip.file(f.fileName, f.bytes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
