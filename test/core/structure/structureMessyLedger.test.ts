import { structureWorkbook } from "../../../src/core/structure/structureWorkbook";
import { readWorkbookBytes } from "../../../src/hosts/file/readWorkbookBytes";
import { messyLedgerXlsx } from "../../helpers/messyLedger";

describe("structuring a messy hand-made ledger", () => {
  let result: ReturnType<typeof structureWorkbook>;
  beforeAll(async () => {
    result = structureWorkbook(readWorkbookBytes(await messyLedgerXlsx(), "街道台账.xlsx"));
  });

  test("finds the two-row header under the title and instruction line, and skips the statistics sheet", () => {
    expect(result.tables).toHaveLength(1);
    const t = result.tables[0]!;
    expect(t.headerRows).toEqual([3, 4]);
    const fields = Object.fromEntries(t.mapping.filter((m) => m.field).map((m) => [m.letter, m.field]));
    expect(fields).toMatchObject({
      B: "inspectedOn",
      C: "unit",
      D: "description",
      E: "location",
      F: "deadline",
      G: "status",
      H: "rectifiedOn",
      I: "remark",
    });
    expect(result.skipped).toEqual([{ sheet: "统计", reason: "summary" }]);
  });

  test("every row under the header is a record or a skipped row with a reason", () => {
    const t = result.tables[0]!;
    expect(t.records.map((r) => r.source.row)).toEqual([6, 7, 8, 11, 12]);
    expect(t.skippedRows).toEqual([
      { row: 5, reason: "group" },
      { row: 9, reason: "subtotal" },
      { row: 10, reason: "group" },
      { row: 14, reason: "note" },
    ]);
  });

  test("fills the merged unit, takes categories from group rows, keeps line breaks, rolls December into January", () => {
    const r = result.tables[0]!.records as Array<Record<string, unknown>>;
    expect(r.map((x) => x.unit)).toEqual(["区城市管理局", "区城市管理局", "区城市管理局", "区园林绿化中心", "北山街道"]);
    expect(r.map((x) => x.category)).toEqual(["病媒生物防制", "病媒生物防制", "病媒生物防制", "市容环境卫生", "市容环境卫生"]);
    expect(r[0]).toMatchObject({
      inspectedOn: "2024-12-28",
      description: "垃圾桶周边\n蝇类密度高",
      deadline: "2025-01-05",
      status: "rectified",
      rectifiedOn: "2025-01-04",
    });
    expect(r[1]).toMatchObject({ inspectedOn: "2024-12-30", deadline: "immediate", status: "pending", remark: "#N/A" });
    expect(r[2]).toMatchObject({ inspectedOn: "2024-12-31", deadline: "2025-01-10", status: "inProgress" });
    expect(r[3]).toMatchObject({ inspectedOn: "2024-12-05", deadline: "longTerm", status: "closed", rectifiedOn: "2024-12-20" });
  });

  test("an impossible date is a problem pointing at its cell, never a guess", () => {
    const t = result.tables[0]!;
    const r = t.records.find((x) => x.source.row === 12) as Record<string, unknown>;
    expect(r.inspectedOn).toBeNull();
    expect(t.problems).toContainEqual(
      expect.objectContaining({ code: "date-impossible", row: 12, column: "B", field: "inspectedOn", severity: "error" }),
    );
  });
});
