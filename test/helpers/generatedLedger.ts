import * as XLSX from "@e965/xlsx";

const UNITS = ["区城市管理局", "区卫生健康局", "區農貿市場管理所", "南湖街道", "北山街道", "桂花社区", "区第二人民医院", "区实验小学"];
const CATS = ["环境卫生", "除四害", "健康教育", "控烟", "食品安全", "饮用水"];
const STATUS = ["已整改", "整改中", "未整改", "√", "×", "已销号", "反弹"];
const PROBLEMS = [
  "垃圾桶满溢未及时清理",
  "防蝇设施缺失",
  "健康教育宣传栏未更新",
  "室内公共场所有人吸烟",
  "餐具消毒记录不全",
  "二次供水水箱未加锁",
];

/** The rows of a plain generated ledger (a title, one header row, `rows` findings in 2024), as SheetJS cells. */
export function generatedLedgerRows(rows: number): unknown[][] {
  const aoa: unknown[][] = [
    ["某区2024年创卫问题整改台账（自动生成）"],
    ["序号", "检查日期", "责任单位", "问题类别", "问题描述", "具体位置", "整改期限", "整改情况", "完成日期", "责任人", "联系电话"],
  ];
  for (let i = 0; i < rows; i++) {
    const day = 45_292 + (i % 360);
    const d = new Date(Date.UTC(1899, 11, 30) + day * 86_400_000);
    aoa.push([
      i + 1,
      i % 3 === 1 ? `${d.getUTCFullYear()}.${d.getUTCMonth() + 1}.${d.getUTCDate()}` : day,
      UNITS[i % UNITS.length],
      CATS[i % CATS.length],
      `${PROBLEMS[i % PROBLEMS.length]}（第${i + 1}处）`,
      `解放路${i % 500}号`,
      i % 11 === 0 ? "立行立改" : day + 7,
      STATUS[i % STATUS.length],
      i % 2 === 0 ? day + 5 : null,
      "张三",
      `138${String(10_000_000 + i).slice(0, 8)}`,
    ]);
  }
  return aoa;
}

/** A generated ledger as .xlsx bytes with a shared-string table, as Excel writes it. */
export function generatedLedgerXlsx(rows: number, sheet = "台账"): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(generatedLedgerRows(rows)), sheet);
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx", bookSST: true, compression: true }) as ArrayBuffer);
}
