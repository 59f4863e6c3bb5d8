/** The native charts of the 月报 sheet name their axes and count problems in whole numbers. */
import { inflateRawSync } from "node:zlib";
import type { Finding } from "../../../src/core/model/finding";
import { FileHost } from "../../../src/hosts/file/fileHost";
import { unzipParts } from "../../../src/hosts/file/unzipParts";
import { runReport } from "../../../src/workflows/reportWorkflow";

const f = (i: number, unit: string): Finding => ({
  id: `CW-${i}`,
  source: { file: "a", sheet: "s", row: i + 2 },
  inspectedOn: "2025-05-06",
  unit,
  category: "市容环境卫生",
  description: `问题${i}`,
  location: null,
  measure: null,
  deadline: "2025-05-20",
  status: i % 2 ? "rectified" : "pending",
  rectifiedOn: i % 2 ? "2025-05-15" : null,
  owner: null,
  phone: null,
  noticeNo: null,
  remark: null,
});

test("both charts: 问题数（个） and 整改率 axis titles, a whole-number step from 0 on the count axis", async () => {
  // Two units with 2 and 1 problems: Excel's automatic step would be 0.5.
  const host = new FileHost(null, "月报.xlsx");
  await runReport([f(1, "北山街道"), f(2, "北山街道"), f(3, "南湖街道")], "2025-05", { target: host });
  const parts = await unzipParts(await host.toXlsx(), "月报.xlsx", async (b) => new Uint8Array(inflateRawSync(b)));
  const charts = [...parts.keys()].filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k));
  expect(charts).toHaveLength(2);
  for (const name of charts) {
    const xml = new TextDecoder().decode(parts.get(name)!);
    const valAxes = xml.match(/<c:valAx>[\s\S]*?<\/c:valAx>/g)!;
    expect(valAxes).toHaveLength(2);
    expect(valAxes[0]).toContain("<a:t>问题数（个）</a:t>");
    expect(valAxes[0]).toMatch(/<c:min val="0"\/>/);
    expect(Number(/<c:majorUnit val="([\d.]+)"\/>/.exec(valAxes[0]!)?.[1])).toBe(1);
    expect(valAxes[1]).toContain("<a:t>整改率</a:t>");
  }
});
