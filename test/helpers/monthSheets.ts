import ExcelJS from "exceljs";

/** A sheet per month, dates typed as 5.3 with the year only in the titles (April: 3 findings, May: 4). */
export async function monthSheetsXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const months: Array<[number, Array<[string, string, string, string, string, string, string]>]> = [
    [
      4,
      [
        ["4.2", "甲街道", "垃圾乱堆", "解放路", "4.9", "已整改", "4.8"],
        ["4.15", "乙社区", "防鼠设施缺失", "菜市场", "4.20", "已整改", "4.30"],
        ["4.20", "丙局", "控烟标识缺失", "办公楼", "4.28", "未整改", ""],
      ],
    ],
    [
      5,
      [
        ["5.3", "甲街道", "果皮箱满溢", "人民路", "5.10", "已整改", "5.8"],
        ["5.6", "乙社区", "积水未清", "小区5栋", "5.12", "未整改", ""],
        ["5.12", "甲街道", "乱张贴", "北山路", "5.20", "整改中", ""],
        ["5.20", "丙局", "吸烟现象", "大厅", "5.25", "已整改", "5.27"],
      ],
    ],
  ];
  for (const [m, rows] of months) {
    const ws = wb.addWorksheet(`${m}月份`);
    ws.addRow([`某街道2025年${m}月创卫问题清单`]);
    ws.addRow(["检查日期", "责任单位", "问题描述", "点位", "整改期限", "整改情况", "完成日期"]);
    for (const r of rows) ws.addRow(r.map((v) => (v === "" ? null : v)));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
