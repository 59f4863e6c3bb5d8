import { columnLetter } from "../../core/model/address";
import { listSource, MARK_COLORS, printSetupOf, type ColumnValidation, type SheetPlan } from "../../core/output/sheetPlan";
import type { StyleBook } from "./styleBook";
import { cellXml } from "./cellXml";
import { REL, SPREADSHEET_MAIN } from "./opc";
import { xmlText } from "./xmlText";

const HEADER_FILL = "FFDDEBF7";

/** A worksheet part made from a sheet plan, and the table part it refers to (if it is a table). */
export interface PlanSheetParts {
  xml: string;
  /** Names local to the sheet (its print titles). */
  definedNames: Array<{ name: string; value: string }>;
  /** The table's XML given its workbook-wide id and name; null when the plan has no table. */
  table: ((id: number, name: string) => string) | null;
  tableName: string | null;
}

function validationXml(v: ColumnValidation, lastRow: number): string {
  const col = columnLetter(v.col);
  const sqref = `${col}2:${col}${lastRow}`;
  const base = `allowBlank="1" showErrorMessage="1" errorStyle="warning" errorTitle="创卫台账助手"`;
  switch (v.kind) {
    case "list":
      return `<dataValidation type="list" ${base} error="请从下拉列表中选择" sqref="${sqref}"><formula1>${xmlText(`"${v.values.join(",")}"`)}</formula1></dataValidation>`;
    case "listRange":
      return `<dataValidation type="list" ${base} error="请从单位名录中选择责任单位" sqref="${sqref}"><formula1>${xmlText(v.source.replace(/^=/, ""))}</formula1></dataValidation>`;
    case "date":
      // 36526 is 2000-01-01.
      return `<dataValidation type="date" operator="greaterThan" ${base} error="请输入日期，如 2024-05-03" sqref="${sqref}"><formula1>36526</formula1></dataValidation>`;
    case "dateOrWords": {
      const first = `${col}2`;
      const formula = `OR(ISNUMBER(${first}),${v.words.map((w) => `${first}="${w}"`).join(",")})`;
      return `<dataValidation type="custom" ${base} error="${xmlText(`请输入日期，或“${v.words.join("”“")}”`)}" sqref="${sqref}"><formula1>${xmlText(formula)}</formula1></dataValidation>`;
    }
  }
}

/**
 * The worksheet XML of a sheet plan, written directly (no spreadsheet library): one pass over the
 * rows, one cell format per distinct look (column format, header, mark fill, link) from the style
 * book, strings inline. Linear in the number of cells.
 */
