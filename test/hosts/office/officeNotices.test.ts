import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { runNotices, selectedFindingIds } from "../../../src/workflows/noticesWorkflow";
import { runStructure } from "../../../src/workflows/structureWorkflow";
import { fakeOfficeApi, FakeWorkbook } from "../../fakes/fakeExcel";

function workbook(units: number, perUnit: number): FakeWorkbook {
  const fake = new FakeWorkbook();
  const s = fake.addSheet("5月");
  ["检查日期", "责任单位", "问题描述", "地点", "整改期限", "整改情况"].forEach((h, c) => s.set(0, c, { value: h }));
  let r = 1;
  for (let u = 0; u < units; u++) {
    for (let i = 0; i < perUnit; i++) {
      [45_780 + i, `单位${u + 1}`, `问题${u}-${i}：垃圾桶满溢、周边卫生差`, "解放路", 45_800, "未整改"].forEach((v, c) =>
        s.set(r, c, { value: v }),
      );
      r += 1;
    }
  }
  const settings = fake.addSheet("设置");
  ["分类", "工作表", "名称", "值", "说明"].forEach((h, c) => settings.set(0, c, { value: h }));
  ["通知书", "", "发文机关", "某区创卫办", ""].forEach((v, c) => settings.set(1, c, { value: v }));
  return fake;
}

describe("notices through the Office host", () => {
  test("the 通知书 sheet is laid out for A4 with a break before each notice, the register and 文号 written back", async () => {
    const fake = workbook(3, 2);
    const run = await runNotices(new OfficeHost(fakeOfficeApi(fake, "台账.xlsx")), { issuedOn: "2025-06-03" });
    expect(run.notices.map((n) => n.docNo)).toEqual(["创卫办〔2025〕1号", "创卫办〔2025〕2号", "创卫办〔2025〕3号"]);
    const sheet = fake.sheet("通知书")!;
    expect(sheet.pageLayout).toMatchObject({
      paperSize: "A4",
      orientation: "Portrait",
      zoom: { horizontalFitToPages: 1 },
      centerHorizontally: true,
    });
    expect(Math.round(sheet.pageLayout.topMargin as number)).toBe(105); // 37 mm
    expect(Math.round(sheet.pageLayout.leftMargin as number)).toBe(79); // 28 mm
    // Each notice starts on a new page (its masthead row); a notice may run onto a second page.
    const mastheads = [...sheet.cells].filter(([, c]) => c.value === "某区创卫办").map(([k]) => `A${Number(k.split(",")[0]) + 1}`);
    expect(mastheads).toHaveLength(3);
    expect(sheet.pageBreaks).toEqual(expect.arrayContaining(mastheads.slice(1)));
    expect(sheet.printArea).toMatch(/^A1:E\d+$/);
    expect(sheet.get(1, 0).value).toBe("创卫办〔2025〕1号");
    expect(fake.sheet("通知书登记")!.get(3, 0).value).toBe("创卫办〔2025〕3号");
    const ledger = fake.sheet("标准台账")!;
    expect(ledger.get(1, 12).value).toBe("创卫办〔2025〕1号");
  });

  test("only the rows selected in 标准台账 get a notice when the user limits it to them", async () => {
    const fake = workbook(3, 2);
    const host = new OfficeHost(fakeOfficeApi(fake, "台账.xlsx"));
    await runStructure(host);
    fake.selected = { sheet: "标准台账", address: "A4:Q5" }; // the second unit's two findings
    const ids = await selectedFindingIds(host);
    const run = await runNotices(host, { selection: { ids }, issuedOn: "2025-06-03" });
    expect(run.notices.map((n) => [n.recipient, n.items.length])).toEqual([["单位2", 2]]);
    fake.selected = { sheet: "5月", address: "A2" };
    await expect(selectedFindingIds(host)).rejects.toThrow("请先在“标准台账”中选中要发通知书的行。");
  });

  test("syncs grow with batches of rows, not with each notice or row", async () => {
    const small = workbook(2, 2);
    await runNotices(new OfficeHost(fakeOfficeApi(small)), { issuedOn: "2025-06-03" });
    const large = workbook(12, 3);
    await runNotices(new OfficeHost(fakeOfficeApi(large)), { issuedOn: "2025-06-03" });
    expect(large.sheet("通知书")!.rowHeights.size).toBeLessThan(300);
    expect(large.syncs.length).toBe(small.syncs.length);
  });
});
