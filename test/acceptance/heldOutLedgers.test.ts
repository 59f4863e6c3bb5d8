import ExcelJS from "exceljs";
import { structureWorkbook } from "../../src/core/structure/structureWorkbook";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbookBytes";

/**
 * Held-out check: workbooks written in words and layouts the structurer was not built on (督办 ledgers,
 * 分单位 workbooks with 须知 and 统计 sheets, 明察暗访/日常巡查 sections, an exported multi-page print,
 * a Traditional ledger with statuses in sentences), saved as real .xlsx and read back as users' files
 * are. The truth is what a clerk reading the sheet would write down; every field of every row is checked.
 */

type Fields = Record<string, string | null>;
interface Truth {
  sheet: string;
  row: number;
  fields: Fields;
}
interface HeldOut {
  file: string;
  build: (wb: ExcelJS.Workbook) => void;
  truth: Truth[];
  skipped: string[];
}

const NONE: Fields = {
  unit: null,
  inspectedOn: null,
  category: null,
  description: null,
  location: null,
  measure: null,
  deadline: null,
  status: null,
  rectifiedOn: null,
  owner: null,
  remark: null,
  origin: null,
};
const row = (sheet: string, r: number, fields: Fields): Truth => ({ sheet, row: r, fields: { ...NONE, ...fields } });

const supervision: HeldOut = {
  file: "区住建局督办事项台账.xlsx",
  skipped: [],
  build: (wb) => {
    const ws = wb.addWorksheet("督办台账");
    ws.addRow(["区住建局2025年创卫督办事项办理台账"]);
    ws.mergeCells("A1:H1");
    ws.addRow(["编报单位：区住建局创卫工作专班", null, null, null, null, "更新时间：2025年6月10日"]);
    ws.addRow(["序号", "督办时间", "点位名称", "责任科室", "反馈问题", "办理时限", "办理结果", "备注"]);
    ws.addRow([1, "2025/5/6", "幸福里小区", "物业科", "楼道堆放杂物", "三日内", "已办结（5月8日）", null]);
    ws.addRow([2, "2025/5/6", "建设路工地", "建管科", "工地围挡破损\n扬尘未覆盖", "5月15日前", "办理中", "已约谈施工单位"]);
    ws.addRow([3, "2025/5/9", "城南安置小区", "物业科", "化粪池满溢", "两日内", "5月10日已整改完毕", null]);
    ws.addRow([4, "2025/5/12", "老旧小区改造点", "改造办", "外墙脱落", "本月底前", "正在施工，计划5月30日完工", null]);
    ws.addRow([5, "2025/5/20", "翠苑小区", "物业科", "垃圾分类亭破损", "即查即改", "已更换（2025-05-21）", null]);
    ws.addRow([6, "2025/5/26", "和平路", "市政科", "人行道破损", "十五日内", "未整改（等待资金）", null]);
  },
  truth: [
    row("督办台账", 4, {
      inspectedOn: "2025-05-06",
      unit: "物业科",
      location: "幸福里小区",
      description: "楼道堆放杂物",
      deadline: "2025-05-09",
      status: "rectified",
      rectifiedOn: "2025-05-08",
    }),
    row("督办台账", 5, {
      inspectedOn: "2025-05-06",
      unit: "建管科",
      location: "建设路工地",
      description: "工地围挡破损\n扬尘未覆盖",
      deadline: "2025-05-15",
      status: "inProgress",
      remark: "已约谈施工单位",
    }),
    row("督办台账", 6, {
      inspectedOn: "2025-05-09",
      unit: "物业科",
      location: "城南安置小区",
      description: "化粪池满溢",
      deadline: "2025-05-11",
      status: "rectified",
      rectifiedOn: "2025-05-10",
    }),
    row("督办台账", 7, {
      inspectedOn: "2025-05-12",
      unit: "改造办",
      location: "老旧小区改造点",
      description: "外墙脱落",
      deadline: "2025-05-31",
      status: "inProgress",
    }),
    row("督办台账", 8, {
      inspectedOn: "2025-05-20",
      unit: "物业科",
      location: "翠苑小区",
      description: "垃圾分类亭破损",
      deadline: "immediate",
      status: "rectified",
      rectifiedOn: "2025-05-21",
    }),
    row("督办台账", 9, {
      inspectedOn: "2025-05-26",
      unit: "市政科",
      location: "和平路",
      description: "人行道破损",
      deadline: "2025-06-10",
      status: "pending",
    }),
  ],
};

