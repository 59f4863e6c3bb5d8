import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from "../../src/core/model/grid";
import type { Picture } from "../../src/core/photos/picture";
import type { UnitEntry } from "../../src/core/registry/unitRegistry";
import { STATUS_WORDS, WORDS, dateCell, deadlineCell, iso, plusDays, rng, statusCell, type Rng } from "./ledgerCells";

export { rng };

/**
 * Seeded workbooks mixing every kind of mess the structurer reads, with the truth for every field:
 * column order and header words, titles, one- or two-row headers, six date spellings, status words and
 * statuses written as sentences with or without a date, deadline dates and phrases, units merged down,
 * group and 小计 rows, printed pages (title and header repeated, 第N页 共M页), two or three tables in a
 * sheet under section titles (sometimes all under the very same header), a sheet per unit beside a
 * 目录/汇总 sheet and a 说明/填表说明 sheet, and 整改前/整改后照片 columns. Cells and their meanings: ./ledgerCells.
 */

type Field = "inspectedOn" | "unit" | "category" | "description" | "location" | "deadline" | "status" | "rectifiedOn";
type Column = Field | "seq" | "photoBefore" | "photoAfter";

const UNITS = ["区城市管理局", "南湖街道", "桂花社区", "区卫生健康局", "区实验小学"];
const CATEGORY_CELLS: Array<[string, string]> = [
  ["环境卫生", "市容环境卫生"],
  ["除四害", "病媒生物防制"],
  ["控烟", "控烟"],
  ["食品安全", "食品安全"],
];
const GROUPS: Array<[string, string]> = [
  ["（一）市容环境卫生问题", "市容环境卫生"],
  ["二、病媒生物防制(共3个问题)", "病媒生物防制"],
  ["（三）控烟问题", "控烟"],
];
// Section titles over a sheet's second and third tables: [title, category, 来源].
const SECTIONS: Array<[string, string | null, string | null]> = [
  ["一、上级督查交办问题", null, "上级督查交办"],
  ["二、社区自查问题", null, "社区自查"],
  ["三、病媒生物防制问题", "病媒生物防制", null],
  ["（四）群众举报问题（控烟）", "控烟", "群众举报"],
  ["二、市级暗访反馈问题", null, "市级暗访反馈"],
];
// Units named only in a sheet's title or tab, with the 单位名录 entry that maps a tab's short name.
const SHEET_UNITS: Array<{ name: string; tab: string; aliases: string[] }> = [
  { name: "县人民医院", tab: "人民医院", aliases: ["人民医院", "县医院"] },
  { name: "县城市管理局", tab: "城管局", aliases: ["城管局"] },
  { name: "县第一中学", tab: "县一中", aliases: ["县一中", "一中"] },
  { name: "城关镇卫生院", tab: "城关镇卫生院", aliases: [] },
  { name: "城关镇人民政府", tab: "城关镇", aliases: ["城关镇", "城关镇政府"] },
  { name: "县爱国卫生运动委员会办公室", tab: "县爱卫办", aliases: ["县爱卫办"] },
];

export interface TruthRow {
  sheet: string;
  row: number;
  fields: Record<string, string | null>;
}

export interface GeneratedWorkbook {
  workbook: WorkbookGrid;
  truth: TruthRow[];
  units?: UnitEntry[];
  /** Sheets that must be skipped (目录, 说明). */
  skipped: string[];
}

interface TableOptions {
  year: number;
  month: number;
  withUnit: boolean;
  unitTruth: string | null;
  dateStyle: number;
  rowsFrom: number;
  printed: boolean;
  groups: boolean;
}

/** A table's columns and header rows; kept to give a later section the very same header. */
interface Layout {
  textStatus: boolean;
  withCompletion: boolean;
  fields: Field[];
  cols: Column[];
  headerRows: CellValue[][];
  twoRow: boolean;
}

