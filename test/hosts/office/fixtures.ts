/** Workbooks and findings the Office host's tests share (built in code). */
import type { Finding } from "../../../src/core/model/finding";
import { WorkbookModel } from "../../harness/workbookModel";

export const finding = (i: number, description: string): Finding => ({
  id: `CW-${i}`,
  source: { file: "大台账.xlsx", sheet: "台账", row: i + 3 },
  inspectedOn: "2024-05-03",
  unit: "区城市管理局",
  category: "市容环境卫生",
  description,
  location: "解放路与人民路交叉口",
  measure: "立即整改，举一反三",
  deadline: "2024-05-10",
  status: "pending",
  rectifiedOn: null,
  owner: "张三",
  phone: "13800000000",
  noticeNo: null,
  remark: null,
});

const f = (i: number, unit: string, month: string, status: Finding["status"]): Finding => ({
  id: `CW-${unit}-${i}`,
  source: { file: "a", sheet: "s", row: i + 2 },
  inspectedOn: `${month}-${String(1 + (i % 27)).padStart(2, "0")}`,
  unit,
  category: "市容环境卫生",
  description: `问题${i}`,
  location: null,
  measure: null,
  deadline: `${month}-28`,
  status,
  rectifiedOn: status === "rectified" ? `${month}-27` : null,
  owner: null,
  phone: null,
  noticeNo: null,
  remark: null,
});

export function reportFindings(units: number, perUnit = 6): Finding[] {
  const out: Finding[] = [];
  for (let u = 0; u < units; u++)
    for (let i = 0; i < perUnit; i++) out.push(f(i, `单位${u + 1}`, i % 2 ? "2025-05" : "2025-04", i % 3 ? "rectified" : "pending"));
  return out;
}

export function noticesWorkbook(units: number, perUnit: number): WorkbookModel {
  const book = new WorkbookModel();
  const rows: Array<Array<string | number>> = [["检查日期", "责任单位", "问题描述", "地点", "整改期限", "整改情况"]];
  for (let u = 0; u < units; u++)
    for (let i = 0; i < perUnit; i++)
      rows.push([45_780 + i, `单位${u + 1}`, `问题${u}-${i}：垃圾桶满溢、周边卫生差`, "解放路", 45_800, "未整改"]);
  book.addSheet("5月", rows);
  book.addSheet("设置", [
    ["分类", "工作表", "名称", "值", "说明"],
    ["通知书", "", "发文机关", "某区创卫办", ""],
  ]);
  return book;
}

export function liveWorkbook(n: number): WorkbookModel {
  const book = new WorkbookModel();
  const rows = Array.from({ length: n }, (_, i) => [45_450 + (i % 20), "区城市管理局", `问题${i}`, 45_480, "已整改", 45_470]);
  const ledger = book.addSheet("6月", [["检查日期", "责任单位", "问题描述", "整改期限", "整改情况", "完成日期"], ...rows]);
  for (let r = 1; r <= n; r++) for (const c of [0, 3]) ledger.setCell(r, c, { numberFormat: "yyyy-mm-dd" });
  book.addSheet("单位名录", [["单位名称", "简称/别名"], ["区城市管理局"]]);
  return book;
}

/** A ledger of n rows with a mistake every 5th row (deadline before inspection) and a registry sheet. */
export function validationWorkbook(n: number): WorkbookModel {
  const book = new WorkbookModel();
  const rows = Array.from({ length: n }, (_, i) => [
    45_450 + (i % 20),
    i % 7 === 3 ? "区城管执法局" : "区城市管理局",
    `问题${i}`,
    i % 5 === 0 ? 45_440 : 45_480,
    "已整改",
    45_470,
  ]);
  const ledger = book.addSheet("6月", [
    ["某社区2024年6月问题台账"],
    ["检查日期", "责任单位", "问题描述", "整改期限", "整改情况", "完成日期"],
    ...rows,
  ]);
  for (let r = 2; r < n + 2; r++) for (const c of [0, 3, 5]) ledger.setCell(r, c, { numberFormat: "yyyy-mm-dd" });
  book.addSheet("单位名录", [
    ["单位名称", "简称/别名"],
    ["区城市管理局", "城管局"],
  ]);
  return book;
}