const perUnit: HeldOut = {
  file: "2025年度巩卫问题整改台账（分单位）.xlsx",
  skipped: ["填报须知", "统计表"],
  build: (wb) => {
    const notes = wb.addWorksheet("填报须知");
    notes.addRow(["填报须知"]);
    notes.addRow(["一、各单位每周五前更新本单位工作表"]);
    notes.addRow(["二、整改进展请填写具体完成日期"]);
    const stats = wb.addWorksheet("统计表");
    stats.addRow(["单位", "问题总数", "已整改", "整改率"]);
    stats.addRow(["区教育局", 3, 2, "66.7%"]);
    stats.addRow(["区交通运输局", 2, 1, "50%"]);
    const header = ["序号", "发现日期", "问题所在位置", "问题表现", "整改要求", "完成期限", "整改进展"];
    const edu = wb.addWorksheet("教育局");
    edu.addRow(["区教育局巩卫工作问题整改清单（2025年度）"]);
    edu.mergeCells("A1:G1");
    edu.addRow(header);
    edu.addRow([1, "2025.4.3", "实验小学门口", "流动摊贩占道", "限期整改到位", "4月10日", "已完成"]);
    edu.addRow([2, "2025.4.3", "第二中学食堂", "餐具消毒记录不全", "立即整改", "一周内", "推进中"]);
    edu.addRow([3, "2025.4.7", "教育局机关", "吸烟区标识缺失", "限期整改到位", "长期坚持", "已于4月9日完成整改"]);
    const traffic = wb.addWorksheet("交通局");
    traffic.addRow(["责任单位：区交通运输局"]);
    traffic.addRow(header);
    traffic.addRow([1, "2025.4.8", "客运站候车厅", "垃圾桶满溢", "立即清理", "即知即改", "已整改"]);
    traffic.addRow([2, "2025.4.8", "公交首末站", "公厕保洁不到位", "加强保洁", "4月15日前", "未完成"]);
    const school = wb.addWorksheet("实验中学");
    school.addRow(header);
    school.addRow([1, "2025.4.11", "学校后门", "小广告", "清除", "3日内", "已清除"]);
  },
  truth: [
    row("教育局", 3, {
      unit: "区教育局",
      inspectedOn: "2025-04-03",
      location: "实验小学门口",
      description: "流动摊贩占道",
      measure: "限期整改到位",
      deadline: "2025-04-10",
      status: "rectified",
    }),
    row("教育局", 4, {
      unit: "区教育局",
      inspectedOn: "2025-04-03",
      location: "第二中学食堂",
      description: "餐具消毒记录不全",
      measure: "立即整改",
      deadline: "2025-04-10",
      status: "inProgress",
    }),
    row("教育局", 5, {
      unit: "区教育局",
      inspectedOn: "2025-04-07",
      location: "教育局机关",
      description: "吸烟区标识缺失",
      measure: "限期整改到位",
      deadline: "longTerm",
      status: "rectified",
      rectifiedOn: "2025-04-09",
    }),
    row("交通局", 3, {
      unit: "区交通运输局",
      inspectedOn: "2025-04-08",
      location: "客运站候车厅",
      description: "垃圾桶满溢",
      measure: "立即清理",
      deadline: "immediate",
      status: "rectified",
    }),
    row("交通局", 4, {
      unit: "区交通运输局",
      inspectedOn: "2025-04-08",
      location: "公交首末站",
      description: "公厕保洁不到位",
      measure: "加强保洁",
      deadline: "2025-04-15",
      status: "pending",
    }),
    row("实验中学", 2, {
      unit: "实验中学",
      inspectedOn: "2025-04-11",
      location: "学校后门",
      description: "小广告",
      measure: "清除",
      deadline: "2025-04-14",
      status: "rectified",
    }),
  ],
};

