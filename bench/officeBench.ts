/**
 * npm run bench:office — what Excel on the web receives for the add-in's largest writes. Each write is
 * built by the real Office.js serializer (test/harness: @microsoft/office-js in jsdom, answered by the
 * in-memory workbook), at full size and at a tenth of it (the baseline, measured in the same run), and
 * prints one line: syncs at both sizes, the largest request in MB, and the time. Excel refuses requests
 * over 5 MB; every request must stay under 4 MB, and syncs may grow with the data only through chunks.
 * Exits 1 when a request is over 4 MB or a write fails.
 */
import { performance } from "node:perf_hooks";
import type { Finding } from "../src/core/model/finding";
import { makeProblem } from "../src/core/model/problem";
import { buildNotices } from "../src/core/notices/buildNotices";
import { noticeSheetPlan } from "../src/core/notices/noticeSheetPlan";
import { NoticeSettingsSchema } from "../src/core/notices/noticeSettings";
import { ledgerSheetPlan } from "../src/core/output/ledgerSheetPlan";
import { problemsSheetPlan } from "../src/core/output/problemsSheetPlan";
import { registrySheetPlan } from "../src/core/output/registrySheetPlan";
import { OfficeHost } from "../src/hosts/office/officeHost";
import { runReport } from "../src/workflows/reportWorkflow";
import { maxRequestMb, openExcel } from "../test/harness/excelHarness";
import { WorkbookModel } from "../test/harness/workbookModel";
import { finding, reportFindings } from "../test/hosts/office/fixtures";

const LIMIT_MB = 4;
const LONG = "公共厕所保洁不到位，地面有积水和垃圾，洗手液缺失，保洁记录未按要求填写";

interface Write {
  name: string;
  /** The full size; the baseline runs at a tenth. */
  size: number;
  unit: string;
  run: (host: OfficeHost, size: number) => Promise<unknown>;
}

const unitFindings = (units: number, perUnit: number): Finding[] =>
  Array.from({ length: units * perUnit }, (_, i) => ({
    ...finding(i, `${LONG}（第${(i % perUnit) + 1}处）`),
    unit: `第${Math.floor(i / perUnit) + 1}责任单位`,
  }));

const WRITES: Write[] = [
  {
    name: "标准台账",
    size: 100_000,
    unit: "行",
    run: (h, n) => h.writeSheet(ledgerSheetPlan(Array.from({ length: n }, (_, i) => finding(i, LONG)))),
  },
  {
    name: "校验结果",
    size: 10_000,
    unit: "个问题",
    run: (h, n) =>
      h.writeSheet(
        problemsSheetPlan(
          Array.from({ length: n }, (_, i) =>
            makeProblem({
              code: "status-unknown",
              severity: "warning",
              sheet: "整改台账",
              row: i + 3,
              column: "I",
              field: "status",
              params: { value: "待定" },
            }),
          ),
          "街道台账.xlsx",
        ),
      ),
  },
  {
    name: "通知书",
    size: 300,
    unit: "个单位×8个问题",
    run: (h, n) =>
      h.writePrintSheet(
        noticeSheetPlan(
          buildNotices(unitFindings(n, 8), NoticeSettingsSchema.parse({ issuer: "某区创卫办", prefix: "区创卫办" }), [], "2025-06-03"),
        ),
      ),
  },
  // 6 findings a unit of which 2 are overdue at the end of May: 500 units, 1,000 overdue items.
  { name: "月报", size: 500, unit: "个单位（每单位 2 项超期）", run: (h, n) => runReport(reportFindings(n), "2025-05", { target: h }) },
  {
    name: "单位名录",
    size: 2_000,
    unit: "个单位",
    run: (h, n) =>
      h.writeSheet(
        registrySheetPlan(
          Array.from({ length: n }, (_, i) => ({
            name: `第${i + 1}责任单位`,
            aliases: [`单位${i + 1}`],
            type: "机关",
            street: "南湖街道",
            contact: "张三",
            phone: "13800000000",
          })),
        ),
      ),
  },
];

async function measure(w: Write, size: number): Promise<{ syncs: number; maxMb: number; ms: number; errors: string[] }> {
  const book = new WorkbookModel();
  book.addSheet("台账");
  const excel = openExcel(book);
  const t0 = performance.now();
  try {
    await w.run(new OfficeHost(excel.api), size);
  } catch (e) {
    excel.syncs.push({ requestBytes: 0, responseBytes: 0, actions: 0, flags: 0, error: (e as { code?: string }).code ?? String(e) });
  }
  const ms = performance.now() - t0;
  excel.close();
  return {
    syncs: excel.syncs.length,
    maxMb: maxRequestMb(excel.syncs),
    ms,
    errors: excel.syncs.flatMap((s) => (s.error ? [s.error] : [])),
  };
}

async function main(): Promise<void> {
  let failed = false;
  console.log(`Office 写入（真实 Office.js 请求，上限 ${LIMIT_MB} MB/次；基线为十分之一规模）`);
  for (const w of WRITES) {
    const base = await measure(w, Math.max(1, Math.round(w.size / 10)));
    const full = await measure(w, w.size);
    const ok = full.errors.length === 0 && base.errors.length === 0 && full.maxMb <= LIMIT_MB;
    failed ||= !ok;
    console.log(
      `${ok ? "✓" : "✗"} ${w.name} ${w.size.toLocaleString("en-US")} ${w.unit}: ${full.syncs} syncs (基线 ${base.syncs}), ` +
        `最大请求 ${full.maxMb.toFixed(2)} MB, ${(full.ms / 1000).toFixed(1)} s（基线 ${(base.ms / 1000).toFixed(1)} s）` +
        (full.errors.length ? `，错误：${[...new Set(full.errors)].join("、")}` : ""),
    );
  }
  if (failed) process.exitCode = 1;
}

void main();
