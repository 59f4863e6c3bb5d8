import type { PrintSheetPlan } from "../../core/output/printSheetPlan";
import type { SheetPlan } from "../../core/output/sheetPlan";
import type { ChartPlan } from "../../core/report/reportCharts";
import { withCharts } from "./injectCharts";
import { placeSheets, startPackage, stylesPartOf, TABLE_REL_ID, workbookPartOf, type OwnedSheet } from "./placeSheets";
import { planSheetXml } from "./planSheetXml";
import { withPrintImages } from "./printImages";
import { printSheetXml } from "./printSheetXml";
import { cellXfCount, EMPTY_STYLES, StyleBook } from "./styleBook";
import { WorkbookPackage } from "./workbookPackage";
import { WEB_CODEC, type ZipCodec } from "./zipCodec";

export interface WriteOptions {
  /** Charts per print sheet name. */
  charts?: ReadonlyMap<string, readonly ChartPlan[]>;
  codec?: ZipCodec;
  fileName?: string;
}

/**
 * Writes owned sheets into a workbook. With the source .xlsx given, the result is the source package
 * with only the owned sheets replaced (in place) or added — every other part copied as it was stored,
 * never re-read or rewritten — otherwise a new workbook holding the owned sheets alone. Sheet plans
 * are written directly as XML; print sheets are laid out by exceljs and moved in.
 */
export async function writeWorkbookXlsx(
  plans: readonly SheetPlan[],
  source?: Uint8Array,
  printPlans: readonly PrintSheetPlan[] = [],
  options: WriteOptions = {},
): Promise<Uint8Array> {
  const codec = options.codec ?? WEB_CODEC;
  const pkg = source ? WorkbookPackage.fromZip(source, options.fileName ?? "工作簿.xlsx", codec) : WorkbookPackage.empty(codec);
  if (!source) startPackage(pkg, EMPTY_STYLES);
  const stylesPath = await stylesPartOf(pkg, await workbookPartOf(pkg));
  const stylesXml = (await pkg.text(stylesPath)) ?? EMPTY_STYLES;
  const styles = new StyleBook(cellXfCount(stylesXml));
  const owned: OwnedSheet[] = plans.map((plan) => {
    const parts = planSheetXml(plan, styles, TABLE_REL_ID);
    return {
      name: plan.name,
      xml: parts.xml,
      table: parts.table && parts.tableName ? { name: parts.tableName, xml: parts.table } : null,
      definedNames: parts.definedNames,
    };
  });
  const printed = printPlans.map((plan) => printSheetXml(plan, styles));
  owned.push(
    ...printed.map((sheet, i) => withPrintImages(withCharts(sheet, options.charts?.get(sheet.name) ?? [], printPlans[i]!), printPlans[i]!)),
  );
  await placeSheets(pkg, owned);
  pkg.set(stylesPath, styles.appendTo(stylesXml));
  return pkg.toZip();
}
