import { z } from "zod";
import { cellAt, type SheetGrid } from "../model/grid";
import { cellText, headerKey } from "../normalize/text";
import { toSimplified } from "../normalize/traditional";

export const REGISTRY_SHEET = "单位名录";

export const UnitEntrySchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()),
  type: z.string().nullable(),
  street: z.string().nullable(),
  contact: z.string().nullable(),
  phone: z.string().nullable(),
});
export type UnitEntry = z.infer<typeof UnitEntrySchema>;

export const REGISTRY_COLUMNS = [
  { key: "name", header: "单位名称", words: ["单位名称", "单位", "名称", "责任单位"] },
  { key: "aliases", header: "简称/别名", words: ["简称/别名", "简称", "别名", "曾用名"] },
  { key: "type", header: "单位类型", words: ["单位类型", "类型", "类别"] },
  { key: "street", header: "所属街道", words: ["所属街道", "街道", "属地"] },
  { key: "contact", header: "联系人", words: ["联系人", "负责人"] },
  { key: "phone", header: "联系电话", words: ["联系电话", "电话", "手机"] },
] as const;

/** Aliases are typed with 、，, ; / or spaces between them. */
export function splitAliases(text: string | null): string[] {
  if (!text) return [];
  return text
    .split(/[、，,;；\s]+/)
    .map((a) => toSimplified(a.trim()))
    .filter((a) => a !== "");
}

/** Reads a 单位名录 sheet (this workbook's or another's): finds its header row by the column names. */
export function parseRegistry(grid: SheetGrid): UnitEntry[] {
  let headerRow = -1;
  const cols = new Map<string, number>();
  for (let r = 0; r < Math.min(10, grid.values.length) && headerRow < 0; r++) {
    const keys = (grid.values[r] ?? []).map((v) => (typeof v === "string" ? headerKey(toSimplified(v)) : ""));
    const nameCol = keys.findIndex((k) => k === "单位名称" || k === "单位" || k === "名称");
    if (nameCol < 0) continue;
    headerRow = r;
    for (const c of REGISTRY_COLUMNS) {
      const col = keys.findIndex((k) => c.words.some((w) => k === headerKey(w)));
      if (col >= 0) cols.set(c.key, col);
    }
  }
  if (headerRow < 0) return [];
  const text = (r: number, key: string): string | null => {
    const c = cols.get(key);
    return c === undefined ? null : cellText(cellAt(grid, r, c));
  };
  const entries: UnitEntry[] = [];
  for (let r = headerRow + 1; r < grid.values.length; r++) {
    const name = text(r, "name");
    if (!name) continue;
    entries.push({
      name: toSimplified(name),
      aliases: splitAliases(text(r, "aliases")),
      type: text(r, "type"),
      street: text(r, "street"),
      contact: text(r, "contact"),
      phone: text(r, "phone"),
    });
  }
  return entries;
}

/** A registry started from the units a ledger names, for the clerk to complete. */
export function registryFromUnits(units: Iterable<string | null>): UnitEntry[] {
  const seen = new Set<string>();
  const out: UnitEntry[] = [];
  for (const u of units) {
    if (!u || seen.has(u)) continue;
    seen.add(u);
    out.push({ name: u, aliases: [], type: null, street: null, contact: null, phone: null });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
}

/** Adds entries whose names are not in the registry yet; existing entries stay as they are. */
export function mergeRegistries(base: readonly UnitEntry[], extra: readonly UnitEntry[]): UnitEntry[] {
  const names = new Set(base.map((e) => e.name));
  return [...base, ...extra.filter((e) => !names.has(e.name))];
}