function chooseLayout(o: TableOptions, r: Rng, extra: Record<string, string | null>): Layout {
  const textStatus = r.chance(0.4);
  const withCompletion = !textStatus || r.chance(0.5);
  const fields: Field[] = ["inspectedOn", "description", "location", "deadline", "status"];
  if (o.withUnit) fields.push("unit");
  if (withCompletion) fields.push("rectifiedOn");
  if (r.chance(0.3) && !o.groups && extra.category === undefined) fields.push("category");
  fields.sort(() => r.next() - 0.5);
  const twoRow = !textStatus && withCompletion && !o.printed && r.chance(0.4);
  if (twoRow) {
    const rest = fields.filter((f) => f !== "status" && f !== "rectifiedOn");
    fields.splice(0, fields.length, ...rest.slice(0, 3), "status", "rectifiedOn", ...rest.slice(3));
  }
  const cols: Column[] = ["seq", ...fields];
  if (r.chance(0.35)) cols.push("photoBefore", ...(r.chance(0.6) ? (["photoAfter"] as const) : []));
  const word = (c: Column) => (c === "seq" ? "序号" : c === "status" && textStatus ? r.pick(WORDS.statusText) : r.pick(WORDS[c]));
  const headerRows: CellValue[][] = twoRow
    ? [
        cols.map((c) => (c === "status" ? "整改落实情况" : c === "rectifiedOn" ? null : word(c))),
        cols.map((c) => (c === "status" ? r.pick(WORDS.status) : c === "rectifiedOn" ? r.pick(WORDS.rectifiedOn) : null)),
      ]
    : [cols.map(word)];
  return { textStatus, withCompletion, fields, cols, headerRows, twoRow };
}

