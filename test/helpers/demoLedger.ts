import ExcelJS from "exceljs";

type Row = [
  inspected: string,
  unit: string,
  category: string,
  description: string,
  location: string,
  deadline: string,
  status: string,
  done: string,
];

/**
 * A district 创卫办's ledger as the pictures in docs/ show it: a sheet per month with a title, real
 * and typed dates, long unit names (the narrow pane must show them whole), a line break inside a
 * description, and a 单位名录 with one unit typed differently in the ledger.
 */
const MONTHS: Array<[number, Row[]]> = [
  [
    4,
    [
      ["2025-04-08", "区第二人民医院", "病媒生物防制", "住院部后门防鼠挡板缺失", "住院部后门", "2025-04-15", "已整改", "2025-04-14"],
      [
        "2025-04-08",
        "区城市管理局",
        "市容环境卫生",
        "果皮箱满溢，周边有散落垃圾",
        "解放路与人民路交叉口",
        "立行立改",
        "已整改",
        "2025-04-09",
      ],
      ["2025-04-10", "南湖街道办事处", "市容环境卫生", "背街小巷乱堆杂物", "南湖新村3栋旁", "2025-04-20", "已整改", "2025-04-22"],
      ["2025-04-16", "区市场监督管理局", "食品安全", "农贸市场熟食摊位无防蝇设施", "人民路农贸市场", "2025-04-25", "已整改", "2025-04-24"],
      ["2025-04-16", "北山街道", "健康教育", "健康教育宣传栏内容过期", "北山社区服务中心", "2025-04-30", "未整改", ""],
      ["2025-04-22", "区教育局", "控烟", "校园内发现烟蒂", "区实验小学操场", "立行立改", "已整改", "2025-04-23"],
    ],
  ],
  [
    5,
    [
      ["2025-05-06", "区第二人民医院", "控烟", "门诊大厅有人吸烟，无人劝阻", "门诊大厅", "立行立改", "已整改", "2025-05-06"],
      ["2025-05-06", "区第二人民医院", "病媒生物防制", "食堂操作间发现蟑螂活体", "职工食堂", "2025-05-13", "整改中", ""],
      [
        "2025-05-07",
        "区城市管理局",
        "市容环境卫生",
        "公厕洗手液缺失\n保洁记录未填写",
        "滨江公园公厕",
        "2025-05-10",
        "已整改",
        "2025-05-09",
      ],
      ["2025-05-07", "区城管执法局", "市容环境卫生", "占道经营，夜市摊点油污未清理", "北山路夜市", "2025-05-14", "未整改", ""],
      ["2025-05-12", "南湖街道办事处", "病媒生物防制", "小区积水容器内发现蚊幼", "南湖新村5栋", "2025-05-15", "已整改", "2025-05-15"],
      ["2025-05-12", "南湖街道办事处", "市容环境卫生", "绿化带黄土裸露", "南湖路中段", "2025-05-30", "整改中", ""],
      ["2025-05-15", "区市场监督管理局", "食品安全", "餐饮店后厨生熟不分", "美食街12号", "2025-05-20", "已整改", "2025-05-19"],
      ["2025-05-15", "区市场监督管理局", "食品安全", "从业人员健康证过期", "美食街8号", "2025-05-22", "未整改", ""],
      ["2025-05-20", "北山街道", "市容环境卫生", "墙面乱张贴小广告", "北山路", "2025-05-27", "已整改", ""],
      ["2025-05-20", "滨江社区居委会", "健康教育", "未设置健康教育宣传专栏", "滨江社区", "2025-06-05", "未整改", ""],
      ["2025-05-26", "区教育局", "控烟", "教学楼无禁烟标识", "区第一中学", "2025-06-02", "整改中", ""],
      ["2025-05-26", "人民路农贸市场", "病媒生物防制", "毒鼠屋缺失、鼠迹明显", "市场西侧", "2025-05-20", "未整改", ""],
    ],
  ],
];

const UNITS: Array<[string, string]> = [
  ["区第二人民医院", "区二医院"],
  ["区城市管理局", "区城管局"],
  ["南湖街道办事处", "南湖街道"],
  ["北山街道", ""],
  ["区市场监督管理局", "区市场监管局"],
  ["滨江社区居委会", "滨江社区"],
  ["区教育局", ""],
  ["人民路农贸市场", ""],
];

export async function demoLedgerXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [month, rows] of MONTHS) {
    const ws = wb.addWorksheet(`${month}月`);
    ws.addRow([`某区2025年${month}月创卫督查问题整改台账`]);
    ws.mergeCells("A1:J1");
    ws.addRow(["序号", "检查日期", "责任单位", "问题类别", "问题描述", "具体位置", "整改时限", "整改情况", "完成时间", "备注"]);
    rows.forEach((r, i) => {
      const [inspected, unit, category, description, location, deadline, status, done] = r;
      const date = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : iso || null);
      const row = ws.addRow([i + 1, date(inspected), unit, category, description, location, date(deadline), status, date(done), null]);
      for (const c of [2, 7, 9]) row.getCell(c).numFmt = "yyyy-mm-dd";
    });
    ws.columns.forEach((c, i) => (c.width = [6, 12, 18, 14, 30, 20, 12, 10, 12, 8][i]));
  }
  const reg = wb.addWorksheet("单位名录");
  reg.addRow(["单位名称", "简称/别名", "单位类型", "联系人", "联系电话"]);
  for (const [name, alias] of UNITS) reg.addRow([name, alias || null, null, null, null]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
