import type { ReplyFormPlan } from "../../../core/consolidate/replyForm";
import { stampOf } from "../../../core/ledger/ledgerTime";
import type { ConsolidateInput } from "../../../workflows/consolidateWorkflow";
import { loadSimplifier } from "../../lazy/simplifier";

const WORKBOOK = /\.(xlsx|xlsm|xls|csv)$/i;

/** Files picked or dropped in the pane, read here in the browser (never opened by Excel), one at a time. */
export function inputsFromFiles(files: readonly File[]): ConsolidateInput[] {
  return files.map((f) => ({
    name: f.name,
    at: stampOf(new Date(f.lastModified || Date.now())),
    read: async () => {
      const [{ FileHost }] = await Promise.all([
        import(/* webpackChunkName: "file-host" */ "../../../hosts/file/fileHost"),
        loadSimplifier(),
      ]);
      return new FileHost(new Uint8Array(await f.arrayBuffer()), f.name).readWorkbook();
    },
  }));
}

/** Only workbooks; Office's ~$ lock files left out. */
export function workbookFiles(list: Iterable<File>): File[] {
  return [...list].filter((f) => WORKBOOK.test(f.name) && !f.name.startsWith("~$"));
}

export async function formBytes(form: ReplyFormPlan): Promise<Uint8Array> {
  // exceljs loads with the first form written.
  const { writeReplyForm } = await import(/* webpackChunkName: "reply-form" */ "../../../hosts/file/writeReplyForm");
  return writeReplyForm(form);
}

/** All the forms in one .zip, for one download. */
export async function formsZip(forms: ReadonlyArray<{ fileName: string; bytes: Uint8Array }>): Promise<Uint8Array> {
  const { default: JSZip } = await import(/* webpackChunkName: "jszip" */ "jszip");
  const zip = new JSZip();
  for (const f of forms) zip.file(f.fileName, f.bytes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