/** One table's header and rows appended to `values`; returns the truth of its rows and its layout. */
function addTable(
  values: CellValue[][],
  merges: CellRange[],
  pictures: Picture[],
  sheet: string,
  o: TableOptions,
  r: Rng,
  extra: Record<string, string | null>,
  title: string | null,
  given?: Layout,
) {
  const layout = given ?? chooseLayout(o, r, extra);
  const { textStatus, withCompletion, fields, cols } = layout;
  const header = (): void => {
    const h = values.length;
    values.push(...layout.headerRows.map((row) => [...row]));
    if (!layout.twoRow) return;
    cols.forEach((c, i) => {
      if (c === "status") merges.push({ startRow: h, startCol: i, endRow: h, endCol: i + 1 });
      else if (c !== "rectifiedOn") merges.push({ startRow: h, startCol: i, endRow: h + 1, endCol: i });
    });
  };
  const repeatHeader = header;
  header();

  const truth: TruthRow[] = [];
  let n = 0;
  const groupCount = o.groups ? 3 : 1;
  const perPage = 4;
  let page = 1;
  for (let g = 0; g < groupCount; g++) {
    if (o.groups) {
      values.push([GROUPS[g]![0]]);
      merges.push({ startRow: values.length - 1, startCol: 0, endRow: values.length - 1, endCol: cols.length - 1 });
    }
    let unitRun = 0;
    let unit = r.pick(UNITS);
    const count = r.int(4, 8);
    for (let i = 0; i < count; i++) {
      if (o.printed && n > 0 && n % perPage === 0) {
        values.push([`第${page}页 共${Math.ceil(count / perPage)}页`]);
        page += 1;
        if (title) {
          values.push([title]);
          merges.push({ startRow: values.length - 1, startCol: 0, endRow: values.length - 1, endCol: cols.length - 1 });
        }
        repeatHeader();
      }
      const day = r.int(1, 20);
      const inspectedOn = iso(o.year, o.month, day);
      const [deadlineValue, deadline] = deadlineCell(inspectedOn, o.dateStyle, r);
      const status = r.pick(Object.keys(STATUS_WORDS));
      const done = status === "rectified" || status === "closed" ? plusDays(inspectedOn, 3) : null;
      const [statusValue, statedDate] = statusCell(status, done, textStatus, o.year, r);
      if (unitRun === 0) {
        unit = r.pick(UNITS);
        unitRun = r.int(1, 3);
      }
      const [categoryCell, category] = r.pick(CATEGORY_CELLS);
      n += 1;
      const seq = o.printed ? ((n - 1) % perPage) + 1 : o.rowsFrom + n;
      const description = r.chance(0.2) ? `问题${o.rowsFrom + n}：\n垃圾堆放` : `问题${o.rowsFrom + n}：垃圾堆放`;
      const row: CellValue[] = cols.map((c) => {
        switch (c) {
          case "seq":
            return seq;
          case "inspectedOn":
            return dateCell(inspectedOn, o.dateStyle, r);
          case "unit":
            return unit;
          case "category":
            return categoryCell;
          case "description":
            return description;
          case "location":
            return `解放路${o.rowsFrom + n}号`;
          case "deadline":
            return deadlineValue;
          case "status":
            return statusValue;
          case "rectifiedOn":
            return done ? dateCell(done, o.dateStyle, r) : null;
          default:
            return null;
        }
      });
      values.push(row);
      // Pictures in the photo columns: 0–2 整改前, 0–1 整改后, anchored over the cell or placed in it.
      let before = 0;
      let after = 0;
      cols.forEach((c, col) => {
        if (c !== "photoBefore" && c !== "photoAfter") return;
        const n = r.int(0, c === "photoBefore" ? 2 : 1);
        for (let k = 0; k < n; k++) {
          const inCell = k === 0 && r.chance(0.3);
          pictures.push({
            row: values.length - 1,
            col,
            toRow: inCell ? null : values.length - 1,
            toCol: inCell ? null : col,
            placement: inCell ? "inCell" : "anchored",
            mime: "image/png",
            data: new Uint8Array([n, k]),
            name: null,
          });
        }
        if (c === "photoBefore") before += n;
        else after += n;
      });
      const fieldTruth: Record<string, string | null> = {
        unit: o.withUnit ? unit : o.unitTruth,
        inspectedOn,
        description,
        location: `解放路${o.rowsFrom + n}号`,
        deadline,
        status,
        rectifiedOn: withCompletion ? done : statedDate,
        category: fields.includes("category") ? category : o.groups ? GROUPS[g]![1] : (extra.category ?? null),
        origin: extra.origin ?? null,
        // No column holds these: they must come out empty, not taken from a neighbouring column.
        measure: null,
        owner: null,
        phone: null,
        remark: null,
        ...(cols.includes("photoBefore") ? { photos: `${before}/${after}` } : {}),
      };
      truth.push({ sheet, row: values.length, fields: fieldTruth });
      unitRun -= 1;
    }
    if (o.groups) values.push(["小计", null]);
  }
  // Merge each run of the same unit down the column, as clerks do.
  const unitCol = cols.indexOf("unit");
  if (unitCol >= 0 && !o.printed) {
    for (let i = 0; i < truth.length;) {
      let j = i;
      const same = (a: TruthRow, b: TruthRow) => a.fields.unit === b.fields.unit && b.row === a.row + 1;
      while (j + 1 < truth.length && same(truth[j]!, truth[j + 1]!)) j++;
      if (j > i) {
        merges.push({ startRow: truth[i]!.row - 1, startCol: unitCol, endRow: truth[j]!.row - 1, endCol: unitCol });
        for (let k = i + 1; k <= j; k++) values[truth[k]!.row - 1]![unitCol] = null;
      }
      i = j + 1;
    }
  }
  return { truth, width: cols.length, layout };
}

function ledgerSheet(seed: number, r: Rng, mode: "single" | "sections") {
  const year = r.pick([2024, 2025]);
  const month = r.int(3, 10);
  const name = `${month}月`;
  const values: CellValue[][] = [];
  const merges: CellRange[] = [];
  const pictures: Picture[] = [];
  const titled = mode === "sections" || r.chance(0.7);
  const title = titled ? `某区${year}年${month}月创卫问题整改台账` : null;
  if (title) values.push([title]);
  if (titled && r.chance(0.4)) values.push(["填报单位：区创卫办（盖章）    填报日期："]);
  const dateStyle = r.int(0, titled ? 5 : 3); // month-day dates need a title for the year
  const base = { year, month, withUnit: true, unitTruth: null, dateStyle };
  const truth: TruthRow[] = [];
  if (mode === "single") {
    const printed = r.chance(0.3);
    const t = addTable(values, merges, pictures, name, { ...base, rowsFrom: 0, printed, groups: !printed && r.chance(0.4) }, r, {}, title);
    truth.push(...t.truth);
    if (title) merges.push({ startRow: 0, startCol: 0, endRow: 0, endCol: t.width - 1 });
  } else {
    const picked = [...SECTIONS].sort(() => r.next() - 0.5).slice(0, r.int(2, 3));
    let from = 0;
    // Sections of one form often repeat the very same header under each title.
    const sameHeader = r.chance(0.4);
    let shared: Layout | undefined;
    for (const [section, category, origin] of picked) {
      if (from > 0) values.push([]);
      values.push([section]);
      const extra: Record<string, string | null> = { origin };
      if (category) extra.category = category;
      const t = addTable(
        values,
        merges,
        pictures,
        name,
        { ...base, rowsFrom: from, printed: false, groups: false },
        r,
        extra,
        null,
        shared,
      );
      if (sameHeader) shared ??= t.layout;
      truth.push(...t.truth);
      from += t.truth.length;
    }
  }
  values.push([]);
  values.push(["制表：张三    审核：李四"]);
  const grid: SheetGrid = { name, isCsv: false, values, merges, ...(pictures.length ? { pictures } : {}) };
  return { grid, truth, seed };
}

