import ExcelJS from "exceljs";

/** The 单位名录 of the office in the round-trip tests. */
export const UNITS = ["区城市管理局", "南湖街道", "北山街道", "区教育局"];

/**
 * An office's June inspection ledger (one sheet, 7 findings for 3 units) with its 单位名录: what a
 * 创卫办 structures, distributes and consolidates the replies into.
 */
export async function officeLedgerXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("6月督查");
  ws.addRow(["2025年6月创卫督查问题台账"]);
  ws.addRow(["序号", "检查日期", "责任单位", "问题描述", "地点", "整改时限", "整改情况", "完成时间"]);
  const d = (day: number) => new Date(Date.UTC(2025, 5, day));
  ws.addRow([1, d(2), "区城市管理局", "垃圾桶满溢", "解放路", d(9), "未整改", null]);
  ws.addRow([2, d(2), "区城市管理局", "公厕洗手液缺失", "人民路", d(9), "未整改", null]);
  ws.addRow([3, d(3), "区城市管理局", "店外经营", "滨江路", d(6), "已整改", d(4)]);
  ws.addRow([4, d(3), "南湖街道", "绿化带裸土", "南湖公园", d(20), "整改中", null]);
  ws.addRow([5, d(4), "南湖街道", "毒鼠屋缺失", "农贸市场", d(11), "未整改", null]);
  ws.addRow([6, d(4), "北山街道", "墙面乱张贴", "北山菜市场", d(11), "未整改", null]);
  ws.addRow([7, d(5), "北山街道", "积水容器未清理", "北山小区", d(12), "未整改", null]);
  for (const c of ["B", "F", "H"]) ws.getColumn(c).numFmt = "yyyy-mm-dd";
  const units = wb.addWorksheet("单位名录");
  units.addRow(["单位名称", "简称/别名", "单位类型"]);
  units.addRow(["区城市管理局", "城管局、区城管局", "区直部门"]);
  units.addRow(["南湖街道", "南湖", "街道"]);
  units.addRow(["北山街道", "北山", "街道"]);
  units.addRow(["区教育局", "教育局", "区直部门"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** What a unit types into its 交办单: per 编号 the reply cells, and rows it adds below. */
export interface FormReply {
  byId?: Record<string, { status?: string; rectifiedOn?: Date; measure?: string; owner?: string }>;
  added?: Array<{ inspectedOn: string; description: string; location: string; status: string }>;
}

/** Fills in a 交办单 as a unit would in Excel (the sheet stays protected: only unlocked cells are typed in). */
export async function fillForm(bytes: Uint8Array, reply: FormReply): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("交办单")!;
  let firstEmpty = 5;
  for (let r = 5; r <= ws.rowCount; r++) {
    const id = ws.getCell(`A${r}`).text;
    if (!id) {
      firstEmpty = r;
      break;
    }
    const v = reply.byId?.[id];
    if (!v) continue;
    if (v.status) ws.getCell(`H${r}`).value = v.status;
    if (v.rectifiedOn) ws.getCell(`I${r}`).value = v.rectifiedOn;
    if (v.measure) ws.getCell(`J${r}`).value = v.measure;
    if (v.owner) ws.getCell(`K${r}`).value = v.owner;
  }
  for (const [i, a] of (reply.added ?? []).entries()) {
    const r = firstEmpty + i;
    if (ws.getCell(`B${r}`).protection?.locked === true) throw new Error("spare rows are locked");
    ws.getCell(`B${r}`).value = a.inspectedOn;
    ws.getCell(`D${r}`).value = a.description;
    ws.getCell(`E${r}`).value = a.location;
    ws.getCell(`H${r}`).value = a.status;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