export function planSheetXml(plan: SheetPlan, styles: StyleBook, tableRelId: string): PlanSheetParts {
  const width = plan.columns.length;
  const letters = plan.columns.map((_, i) => columnLetter(i));
  const lastRow = plan.rows.length + 1;
  const isTable = plan.table !== null && plan.rows.length > 0 && width > 0;
  const columnStyle = plan.columns.map((c) => styles.index({ numFmt: c.numberFormat }));
  const headerStyle = plan.columns.map((c) =>
    isTable ? styles.index({ numFmt: c.numberFormat }) : styles.index({ numFmt: c.numberFormat, bold: true, fill: HEADER_FILL }),
  );
  // Multi-line text cells wrap; one wrapped format per column, made when first needed.
  const wrapStyle: Array<number | undefined> = [];
  // Marks and links are few: looked up per cell in maps keyed by row and column.
  const special = new Map<number, number>();
  const linked = new Set<number>();
  for (const l of plan.links ?? []) linked.add(l.row * width + l.col);
  for (const m of plan.marks ?? []) {
    const key = m.row * width + m.col;
    special.set(key, styles.index({ numFmt: plan.columns[m.col]?.numberFormat, fill: MARK_COLORS[m.severity], link: linked.has(key) }));
  }
  for (const l of plan.links ?? []) {
    const key = l.row * width + l.col;
    if (!special.has(key)) special.set(key, styles.index({ numFmt: plan.columns[l.col]?.numberFormat, link: true }));
  }

  const out: string[] = [];
  const ref = width > 0 ? `A1:${letters[width - 1]}${Math.max(lastRow, 1)}` : "A1";
  const print = printSetupOf(plan);
  out.push(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${SPREADSHEET_MAIN}" xmlns:r="${REL}">${
      print.fit === "width" ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : ""
    }<dimension ref="${ref}"/>`,
  );
  out.push(
    plan.freezeHeader
      ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
      : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>',
  );
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (width > 0)
    out.push(
      `<cols>${plan.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"${c.hidden ? ` hidden="1"` : ""}${columnStyle[i] ? ` style="${columnStyle[i]}"` : ""}/>`).join("")}</cols>`,
    );
  out.push("<sheetData>");
  if (width > 0) out.push(`<row r="1">${plan.columns.map((c, i) => cellXml(`${letters[i]}1`, c.header, headerStyle[i]!)).join("")}</row>`);
  for (let r = 0; r < plan.rows.length; r++) {
    const row = plan.rows[r]!;
    const n = r + 2;
    let xml = `<row r="${n}">`;
    for (let c = 0; c < width; c++) {
      const value = row[c] ?? null;
      let style = special.size > 0 ? (special.get(r * width + c) ?? columnStyle[c]!) : columnStyle[c]!;
      if (typeof value === "string" && value.includes("\n") && style === columnStyle[c])
        style = wrapStyle[c] ??= styles.index({ numFmt: plan.columns[c]!.numberFormat, wrap: true });
      xml += value === null && style === columnStyle[c] ? "" : cellXml(`${letters[c]}${n}`, value, style);
    }
    out.push(`${xml}</row>`);
  }
  out.push("</sheetData>");
  if (!isTable && width > 0) out.push(`<autoFilter ref="A1:${letters[width - 1]}1"/>`);
  // Excel drops (with a repair prompt) an in-cell list longer than 255 characters.
  const validations = (plan.validations ?? []).filter((v) => v.kind !== "list" || listSource(v.values) !== null);
  if (validations.length > 0) {
    const last = Math.max(lastRow, 1000);
    out.push(`<dataValidations count="${validations.length}">${validations.map((v) => validationXml(v, last)).join("")}</dataValidations>`);
  }
  const links = plan.links ?? [];
  if (links.length > 0)
    out.push(
      `<hyperlinks>${links
        .map(
          (l) =>
            `<hyperlink ref="${letters[l.col]}${l.row + 2}" location="${xmlText(`'${l.sheet.replace(/'/g, "''")}'!${l.cell}`)}" display="${xmlText(l.cell)}"/>`,
        )
        .join("")}</hyperlinks>`,
    );
  // A4, landscape where wide, fit to one page wide and as many tall as needed, the header row on every page.
  out.push('<printOptions horizontalCentered="1"/>');
  const inches = (mm: number) => Number((mm / 25.4).toFixed(3));
  const mm = print.marginsMm;
  out.push(
    mm
      ? `<pageMargins left="${inches(mm.left)}" right="${inches(mm.right)}" top="${inches(mm.top)}" bottom="${inches(mm.bottom)}" header="0.3" footer="0.3"/>`
      : '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
  );
  out.push(
    `<pageSetup paperSize="9" orientation="${print.orientation}"${print.fit === "width" ? ' fitToWidth="1" fitToHeight="0"' : ' scale="100"'}/>`,
  );
  if (isTable) out.push(`<tableParts count="1"><tablePart r:id="${tableRelId}"/></tableParts>`);
  out.push("</worksheet>");

  const table = isTable
    ? (id: number, name: string) => {
        const tref = `A1:${letters[width - 1]}${lastRow}`;
        // Table column names must be unique and equal their header cells.
        const columns = plan.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${xmlText(c.header)}"/>`).join("");
        return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${SPREADSHEET_MAIN}" id="${id}" name="${xmlText(name)}" displayName="${xmlText(name)}" ref="${tref}" totalsRowShown="0"><autoFilter ref="${tref}"/><tableColumns count="${width}">${columns}</tableColumns><tableStyleInfo name="${xmlText(plan.table!.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
      }
    : null;
  const quoted = `'${plan.name.replace(/'/g, "''")}'`;
  const titles = print.titleRows
    ? [{ name: "_xlnm.Print_Titles", value: xmlText(`${quoted}!$${print.titleRows.first}:$${print.titleRows.last}`) }]
    : [];
  // Whole columns (as Excel writes them, row 1 to the last), so that rows a clerk adds below print too.
  const area =
    print.columns && print.columns < width
      ? [{ name: "_xlnm.Print_Area", value: xmlText(`${quoted}!$A$1:$${letters[print.columns - 1]}$1048576`) }]
      : [];
  return { xml: out.join(""), table, tableName: isTable ? plan.table!.name : null, definedNames: [...area, ...titles] };
}