const sections: HeldOut = {
  file: "桂花社区创卫问题登记.xlsx",
  skipped: [],
  build: (wb) => {
    const ws = wb.addWorksheet("6月");
    ws.addRow(["桂花社区2025年6月创卫问题登记表"]);
    ws.addRow(["（一）市级明察暗访发现问题"]);
    ws.addRow(["序号", "问题点位", "问题详情", "整改主体", "反馈日期", "整改期限", "当前进度"]);
    ws.addRow([1, "桂花路菜市场", "生鲜区地面积水", "菜市场管理方", "6月3日", "6月6日", "已整改"]);
    ws.addRow([2, "桂花小区3栋", "楼道小广告", "桂花小区物业", "6月3日", "6月5日", "整改中"]);
    ws.addRow([]);
    ws.addRow(["（二）社区日常巡查发现问题"]);
    ws.addRow(["序号", "巡查日期", "问题类型", "问题详情", "具体地址", "责任人", "处理情况"]);
    ws.addRow([1, "6月10日", "环境卫生", "绿化带白色垃圾", "桂花公园", "李明", "已处理 6/12"]);
    ws.addRow([2, "6月11日", "病媒生物", "垃圾站蝇密度高", "桂花垃圾站", "王芳", "处理中"]);
    ws.addRow([3, "6月15日", "控烟", "棋牌室有人吸烟", "桂花棋牌室", "李明", "未处理"]);
    for (const r of [1, 2, 7]) ws.mergeCells(r, 1, r, 7);
  },
  truth: [
    row("6月", 4, {
      location: "桂花路菜市场",
      description: "生鲜区地面积水",
      unit: "菜市场管理方",
      inspectedOn: "2025-06-03",
      deadline: "2025-06-06",
      status: "rectified",
      origin: "市级明察暗访",
    }),
    row("6月", 5, {
      location: "桂花小区3栋",
      description: "楼道小广告",
      unit: "桂花小区物业",
      inspectedOn: "2025-06-03",
      deadline: "2025-06-05",
      status: "inProgress",
      origin: "市级明察暗访",
    }),
    row("6月", 9, {
      inspectedOn: "2025-06-10",
      category: "市容环境卫生",
      description: "绿化带白色垃圾",
      location: "桂花公园",
      owner: "李明",
      status: "rectified",
      rectifiedOn: "2025-06-12",
      unit: "桂花社区",
      origin: "社区日常巡查",
    }),
    row("6月", 10, {
      inspectedOn: "2025-06-11",
      category: "病媒生物防制",
      description: "垃圾站蝇密度高",
      location: "桂花垃圾站",
      owner: "王芳",
      status: "inProgress",
      unit: "桂花社区",
      origin: "社区日常巡查",
    }),
    row("6月", 11, {
      inspectedOn: "2025-06-15",
      category: "控烟",
      description: "棋牌室有人吸烟",
      location: "桂花棋牌室",
      owner: "李明",
      status: "pending",
      unit: "桂花社区",
      origin: "社区日常巡查",
    }),
  ],
};

const exported: HeldOut = {
  file: "创卫问题导出.xlsx",
  skipped: [],
  build: (wb) => {
    const ws = wb.addWorksheet("导出结果");
    const header = ["序号", "日期", "单位", "类别", "问题", "地址", "时限", "状态", "完成日期"];
    const page = (title: string, rows: Array<Array<string | number | null>>, footer: string) => {
      ws.addRow([title]);
      ws.addRow(["打印时间：2025-07-01 10:22"]);
      ws.addRow(header);
      rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
      ws.addRow([footer]);
    };
    page(
      "城东街道2025年第二季度创卫问题汇总",
      [
        ["2025-04-02", "城东农贸市场", "市容环境", "摊位外溢经营", "农贸市场东门", "2025-04-09", "已销号", "2025-04-08"],
        ["2025-04-16", "锦绣社区", "病媒", "鼠迹", "锦绣花园5栋", "2025-04-23", "整改中", null],
      ],
      "第 1 页，共 2 页",
    );
    page(
      "城东街道2025年第二季度创卫问题汇总（续）",
      [
        ["2025-05-07", "城东中学", "禁烟", "教师办公室烟头", "城东中学", "2025-05-10", "已整改", "2025-05-09"],
        ["2025-06-18", "锦绣社区", "市容环境", "墙面小广告", "锦绣路", "2025-06-25", "未整改", null],
      ],
      "第 2 页，共 2 页",
    );
  },
  truth: [
    row("导出结果", 4, {
      inspectedOn: "2025-04-02",
      unit: "城东农贸市场",
      category: "市容环境卫生",
      description: "摊位外溢经营",
      location: "农贸市场东门",
      deadline: "2025-04-09",
      status: "closed",
      rectifiedOn: "2025-04-08",
    }),
    row("导出结果", 5, {
      inspectedOn: "2025-04-16",
      unit: "锦绣社区",
      category: "病媒生物防制",
      description: "鼠迹",
      location: "锦绣花园5栋",
      deadline: "2025-04-23",
      status: "inProgress",
    }),
    row("导出结果", 10, {
      inspectedOn: "2025-05-07",
      unit: "城东中学",
      category: "控烟",
      description: "教师办公室烟头",
      location: "城东中学",
      deadline: "2025-05-10",
      status: "rectified",
      rectifiedOn: "2025-05-09",
    }),
    row("导出结果", 11, {
      inspectedOn: "2025-06-18",
      unit: "锦绣社区",
      category: "市容环境卫生",
      description: "墙面小广告",
      location: "锦绣路",
      deadline: "2025-06-25",
      status: "pending",
    }),
  ],
};

