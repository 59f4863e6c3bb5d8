import { DOMParser } from "@xmldom/xmldom";
import { relsPathOf, resolveTarget } from "./opc";
import type { PackageSource } from "./packageSource";

export type { PackageSource } from "./packageSource";

/**
 * Reading parts of an Office package (an .xlsx is a zip of XML parts tied by relationship parts) with a
 * namespace-aware XML parser. Elements are found by local name in any namespace, so that Transitional
 * and Strict files, and whatever prefixes a producer chose, read alike.
 */

export function readXml(pkg: PackageSource, path: string): Document | null {
  const text = pkg.text(path);
  if (text === null) return null;
  try {
    return new DOMParser({ onError: () => undefined }).parseFromString(text, "application/xml") as unknown as Document;
  } catch {
    // A part that is not well-formed XML is skipped like a missing one: the workbook still opens.
    return null;
  }
}

/** Descendants with this local name, in document order. */
export function elements(root: Document | Element, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS("*", localName) as unknown as ArrayLike<Element>);
}

/** Direct children with this local name. */
export function children(el: Element, localName: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === localName) out.push(n as Element);
  return out;
}

export function child(el: Element, localName: string): Element | null {
  return children(el, localName)[0] ?? null;
}

/** An attribute by local name, whatever its prefix (r:embed, r:id). */
export function attr(el: Element, localName: string): string | null {
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if ((a.localName ?? a.name) === localName) return a.value;
  }
  return null;
}

export function intOf(el: Element | null): number | null {
  const t = el?.textContent?.trim();
  return t && /^-?\d+$/.test(t) ? Number(t) : null;
}

/** Whether an element sits inside a markup-compatibility fallback (a copy of what the Choice holds). */
export function inFallback(el: Element): boolean {
  for (let p = el.parentNode; p; p = p.parentNode) if (p.nodeType === 1 && (p as Element).localName === "Fallback") return true;
  return false;
}

export interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

/** The relationships of a part (from its _rels/<name>.rels), by id, with targets resolved to part paths. */
export function readRels(pkg: PackageSource, partPath: string): Map<string, Relationship> {
  const doc = readXml(pkg, relsPathOf(partPath));
  const out = new Map<string, Relationship>();
  if (!doc) return out;
  for (const r of elements(doc, "Relationship")) {
    const id = attr(r, "Id");
    const target = attr(r, "Target");
    if (!id || !target) continue;
    const external = attr(r, "TargetMode") === "External";
    out.set(id, { type: attr(r, "Type") ?? "", target: external ? target : resolveTarget(partPath, target), external });
  }
  return out;
}

const MIME: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  jpe: "image/jpeg",
  gif: "image/gif",
  bmp: "image/bmp",
  tif: "image/tiff",
  tiff: "image/tiff",
  webp: "image/webp",
  svg: "image/svg+xml",
  emf: "image/x-emf",
  wmf: "image/x-wmf",
};

export function mimeOf(path: string): string {
  const ext = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? "";
  return MIME[ext] ?? "application/octet-stream";
}

/** A cell reference ("E12") as 0-based row and column. */
export function cellOf(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
