import JSZip from "jszip";
import type { PrintSheetPlan } from "../../core/output/printSheetPlan";
import type { ChartPlan } from "../../core/report/reportCharts";
import { chartXml, drawingXml, type ChartData } from "./chartXml";
import { escapeMarkup as xmlEsc } from "../../core/output/escapeMarkup";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
// Elements that must come after <drawing> in a worksheet (ECMA-376 order).
const AFTER_DRAWING = [
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<drawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

/** The categories and values a chart plots, read from the print plan the sheet was written from. */
export function chartData(chart: ChartPlan, sheet: PrintSheetPlan): ChartData {
  const rows = sheet.rows.slice(chart.firstRow, chart.lastRow + 1);
  const cellAt = (row: (typeof rows)[number], col: number) => row.cells.find((c) => c.col === col);
  return {
    categories: rows.map((r) => cellAt(r, chart.categoryCol)?.text ?? ""),
    series: [...chart.columns.map((c) => ({ ...c, line: false })), ...(chart.line ? [{ ...chart.line, line: true }] : [])].map((s) => ({
      name: s.name,
      col: s.col,
      line: s.line,
      values: rows.map((r) => cellAt(r, s.col)?.value ?? null),
    })),
  };
}

async function sheetPath(zip: JSZip, sheet: string): Promise<string> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const m = new RegExp(`<sheet [^>]*name="${xmlEsc(sheet).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*r:id="([^"]+)"`).exec(workbook);
  if (!m) throw new Error(`工作簿中没有工作表“${sheet}”`);
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const t =
    new RegExp(`<Relationship [^>]*Id="${m[1]}"[^>]*Target="([^"]+)"`).exec(rels) ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${m[1]}"`).exec(rels);
  return `xl/${t![1]!.replace(/^\/?xl\//, "")}`;
}

function nextIndex(zip: JSZip, folder: string, prefix: string): number {
  let n = 0;
  zip.folder(folder)!.forEach((p) => {
    const m = new RegExp(`^${prefix}(\\d+)\\.xml$`).exec(p);
    if (m) n = Math.max(n, Number(m[1]));
  });
  return n + 1;
}

/**
 * Adds native charts to a sheet of a saved .xlsx: chart parts (DrawingML), a drawing that anchors
 * them, the relationships and content types. Excel and LibreOffice open them as ordinary charts.
 */
export async function injectCharts(
  xlsx: Uint8Array,
  sheet: string,
  charts: ReadonlyArray<{ plan: ChartPlan; data: ChartData }>,
): Promise<Uint8Array> {
  if (charts.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const path = await sheetPath(zip, sheet);
  const file = path.split("/").pop()!;
  const d = nextIndex(zip, "xl/drawings", "drawing");
  const c0 = nextIndex(zip, "xl/charts", "chart");
  charts.forEach((c, i) => zip.file(`xl/charts/chart${c0 + i}.xml`, chartXml(c.plan, c.data)));
  zip.file(`xl/drawings/drawing${d}.xml`, drawingXml(charts.map((c) => c.plan)));
  zip.file(
    `xl/drawings/_rels/drawing${d}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${charts.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/chart" Target="../charts/chart${c0 + i}.xml"/>`).join("")}</Relationships>`,
  );
  const relsPath = `xl/worksheets/_rels/${file}.rels`;
  const drawingRel = `<Relationship Id="rIdChartDrawing${d}" Type="${REL}/drawing" Target="../drawings/drawing${d}.xml"/>`;
  const existing = zip.file(relsPath) ? await zip.file(relsPath)!.async("string") : null;
  zip.file(
    relsPath,
    existing
      ? existing.replace("</Relationships>", `${drawingRel}</Relationships>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${drawingRel}</Relationships>`,
  );
  let xml = await zip.file(path)!.async("string");
  if (!/xmlns:r=/.test(xml)) xml = xml.replace("<worksheet ", `<worksheet xmlns:r="${REL}" `);
  const at = Math.min(...AFTER_DRAWING.map((tag) => xml.indexOf(tag)).filter((i) => i >= 0));
  zip.file(path, `${xml.slice(0, at)}<drawing r:id="rIdChartDrawing${d}"/>${xml.slice(at)}`);
  let types = await zip.file("[Content_Types].xml")!.async("string");
  const overrides = [
    ...charts.map((_, i) => `<Override PartName="/xl/charts/chart${c0 + i}.xml" ContentType="${CHART_TYPE}"/>`),
    `<Override PartName="/xl/drawings/drawing${d}.xml" ContentType="${DRAWING_TYPE}"/>`,
  ].join("");
  types = types.replace("</Types>", `${overrides}</Types>`);
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