const traditional: HeldOut = {
  file: "創衛檢查台賬.xlsx",
  skipped: [],
  build: (wb) => {
    const ws = wb.addWorksheet("五月");
    ws.addRow(["2025年5月創衛檢查問題台賬"]);
    ws.addRow(["檢查日期", "責任單位", "問題描述", "整改落實情況"]);
    ws.addRow(["5月6日", "區農貿市場管理所", "活禽區衛生差", "已於5月20日整改完成"]);
    ws.addRow(["5月8日", "南湖街道", "背街小巷垃圾堆積", "整改中（預計6月底完成）"]);
    ws.addRow(["5月9日", "區第二人民醫院", "吸煙室設置不規範", "未整改"]);
  },
  truth: [
    row("五月", 3, {
      inspectedOn: "2025-05-06",
      unit: "区农贸市场管理所",
      description: "活禽区卫生差",
      status: "rectified",
      rectifiedOn: "2025-05-20",
    }),
    row("五月", 4, { inspectedOn: "2025-05-08", unit: "南湖街道", description: "背街小巷垃圾堆积", status: "inProgress" }),
    row("五月", 5, { inspectedOn: "2025-05-09", unit: "区第二人民医院", description: "吸烟室设置不规范", status: "pending" }),
  ],
};

const HELD_OUT = [supervision, perUnit, sections, exported, traditional];

describe("held-out workbooks in words and layouts not seen while building", () => {
  const tally = { rows: 0, found: 0, fields: 0, right: 0, tablesRight: 0, misses: [] as string[] };
  for (const h of HELD_OUT) {
    test(h.file, async () => {
      const wb = new ExcelJS.Workbook();
      h.build(wb);
      const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
      const result = structureWorkbook(readWorkbookBytes(bytes, h.file));
      const records = result.tables.flatMap((t) => (t.kind === "findings" ? t.records : []));
      const skippedRight = h.skipped.every((s) => result.skipped.some((x) => x.sheet === s));
      const extra = records.filter((x) => !h.truth.some((t) => t.sheet === x.source.sheet && t.row === x.source.row));
      if (skippedRight && extra.length === 0) tally.tablesRight += 1;
      for (const x of extra) tally.misses.push(`${h.file} ${x.source.sheet}!${x.source.row}: extra record`);
      for (const s of h.skipped) if (!result.skipped.some((x) => x.sheet === s)) tally.misses.push(`${h.file} ${s}: read as a ledger`);
      for (const t of h.truth) {
        tally.rows += 1;
        const got = records.find((x) => x.source.sheet === t.sheet && x.source.row === t.row) as unknown as Record<string, unknown>;
        if (!got) {
          tally.misses.push(`${h.file} ${t.sheet}!${t.row}: row missing`);
          continue;
        }
        tally.found += 1;
        for (const [k, v] of Object.entries(t.fields)) {
          tally.fields += 1;
          if ((got[k] ?? null) === v) tally.right += 1;
          else tally.misses.push(`${h.file} ${t.sheet}!${t.row} ${k}: want ${JSON.stringify(v)} got ${JSON.stringify(got[k])}`);
        }
      }
    });
  }
  afterAll(() =>
    process.stdout.write(
      `held-out: tables right in ${tally.tablesRight}/${HELD_OUT.length} workbooks, rows ${tally.found}/${tally.rows}, fields ${tally.right}/${tally.fields}\n${tally.misses.join("\n")}\n`,
    ),
  );
  test("every row and field right", () => expect(tally.misses).toEqual([]));
});
