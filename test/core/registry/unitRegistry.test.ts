import { buildUnitIndex } from "../../../src/core/registry/matchUnit";
import { mergeRegistries, parseRegistry, registryFromUnits, splitAliases } from "../../../src/core/registry/unitRegistry";
import { structureWorkbook } from "../../../src/core/structure/structureWorkbook";

const grid = {
  name: "单位名录",
  isCsv: false,
  merges: [],
  values: [
    ["单位名称", "简称/别名", "单位类型", "所属街道", "联系人", "联系电话"],
    ["区城市管理局", "区城管局、城管局", "机关", "南湖街道", "周敏", "0731-8694132"],
    ["区第二人民医院", "区二医院，二医院", "医院", "南湖街道", "黄磊", null],
    ["南湖街道", null, "街道", null, null, null],
  ],
};

test("a registry sheet reads with its aliases", () => {
  const entries = parseRegistry(grid);
  expect(entries.map((e) => e.name)).toEqual(["区城市管理局", "区第二人民医院", "南湖街道"]);
  expect(entries[1]!.aliases).toEqual(["区二医院", "二医院"]);
  expect(splitAliases("甲、乙 丙;丁")).toEqual(["甲", "乙", "丙", "丁"]);
});

test("units match by name, alias, near miss, or not at all (with a hint when one is close)", () => {
  const index = buildUnitIndex(parseRegistry(grid));
  expect(index.match("区城市管理局")).toEqual({ kind: "registered", name: "区城市管理局" });
  expect(index.match("城管局")).toEqual({ kind: "alias", name: "区城市管理局" });
  expect(index.match("區城市管理局")).toEqual({ kind: "registered", name: "区城市管理局" });
  expect(index.match("城市管理局")).toMatchObject({ kind: "nearMiss", name: "区城市管理局" });
  expect(index.match("区第二人民医")).toMatchObject({ kind: "nearMiss", name: "区第二人民医院" });
  expect(index.match("区城管执法局")).toEqual({ kind: "unknown", suggestion: "区城市管理局" });
  expect(index.match("市自来水公司")).toEqual({ kind: "unknown", suggestion: null });
});

test("structuring writes the registered name for an alias and says so", () => {
  const r = structureWorkbook(
    {
      fileName: "a.xlsx",
      sheets: [
        {
          name: "台账",
          isCsv: false,
          merges: [],
          values: [
            ["检查日期", "责任单位", "问题描述"],
            ["2024-05-03", "区二医院", "门口垃圾"],
          ],
        },
      ],
    },
    { units: parseRegistry(grid) },
  );
  expect(r.tables[0]!.records[0]).toMatchObject({ unit: "区第二人民医院" });
  expect(r.tables[0]!.problems).toContainEqual(expect.objectContaining({ code: "unit-alias", severity: "info", column: "B", row: 2 }));
});

test("a registry built from ledger units keeps existing entries", () => {
  const existing = parseRegistry(grid);
  const merged = mergeRegistries(existing, registryFromUnits(["北山街道", "南湖街道", null, "北山街道"]));
  expect(merged.map((e) => e.name)).toEqual(["区城市管理局", "区第二人民医院", "南湖街道", "北山街道"]);
});

test("score sheets name units by their registered names too", () => {
  const r = structureWorkbook(
    {
      fileName: "a.xlsx",
      sheets: [
        {
          name: "考评",
          isCsv: false,
          merges: [],
          values: [
            ["序号", "责任单位", "环境卫生", "健康教育", "病媒防制"],
            [1, "城管局", 90, 90, 90],
          ],
        },
      ],
    },
    { units: parseRegistry(grid) },
  );
  expect(r.tables[0]!.records[0]).toMatchObject({ unit: "区城市管理局", total: 90, grade: "一类" });
});

const entry = (name: string, aliases: string[] = []) => ({ name, aliases, type: null, street: null, contact: null, phone: null });

test("never across 县 and 区: two 人民医院 are two units", () => {
  const index = buildUnitIndex([entry("区第二人民医院"), entry("区人民医院"), entry("区城市管理局")]);
  expect(index.match("县人民医院")).toEqual({ kind: "unknown", suggestion: null });
  expect(index.match("县城市管理局")).toEqual({ kind: "unknown", suggestion: null });
  expect(index.match("市人民医院")).toEqual({ kind: "unknown", suggestion: null });
});

test("never across different ordinal words: 第一 is not 第二, and none is not 第二", () => {
  const index = buildUnitIndex([entry("区第二人民医院"), entry("区第一中学"), entry("区实验二小")]);
  expect(index.match("区人民医院")).toEqual({ kind: "unknown", suggestion: null });
  expect(index.match("区第三人民医院")).toEqual({ kind: "unknown", suggestion: null });
  expect(index.match("区第2中学")).toEqual({ kind: "unknown", suggestion: null });
  expect(index.match("区实验三小")).toEqual({ kind: "unknown", suggestion: null });
  // The same ordinal in another spelling, or a missing 区, or a typo, still finds its unit.
  expect(index.match("区第1中学")).toMatchObject({ kind: "nearMiss", name: "区第一中学" });
  expect(index.match("第二人民医院")).toMatchObject({ kind: "nearMiss", name: "区第二人民医院" });
  expect(index.match("区第二人名医院")).toMatchObject({ name: "区第二人民医院" });
});

test("市 inside 城市 or 市场 is not a level", () => {
  const index = buildUnitIndex([entry("区城市管理局"), entry("区市场监督管理局")]);
  expect(index.match("城市管理局")).toMatchObject({ kind: "nearMiss", name: "区城市管理局" });
  expect(index.match("市场监督管理局")).toMatchObject({ kind: "nearMiss", name: "区市场监督管理局" });
});