function perUnitWorkbook(r: Rng): GeneratedWorkbook {
  const year = r.pick([2024, 2025]);
  const month = r.int(3, 10);
  const chosen = [...SHEET_UNITS].sort(() => r.next() - 0.5).slice(0, r.int(2, 4));
  const registry = r.chance(0.5);
  const sheets: SheetGrid[] = [];
  const truth: TruthRow[] = [];
  const contents: CellValue[][] = [["各单位创卫问题整改台账目录"], ["序号", "单位名称", "问题数量", "已整改", "备注"]];
  chosen.forEach((u, i) => {
    // The tab names the unit by its short name: only a 单位名录 (or a title) gives the full name.
    const titled = !registry || r.chance(0.5);
    const tab = u.tab;
    const values: CellValue[][] = [];
    const merges: CellRange[] = [];
    const pictures: Picture[] = [];
    const title = titled
      ? r.pick([
          `${u.name}创卫问题整改台账（${year}年）`,
          `${u.name}${year}年${month}月创卫督查问题整改清单`,
          `关于${u.name}创卫问题整改情况的台账`,
        ])
      : null;
    if (title) values.push([title]);
    const t = addTable(
      values,
      merges,
      pictures,
      tab,
      { year, month, withUnit: false, unitTruth: u.name, dateStyle: r.int(0, 5), rowsFrom: 0, printed: false, groups: false },
      r,
      {},
      null,
    );
    sheets.push({ name: tab, isCsv: false, values, merges, ...(pictures.length ? { pictures } : {}) });
    truth.push(...t.truth);
    contents.push([i + 1, u.name, t.truth.length, t.truth.filter((x) => x.fields.status === "rectified").length, null]);
  });
  const listName = r.pick(["目录", "台账目录", "汇总"]);
  if (listName === "汇总") contents[0] = ["各单位问题汇总"];
  sheets.unshift({ name: listName, isCsv: false, values: contents, merges: [] });
  // Often a sheet of instructions too, ahead of everything: lines of text, no table.
  if (r.chance(0.5)) {
    const lines = [
      "1. 各单位按本模板填写本单位创卫问题整改情况，一个单位一张表。",
      "2. 整改情况请写明整改完成时间。",
      "3. 每月25日前报送。",
    ];
    sheets.unshift({ name: r.pick(["说明", "填表说明"]), isCsv: false, values: [["填报说明"], ...lines.map((l) => [l])], merges: [] });
  }
  const units = registry
    ? chosen.map((u) => ({ name: u.name, aliases: u.aliases, type: null, street: null, contact: null, phone: null }))
    : undefined;
  return {
    workbook: { fileName: `${year}年各单位创卫整改台账.xlsx`, sheets },
    truth,
    skipped: sheets.slice(0, sheets.length - chosen.length).map((x) => x.name),
    ...(units ? { units } : {}),
  };
}

export function generateWorkbook(seed: number): GeneratedWorkbook {
  const r = rng(seed);
  const kind = r.pick(["single", "single", "sections", "perUnit"] as const);
  if (kind === "perUnit") return perUnitWorkbook(r);
  const { grid, truth } = ledgerSheet(seed, r, kind);
  return { workbook: { fileName: `g${seed}.xlsx`, sheets: [grid] }, truth, skipped: [] };
}
