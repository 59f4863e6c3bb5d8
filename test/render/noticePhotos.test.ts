import JSZip from "jszip";
import type { Finding } from "../../src/core/model/finding";
import { buildNotices } from "../../src/core/notices/buildNotices";
import { noticesHtmlDocument } from "../../src/core/notices/noticeHtml";
import { noticeSheetPlan } from "../../src/core/notices/noticeSheetPlan";
import { NoticeSettingsSchema, noticeSettingRows, noticeSettings } from "../../src/core/notices/noticeSettings";
import { base64 } from "../../src/core/photos/imageData";
import { structureWorkbook } from "../../src/core/structure/structureWorkbook";
import { FileHost } from "../../src/hosts/file/fileHost";
import { packageSource } from "../../src/hosts/file/packageSource";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbookBytes";
import { readWorkbookPictures } from "../../src/hosts/file/readWorkbookPictures";
import { inflateWithStreams, unzipParts } from "../../src/hosts/file/unzipParts";
import { noticesDocx } from "../../src/hosts/file/writeNoticesDocx";
import { runNotices } from "../../src/workflows/noticesWorkflow";
import { anchoredPhotoLedger, BLUE, RED } from "../helpers/photoWorkbook";

/** A 整改通知书 shows the 整改前 pictures beside each problem (a notice setting, on by default). */

let findings: Finding[];
beforeAll(async () => {
  const host = new FileHost(await anchoredPhotoLedger(), "台账.xlsx");
  findings = structureWorkbook(await host.readWorkbook()).tables.flatMap((t) => (t.kind === "findings" ? t.records : []));
});
const settings = (photos?: boolean) =>
  NoticeSettingsSchema.parse({ issuer: "某区创卫办", prefix: "区创卫办", ...(photos === undefined ? {} : { photos }) });
const notice = (photos?: boolean) => buildNotices(findings.slice(0, 2), settings(photos), [], "2025-05-20");

test("the setting is on by default and round-trips through 设置", () => {
  expect(settings().photos).toBe(true);
  const rows = noticeSettingRows(settings(false));
  expect(rows.find((r) => r.name === "附整改前照片")?.value).toBe("否");
  expect(noticeSettings({ mappings: [], other: rows } as never).photos).toBe(false);
});

test("notice HTML: the problem's 整改前 pictures beside it, none when switched off", () => {
  const html = noticesHtmlDocument(notice());
  const firstRow = /<tr><td class="n">1<\/td>[\s\S]*?<\/tr>/.exec(html)![0];
  expect(firstRow).toContain(`data:image/png;base64,${base64(RED)}`);
  expect(firstRow).toContain(`data:image/png;base64,${base64(BLUE)}`);
  expect(html.match(/<img /g)).toHaveLength(3);
  expect(noticesHtmlDocument(notice(false))).not.toContain("<img");
});

test("notice .docx: the pictures are in the problem cells", async () => {
  const zip = await JSZip.loadAsync(await noticesDocx(notice()));
  // Two distinct images (the same picture twice is stored once).
  expect(Object.keys(zip.files).filter((f) => f.startsWith("word/media/"))).toHaveLength(2);
  const xml = await zip.file("word/document.xml")!.async("string");
  const rows = xml.split("<w:tr>").filter((r) => r.includes("垃圾桶满溢") || r.includes("墙面小广告"));
  expect(rows.map((r) => (r.match(/<w:drawing>/g) ?? []).length)).toEqual([2, 1]);
});

test("通知书 sheet: pictures anchored in the problem cells, rows tall enough for them", () => {
  const imagesOf = (plan: ReturnType<typeof noticeSheetPlan>) =>
    plan.rows.flatMap((r, row) => (r.images ?? []).map((i) => ({ ...i, row })));
  const plan = noticeSheetPlan(notice());
  const images = imagesOf(plan);
  expect(images).toHaveLength(3);
  const row = plan.rows.findIndex((r) => r.cells.some((c) => c.text === "垃圾桶满溢"));
  expect(images.filter((i) => i.row === row)).toHaveLength(2);
  for (const i of images) expect(plan.rows[i.row]!.height).toBeGreaterThanOrEqual(i.offsetYPt + i.heightPt);
  expect(imagesOf(noticeSheetPlan(notice(false)))).toEqual([]);
});

test("the saved workbook's 通知书 sheet holds the pictures", async () => {
  const host = new FileHost(await anchoredPhotoLedger(), "台账.xlsx");
  const run = await runNotices(host, { issuedOn: "2025-05-20", settings: settings() });
  expect(run.notices.length).toBeGreaterThan(0);
  const out = await host.toXlsx();
  const parts = await unzipParts(out, "out.xlsx");
  const pictures = await readWorkbookPictures(
    packageSource(out, "out.xlsx", parts, inflateWithStreams),
    readWorkbookBytes(out, "out.xlsx", { parts }),
  );
  expect(pictures.get("通知书")?.length).toBe(run.notices.flatMap((n) => n.items.flatMap((i) => i.photos ?? [])).length);
  expect(pictures.get("5月台账")).toHaveLength(6);
});
