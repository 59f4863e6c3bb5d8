import ExcelJS from "exceljs";

/**
 * A hand-made-looking ledger built in code: a title, an instruction line, a two-row header with a
 * merged group, a unit merged down three rows, dates typed several ways, a group row, a 小计 row,
 * a signature line, a formula and an error cell; plus a 统计 sheet of formulas.
 */
export async function messyLedgerXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("2024年12月");
  ws.addRow(["某街道2024年12月创卫问题整改台账"]);
  ws.mergeCells("A1:I1");
  ws.addRow(["填报单位：某街道创卫办（盖章）"]);
  ws.addRow(["序号", "检查日期", "责任单位", "问题描述", "具体位置", "整改期限", "整改情况", null, "备注"]);
  ws.addRow([null, null, null, null, null, null, "是否整改", "完成时间", null]);
  for (const c of ["A", "B", "C", "D", "E", "F", "I"]) ws.mergeCells(`${c}3:${c}4`);
  ws.mergeCells("G3:H3");
  ws.addRow(["一、病媒生物防制（共2个问题）"]);
  ws.mergeCells("A5:I5");
  ws.addRow([1, new Date(Date.UTC(2024, 11, 28)), "区城市管理局", "垃圾桶周边\n蝇类密度高", "解放路", "1月5日前", "√", "2025.1.4", null]);
  ws.addRow([2, "12.30", null, "鼠迹明显", "农贸市场", "立行立改", "×", null, '=IF(1,"复查")']);
  ws.addRow([3, "2024年12月31日", null, "防鼠设施缺失", "=SUM(1,2)", "20250110", "整改中", null, null]);
  ws.mergeCells("C6:C8");
  ws.addRow(["小计", 3]);
  ws.addRow(["二、市容环境卫生"]);
  ws.mergeCells("A10:I10");
  ws.addRow([4, "2024-12-5", "區園林綠化中心", "绿化带黄土裸露", "滨江大道", "长期坚持", "已销号", "2024/12/20", null]);
  ws.addRow([5, "2024.6.31", "北山街道", "乱张贴", "北山路", "12月10日", "已整改", null, null]);
  ws.addRow([]);
  ws.addRow(["制表人：张三    审核：李四"]);
  ws.getCell("B6").numFmt = "yyyy-mm-dd";
  ws.getCell("I7").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  const stats = wb.addWorksheet("统计");
  stats.addRow(["月份", "问题数", "已整改数", "整改率"]);
  stats.addRow([
    "12月",
    { formula: "COUNTA('2024年12月'!D6:D20)", result: 5 },
    { formula: "COUNTIF('2024年12月'!G6:G20,\"√\")", result: 1 },
    { formula: "C2/B2", result: 0.2 },
  ]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
