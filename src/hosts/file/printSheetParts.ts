import ExcelJS from "exceljs";
import type { PrintSheetPlan } from "../../core/output/printSheetPlan";
import { attr, parseRels, relsPathOf, resolveTarget } from "./opc";
import type { OwnedSheet } from "./placeSheets";
import type { StyleBook } from "./styleBook";
import { WorkbookPackage } from "./workbookPackage";
import { addPrintSheet } from "./writePrintSheet";
import type { ZipCodec } from "./zipCodec";
import { dropNonXml } from "./xmlText";

/** Every <si> of a shared-string table, as the XML inside it (plain or rich text). */
function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g)].map((m) => m[1] ?? "");
}

/**
 * A worksheet exceljs wrote, made to stand in another package: its cell formats renumbered into the
 * target's (through the style book) and its shared strings written inline, so it depends on nothing
 * but itself.
 */
function transplantXml(xml: string, xfs: readonly number[], strings: readonly string[]): string {
  const style = (n: string | null) => (n === null ? 0 : (xfs[Number(n)] ?? 0));
  return xml
    .replace(/<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g, (_, attrs: string, end: string, inner: string | undefined) => {
      const r = attr(attrs, "r");
      const s = style(attr(attrs, "s"));
      const t = attr(attrs, "t");
      const head = `<c${r ? ` r="${r}"` : ""}${s ? ` s="${s}"` : ""}`;
      if (end === "/>") return `${head}/>`;
      if (t === "s") {
        const k = Number(/<v>(\d+)<\/v>/.exec(inner ?? "")?.[1]);
        return `${head} t="inlineStr"><is>${strings[k] ?? ""}</is></c>`;
      }
      return `${head}${t ? ` t="${t}"` : ""}>${inner ?? ""}</c>`;
    })
    .replace(/<row\b[^>]*>/g, (tag) => tag.replace(/\ss="(\d+)"/, (_, n: string) => ` s="${style(n)}"`))
    .replace(/<col\b[^>]*\/>/g, (tag) => tag.replace(/\sstyle="(\d+)"/, (_, n: string) => ` style="${style(n)}"`));
}

/**
 * The print-ready sheets (通知书, 月报) laid out by exceljs — fonts, merges, borders, row heights,
 * page breaks, A4 setup — as owned sheets ready to be placed into any package.
 */
export async function printSheetParts(plans: readonly PrintSheetPlan[], styles: StyleBook, codec: ZipCodec): Promise<OwnedSheet[]> {
  if (plans.length === 0) return [];
  const wb = new ExcelJS.Workbook();
  for (const plan of plans) addPrintSheet(wb, plan);
  // Stored, not deflated: the parts are read back at once.
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } } as never)) as ArrayBuffer);
  const pkg = WorkbookPackage.fromZip(bytes, "print.xlsx", codec);
  const workbook = (await pkg.text("xl/workbook.xml")) ?? "";
  const rels = parseRels(await pkg.text("xl/_rels/workbook.xml.rels"));
  const xfs = styles.importStyles((await pkg.text("xl/styles.xml")) ?? "");
  const strings = sharedStrings(dropNonXml((await pkg.text("xl/sharedStrings.xml")) ?? ""));
  const names = [...workbook.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)].map((m) => ({
    name: attr(m[1]!, "name") ?? "",
    sheet: Number(attr(m[1]!, "localSheetId") ?? -1),
    value: m[2]!,
  }));
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => m[0]);
  const out: OwnedSheet[] = [];
  for (const [i, tag] of sheets.entries()) {
    const target = rels.find((r) => r.id === attr(tag, "id", true))?.target ?? "";
    const path = resolveTarget("xl/workbook.xml", target);
    if ((await pkg.text(relsPathOf(path))) !== null) throw new Error(`打印工作表“${attr(tag, "name")}”带有外部部件，无法写入`);
    out.push({
      name: attr(tag, "name") ?? "",
      xml: transplantXml(dropNonXml((await pkg.text(path)) ?? ""), xfs, strings),
      table: null,
      definedNames: names.filter((n) => n.sheet === i).map((n) => ({ name: n.name, value: n.value })),
    });
  }
  return out;
}
