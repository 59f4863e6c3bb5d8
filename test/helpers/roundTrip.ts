import { readLedgerRows } from "../../src/core/output/readLedgerSheet";
import { FileHost } from "../../src/hosts/file/fileHost";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbookBytes";
import { writeReplyForm } from "../../src/hosts/file/writeReplyForm";
import { runDistribute } from "../../src/workflows/distributeWorkflow";
import { runStructure } from "../../src/workflows/structureWorkflow";
import { editWorkbook } from "./editWorkbook";
import { convertWithLibreOffice } from "./libreOffice";
import { fillForm, officeLedgerXlsx } from "./officeLedger";

export interface RoundTrip {
  /** The office's 汇总 workbook: the June ledger structured, two values edited by the office in 标准台账. */
  office: Uint8Array;
  /** 编号 of the findings by their source row (3…9). */
  idOfRow: Map<number, string>;
  /** The files that came back (and one that cannot be read), with their times. */
  replies: Array<{ name: string; bytes: Uint8Array; at: string }>;
  /** Whether 城管局's reply really went through LibreOffice as .xls. */
  xls: boolean;
  batch: string;
}

const d = (day: number) => new Date(Date.UTC(2025, 5, day));

/**
 * The monthly loop, as files: structure the office's ledger, edit two values in 标准台账, distribute,
 * and fill in replies — 城管局 rectifies two findings (one of them the office edited) and adds a new
 * one, saved as .xls in LibreOffice; 南湖街道 replies and sends the same file twice; 北山街道 is silent;
 * plus a file that is not a workbook at all.
 */
export async function roundTrip(): Promise<RoundTrip> {
  const host = new FileHost(await officeLedgerXlsx(), "汇总.xlsx");
  await runStructure(host, { now: "2025-06-05 17:00" });
  const structured = await host.toXlsx();
  const rows = readLedgerRows(readWorkbookBytes(structured, "汇总.xlsx").sheets.find((s) => s.name === "标准台账")!);
  const idOfRow = new Map(rows.map((r) => [r.finding.source.row, r.finding.id]));
  const ledgerRowOf = (sourceRow: number) => rows.find((r) => r.finding.source.row === sourceRow)!.row;
  // The office: 垃圾桶满溢 is being handled (整改中); 墙面乱张贴 gets a more exact description.
  const office = await editWorkbook(structured, [
    { sheet: "标准台账", row: ledgerRowOf(3), column: "整改情况", value: "整改中" },
    { sheet: "标准台账", row: ledgerRowOf(8), column: "问题描述", value: "墙面乱张贴小广告" },
  ]);

  const run = await runDistribute(new FileHost(office, "汇总.xlsx"), { issuedOn: "2025-06-06" });
  const form = async (unit: string) => writeReplyForm(run.forms.find((f) => f.unit === unit)!);
  const cg = await fillForm(await form("区城市管理局"), {
    byId: {
      [idOfRow.get(3)!]: { status: "已整改", rectifiedOn: d(8), measure: "已清运并增设垃圾桶" },
      [idOfRow.get(4)!]: { status: "已整改", rectifiedOn: d(5), owner: "李强" },
    },
    added: [{ inspectedOn: "2025-06-07", description: "井盖破损", location: "解放路", status: "未整改" }],
  });
  const xls = convertWithLibreOffice(cg, "交办回复-区城市管理局.xlsx", "xls");
  const nh = await fillForm(await form("南湖街道"), { byId: { [idOfRow.get(6)!]: { status: "整改中", measure: "已补植一半" } } });
  return {
    office,
    idOfRow,
    xls: xls !== null,
    batch: run.batch,
    replies: [
      { name: xls ? "交办回复-区城市管理局.xls" : "交办回复-区城市管理局.xlsx", bytes: xls ?? cg, at: "2025-06-09 10:00" },
      { name: "交办回复-南湖街道.xlsx", bytes: nh, at: "2025-06-09 11:00" },
      { name: "交办回复-南湖街道(1).xlsx", bytes: nh, at: "2025-06-09 11:05" },
      { name: "损坏.xlsx", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), at: "2025-06-09 12:00" },
    ],
  };
}
