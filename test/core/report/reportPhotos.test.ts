import type { Finding } from "../../../src/core/model/finding";
import { buildReport } from "../../../src/core/report/reportModel";
import { reportHtml } from "../../../src/core/report/reportHtml";
import { reportSheetPlan } from "../../../src/core/report/reportSheetPlan";
import { base64 } from "../../../src/core/photos/imageData";
import { FileHost } from "../../../src/hosts/file/fileHost";
import { packageSource } from "../../../src/hosts/file/packageSource";
import { readWorkbookBytes } from "../../../src/hosts/file/readWorkbookBytes";
import { readWorkbookPictures } from "../../../src/hosts/file/readWorkbookPictures";
import { inflateWithStreams, unzipParts } from "../../../src/hosts/file/unzipParts";
import { runReport } from "../../../src/workflows/reportWorkflow";
import { BLUE, GREEN, RED } from "../../helpers/photoWorkbook";

/** The 月报 lists 整改前/后 pairs for the month's rectified findings that have pictures. */

const photo = (data: Uint8Array, row: number, col: number) => ({ sheet: "5月", row, col, mime: "image/png", data });
const finding = (i: number, patch: Partial<Finding>): Finding => ({
  id: `CW-${i}`,
  source: { file: "台账.xlsx", sheet: "5月", row: i + 2 },
  inspectedOn: "2025-05-06",
  unit: ["南湖街道", "北山街道", "桂花社区", "区城管局"][i % 4]!,
  category: "市容环境卫生",
  description: `问题${i}`,
  location: null,
  measure: null,
  deadline: "2025-05-20",
  status: "rectified",
  rectifiedOn: "2025-05-15",
  owner: null,
  phone: null,
  noticeNo: null,
  remark: null,
  ...patch,
});
const findings: Finding[] = [
  finding(1, { photos: { before: [photo(RED, 2, 4)], after: [photo(GREEN, 2, 5)] } }),
  finding(2, { photos: { before: [photo(BLUE, 3, 4)], after: [] } }),
  finding(3, { status: "inProgress", rectifiedOn: null, photos: { before: [photo(RED, 4, 4)], after: [] } }), // not rectified
  finding(4, { rectifiedOn: "2025-04-28", inspectedOn: "2025-04-20", photos: { before: [photo(RED, 5, 4)], after: [photo(GREEN, 5, 5)] } }), // April
  finding(5, {}), // no pictures
];

test("the pairs: rectified in the month, with a 整改前 or 整改后 picture", () => {
  const r = buildReport(findings, "2025-05");
  expect(r.photoPairs.map((p) => [p.id, p.before !== null, p.after !== null])).toEqual([
    ["CW-1", true, true],
    ["CW-2", true, false],
  ]);
  expect(buildReport(findings.slice(4), "2025-05").photoPairs).toEqual([]);
});

test("the printable 月报 shows each pair side by side", () => {
  const r = buildReport(findings, "2025-05");
  const html = reportHtml(r, r.text);
  expect(html).toContain("整改前后对照");
  expect(html).toContain(`data:image/png;base64,${base64(RED)}`);
  expect(html).toContain(`data:image/png;base64,${base64(GREEN)}`);
  expect(reportHtml(buildReport(findings.slice(4), "2025-05"), "")).not.toContain("整改前后对照");
});

test("the 月报 sheet places the pairs' pictures in their cells, and the saved workbook holds them", async () => {
  const r = buildReport(findings, "2025-05");
  const { plan } = reportSheetPlan(r);
  const images = plan.rows.flatMap((row) => row.images ?? []);
  expect(images.map((i) => i.data)).toEqual([RED, GREEN, BLUE]);

  const target = new FileHost(null, "月报.xlsx");
  await runReport(findings, "2025-05", { target });
  const out = await target.toXlsx();
  const parts = await unzipParts(out, "月报.xlsx");
  const pictures = await readWorkbookPictures(
    packageSource(out, "月报.xlsx", parts, inflateWithStreams),
    readWorkbookBytes(out, "月报.xlsx", { parts }),
  );
  expect(pictures.get("月报-2025-05")).toHaveLength(3);
});
