import { performance } from "node:perf_hooks";
import type { NoticeItem, NoticeModel } from "../../../src/core/notices/buildNotices";
import { noticesDocx } from "../../../src/hosts/file/writeNoticesDocx";
import { RED } from "../../helpers/photoWorkbook";

// The combined .docx of a 300,000-row ledger (issue 12): docx's object model took gigabytes for it and
// ran out of memory; the rows are now written as text, straight into the compressor.
const N = 300_000;
const UNITS = 10;

function notice(u: number): NoticeModel {
  const items: NoticeItem[] = Array.from({ length: N / UNITS }, (_, i) => ({
    n: i + 1,
    unit: `单位${u}`,
    description: `垃圾桶满溢未及时清理（第${i + 1}处）`,
    location: `解放路${i % 500}号`,
    requirement: "立即整改，举一反三，建立长效管理机制",
    deadline: "2025年1月13日",
    findingId: `f${u}-${i}`,
    // One picture in every thousand rows: pictures are related and stored once each.
    photos: i % 1000 === 0 ? [{ mime: "image/png", data: RED }] : [],
  }));
  return {
    docNo: `区创卫办〔2025〕${u + 1}号`,
    year: 2025,
    number: u + 1,
    title: "创卫工作限期整改通知书",
    issuer: "某区创卫办",
    recipient: `单位${u}`,
    units: [`单位${u}`],
    opening: "2025年1月6日，采取明查方式对你单位创卫工作进行了督查，发现以下问题，请按要求限期整改到位。",
    items,
    requirements: ["一、请你单位高度重视。"],
    contact: null,
    cc: null,
    issuedOn: "2025-01-06",
    issuedOnText: "2025年1月6日",
    assignment: false,
  };
}

/** The parts of a zip as writeZip lays it out (sizes in each local header), by name. */
function localParts(zip: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const parts = new Map<string, Uint8Array>();
  for (let at = 0; view.getUint32(at, true) === 0x04034b50;) {
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const start = at + 30 + nameLength + view.getUint16(at + 28, true);
    parts.set(new TextDecoder().decode(zip.subarray(at + 30, at + 30 + nameLength)), zip.subarray(start, start + size));
    at = start + size;
  }
  return parts;
}

/** How many table rows (<w:tr>) a deflated document.xml holds, counted chunk by chunk. */
async function countRows(deflated: Uint8Array): Promise<number> {
  const reader = new Blob([deflated as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  const decoder = new TextDecoder();
  let rows = 0;
  let tail = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return rows;
    const text = tail + decoder.decode(value, { stream: true });
    rows += text.split("<w:tr>").length - 1;
    // A marker cut between chunks is counted with the next one.
    tail = text.slice(-5);
  }
}

test("the combined .docx of 300,000 problems in 10 notices is written in bounded time, every row in it", async () => {
  const notices = Array.from({ length: UNITS }, (_, u) => notice(u));
  const started = performance.now();
  const bytes = await noticesDocx(notices);
  // Generous on a loaded machine (about 10 s); docx's own tables ran out of memory at this size.
  expect(performance.now() - started).toBeLessThan(90_000);
  const parts = localParts(bytes);
  expect([...parts.keys()].filter((name) => name.startsWith("word/media/"))).toHaveLength(1);
  // document.xml is longer than a string can be: its rows are counted as it inflates.
  expect(await countRows(parts.get("word/document.xml")!)).toBe(N + UNITS * 5);
}, 120_000);
