import { columnLetter } from "../../core/model/address";
import type { ChartPlan } from "../../core/report/reportCharts";
import { xmlText as esc } from "./xmlText";

/** The values a chart shows, read from the sheet plan, so the chart carries caches and renders without recalculation. */
export interface ChartData {
  categories: string[];
  series: Array<{ name: string; col: number; values: Array<number | null>; line: boolean }>;
}

const ref = (sheet: string, col: number, from: number, to: number): string =>
  `'${sheet.replace(/'/g, "''")}'!$${columnLetter(col)}$${from + 1}:$${columnLetter(col)}$${to + 1}`;

function cat(plan: ChartPlan, data: ChartData): string {
  const pts = data.categories.map((c, i) => `<c:pt idx="${i}"><c:v>${esc(c)}</c:v></c:pt>`).join("");
  return `<c:cat><c:strRef><c:f>${esc(ref(plan.sheet, plan.categoryCol, plan.firstRow, plan.lastRow))}</c:f><c:strCache><c:ptCount val="${data.categories.length}"/>${pts}</c:strCache></c:strRef></c:cat>`;
}

/**
 * Each series' colour, written out: a workbook made from nothing has no theme for Excel's automatic
 * colours to come from, and LibreOffice and WPS then draw the columns and the line without any.
 */
const BAR_COLORS = ["4472C4", "70AD47", "A5A5A5", "FFC000"];
const LINE_COLOR = "ED7D31";
const fill = (rgb: string) => `<a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill>`;

function seriesLook(line: boolean, idx: number): string {
  if (!line) return `<c:spPr>${fill(BAR_COLORS[idx % BAR_COLORS.length]!)}</c:spPr>`;
  return `<c:spPr><a:ln w="22225" cap="rnd">${fill(LINE_COLOR)}<a:round/></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${fill(LINE_COLOR)}<a:ln>${fill(LINE_COLOR)}</a:ln></c:spPr></c:marker>`;
}

function ser(plan: ChartPlan, data: ChartData, s: ChartData["series"][number], idx: number, format: string): string {
  const pts = s.values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("");
  return `<c:ser><c:idx val="${idx}"/><c:order val="${idx}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>${seriesLook(s.line, idx)}${cat(plan, data)}<c:val><c:numRef><c:f>${esc(ref(plan.sheet, s.col, plan.firstRow, plan.lastRow))}</c:f><c:numCache><c:formatCode>${format}</c:formatCode><c:ptCount val="${s.values.length}"/>${pts}</c:numCache></c:numRef></c:val>${s.line ? '<c:smooth val="0"/>' : ""}</c:ser>`;
}

const axis = (
  kind: "cat" | "val",
  id: number,
  cross: number,
  pos: string,
  opts: { deleted?: boolean; crosses?: string; format?: string; title?: string; majorUnit?: number } = {},
): string =>
  kind === "cat"
    ? `<c:catAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="${opts.deleted ? 1 : 0}"/><c:axPos val="${pos}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>`
    : `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/>${opts.format === "0%" ? '<c:max val="1"/><c:min val="0"/>' : opts.majorUnit ? '<c:min val="0"/>' : ""}</c:scaling><c:delete val="0"/><c:axPos val="${pos}"/>${opts.format ? "" : "<c:majorGridlines/>"}${opts.title ? axisTitle(opts.title) : ""}<c:numFmt formatCode="${opts.format ?? "General"}" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="${opts.crosses ?? "autoZero"}"/><c:crossBetween val="between"/>${opts.majorUnit ? `<c:majorUnit val="${opts.majorUnit}"/>` : ""}</c:valAx>`;

/** An axis name, written upright along the axis (rotated a quarter turn), as Excel draws a vertical axis title. */
const axisTitle = (t: string): string =>
  `<c:title><c:tx><c:rich><a:bodyPr rot="-5400000" vert="horz"/><a:p><a:pPr><a:defRPr sz="900" b="0"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="900" b="0"/><a:t>${esc(t)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;

/** A combo chart part: clustered columns on the primary axes, the rate as a line on secondary axes. */
export function chartXml(plan: ChartPlan, data: ChartData): string {
  const bars = data.series.filter((s) => !s.line);
  const lines = data.series.filter((s) => s.line);
  const barXml = `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${bars.map((s, i) => ser(plan, data, s, i, "0")).join("")}<c:gapWidth val="150"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>`;
  const lineXml = lines.length
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines.map((s, i) => ser(plan, data, s, bars.length + i, "0.0%")).join("")}<c:marker val="1"/><c:axId val="1003"/><c:axId val="1004"/></c:lineChart>`
    : "";
  const axes =
    axis("cat", 1001, 1002, "b") +
    // Counts in whole steps from 0 (Excel's automatic unit gives 0.5 for small counts).
    axis("val", 1002, 1001, "l", { title: plan.axisTitles.count, majorUnit: plan.countStep }) +
    (lines.length
      ? axis("cat", 1003, 1004, "b", { deleted: true }) +
        axis("val", 1004, 1003, "r", { crosses: "max", format: "0%", title: plan.axisTitles.rate })
      : "");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:lang val="zh-CN"/><c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="1200" b="1"/><a:t>${esc(plan.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${barXml}${lineXml}${axes}</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}

const EMU_PER_PT = 12_700;

/** The drawing part that places the charts on the sheet (one anchor per chart, ids rId1…). */
export function drawingXml(plans: readonly ChartPlan[]): string {
  const anchors = plans
    .map((p, i) => {
      const { rows, cols } = p.anchor;
      return `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${p.anchor.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.anchor.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${p.anchor.col + cols}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.anchor.row + rows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="图表 ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="${p.anchor.width * EMU_PER_PT}" cy="${p.anchor.height * EMU_PER_PT}"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${anchors}</xdr:wsDr>`;
}
