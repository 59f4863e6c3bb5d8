import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { clearMarks, runValidation } from "../../../src/workflows/validateWorkflow";
import { fakeOfficeApi, FakeWorkbook } from "../../fakes/fakeExcel";

/** A ledger of n rows with a mistake every 5th row (deadline before inspection) and a registry sheet. */
function workbook(n: number): FakeWorkbook {
  const fake = new FakeWorkbook();
  const ledger = fake.addSheet("6月");
  const header = ["检查日期", "责任单位", "问题描述", "整改期限", "整改情况", "完成日期"];
  ledger.set(0, 0, { value: "某社区2024年6月问题台账" });
  header.forEach((h, c) => ledger.set(1, c, { value: h }));
  for (let i = 0; i < n; i++) {
    const row = [
      45_450 + (i % 20),
      i % 7 === 3 ? "区城管执法局" : "区城市管理局",
      `问题${i}`,
      i % 5 === 0 ? 45_440 : 45_480,
      "已整改",
      45_470,
    ];
    row.forEach((v, c) => ledger.set(i + 2, c, { value: v, format: c === 0 || c === 3 || c === 5 ? "yyyy-mm-dd" : "General" }));
  }
  const units = fake.addSheet("单位名录");
  ["单位名称", "简称/别名"].forEach((h, c) => units.set(0, c, { value: h }));
  units.set(1, 0, { value: "区城市管理局" });
  units.set(1, 1, { value: "城管局" });
  return fake;
}

describe("validation through the Office host", () => {
  test("writes 校验结果 with links to the cells, marks 标准台账, adds data validation; marks clear in one step", async () => {
    const fake = workbook(20);
    const host = new OfficeHost(fakeOfficeApi(fake, "社区台账.xlsx"));
    const run = await runValidation(host, { asOf: "2024-06-30" });
    expect(run.counts.byCode).toMatchObject({ "deadline-before-inspection": 4, "unknown-unit": 3 });
    const results = fake.sheet("校验结果")!;
    expect(results.get(0, 4).value).toBe("问题");
    expect(results.links.get("C2")).toBe("'6月'!D3");
    const ledger = fake.sheet("标准台账")!;
    expect(ledger.fills.get("1,7")).toBe("#FFC7CE"); // 整改时限 of the first finding, an error
    expect(ledger.fills.get("4,2")).toBe("#FFEB9C"); // 责任单位 of the fourth, a warning
    expect(ledger.validations.map((v) => v.address)).toEqual(
      expect.arrayContaining(["I2:I1000", "D2:D1000", "B2:B1000", "J2:J1000", "H2:H1000", "C2:C1000"]),
    );
    expect(ledger.validations.find((v) => v.address === "C2:C1000")!.rule).toEqual({
      list: { inCellDropDown: true, source: "=单位名录!$A$2:$A$2" },
    });
    await clearMarks(host);
    expect(ledger.fills.size).toBe(0);
  });

  test("the number of syncs does not grow with the number of rows", async () => {
    const small = workbook(20);
    await runValidation(new OfficeHost(fakeOfficeApi(small)), { asOf: "2024-06-30" });
    const large = workbook(400);
    await runValidation(new OfficeHost(fakeOfficeApi(large)), { asOf: "2024-06-30" });
    expect(large.syncs.length).toBe(small.syncs.length);
  });
});
