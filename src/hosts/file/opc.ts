import { unescapeXmlEntities } from "./unescapeXmlText";
import { xmlText } from "./xmlText";

/**
 * Open Packaging Conventions, as much as writing owned sheets into a package needs: relationship
 * parts, content types, part paths. Regular expressions over the parts' XML: the parts are small and
 * their shape is fixed by the standard; element prefixes (x:workbook) are allowed.
 */

export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** The SpreadsheetML namespace of workbook, worksheet and table parts. */
export const SPREADSHEET_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_TYPES = {
  worksheet: `${REL}/worksheet`,
  styles: `${REL}/styles`,
  table: `${REL}/table`,
  drawing: `${REL}/drawing`,
  chart: `${REL}/chart`,
  image: `${REL}/image`,
  calcChain: `${REL}/calcChain`,
  officeDocument: `${REL}/officeDocument`,
} as const;

export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** An attribute of a start tag (any namespace prefix on the attribute name when `anyPrefix`). */
export function attr(tag: string, name: string, anyPrefix = false): string | null {
  const re = anyPrefix
    ? new RegExp(`\\s(?:[\\w.-]+:)?${name}\\s*=\\s*("([^"]*)"|'([^']*)')`)
    : new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`);
  const m = re.exec(tag);
  return m ? unescapeXmlEntities(m[2] ?? m[3] ?? "") : null;
}

export function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** The part a relationship of `from` points at. */
export function resolveTarget(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** `to` relative to the folder of `from` (both package paths without a leading slash). */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

export function parseRels(xml: string | null): Relationship[] {
  if (!xml) return [];
  return [...xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)].map((m) => ({
    id: attr(m[0], "Id") ?? "",
    type: attr(m[0], "Type") ?? "",
    target: attr(m[0], "Target") ?? "",
    external: attr(m[0], "TargetMode") === "External",
  }));
}

export function relsXml(rels: readonly Relationship[]): string {
  const items = rels
    .map(
      (r) =>
        `<Relationship Id="${xmlText(r.id)}" Type="${xmlText(r.type)}" Target="${xmlText(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}

/** A relationship id not yet used in `rels`. */
export function freeRelId(rels: readonly Relationship[], prefix = "rId"): string {
  const used = new Set(rels.map((r) => r.id));
  for (let n = rels.length + 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

/** The first `folder/stemN.xml` not in `taken` (compared without case, as part names are). */
export function freePartName(taken: readonly string[], folder: string, stem: string): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = `${folder}/${stem}${n}.xml`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** [Content_Types].xml with an Override for `part` (replacing any earlier one for it). */
export function withOverride(types: string, part: string, contentType: string): string {
  const cleaned = withoutOverride(types, part);
  return cleaned.replace(/<\/(\w+:)?Types>/, (end) => `<Override PartName="/${xmlText(part)}" ContentType="${contentType}"/>${end}`);
}

export function withoutOverride(types: string, part: string): string {
  const name = `/${part}`.toLowerCase();
  return types.replace(/<(?:\w+:)?Override\b[^>]*\/>/g, (tag) => ((attr(tag, "PartName") ?? "").toLowerCase() === name ? "" : tag));
}

/** Makes sure the package declares a default content type for an extension (xml, rels). */
export function withDefault(types: string, extension: string, contentType: string): string {
  const has = [...types.matchAll(/<(?:\w+:)?Default\b[^>]*\/>/g)].some((m) => (attr(m[0], "Extension") ?? "").toLowerCase() === extension);
  return has ? types : types.replace(/(<(?:\w+:)?Types\b[^>]*>)/, `$1<Default Extension="${extension}" ContentType="${contentType}"/>`);
}

/** The namespace prefix of a part's root element ("x:" in <x:workbook>, "" when unprefixed). */
export function rootPrefix(xml: string, element: string): string {
  const m = new RegExp(`<(\\w+:)?${element}\\b`).exec(xml);
  return m?.[1] ?? "";
}

/** XML written unprefixed (our snippets) given the prefix a part uses for the same namespace. */
export function withPrefix(snippet: string, prefix: string): string {
  return prefix ? snippet.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`) : snippet;
}
