import { z } from "zod";
import { FIELD_LABELS, FindingFieldSchema, type FindingField } from "../model/finding";
import { cellAt, type SheetGrid } from "../model/grid";
import { textColumn, type SheetPlan } from "../output/sheetPlan";
import { cellText } from "../normalize/text";
import { MappingOverrideSchema, type MappingOverride } from "../structure/mapColumns";

export const SETTINGS_SHEET = "设置";
const MAPPING_KIND = "列映射";
const IGNORE_LABEL = "不导入";
const ANY_SHEET = "（所有工作表）";

/** Everything configurable lives in the visible 设置 sheet, so every host and colleague sees the same. */
export const SettingsSchema = z.object({
  mappings: z.array(MappingOverrideSchema).default([]),
  /** Other rows (later issues' settings) are kept as they are. */
  other: z.array(z.object({ kind: z.string(), sheet: z.string(), name: z.string(), value: z.string(), note: z.string() })).default([]),
});
export type Settings = z.infer<typeof SettingsSchema>;

const FIELD_BY_LABEL = new Map<string, FindingField>(Object.entries(FIELD_LABELS).map(([k, v]) => [v, k as FindingField]));

export function parseSettings(grid: SheetGrid | null): Settings {
  const settings: Settings = { mappings: [], other: [] };
  if (!grid) return settings;
  for (let r = 1; r < grid.values.length; r++) {
    const at = (c: number): string => cellText(cellAt(grid, r, c)) ?? "";
    const [kind, sheet, name, value, note] = [at(0), at(1), at(2), at(3), at(4)];
    if (!kind) continue;
    if (kind === MAPPING_KIND) {
      const field =
        value === IGNORE_LABEL
          ? "ignore"
          : (FIELD_BY_LABEL.get(value) ?? (FindingFieldSchema.safeParse(value).success ? (value as FindingField) : null));
      if (field && name) settings.mappings.push({ sheet: sheet === ANY_SHEET || sheet === "" ? null : sheet, label: name, field });
    } else settings.other.push({ kind, sheet, name, value, note });
  }
  return settings;
}

/** Replaces the overrides for the same sheet and header, keeps the rest. */
export function withMappings(settings: Settings, changes: readonly MappingOverride[]): Settings {
  const key = (m: MappingOverride): string => `${m.sheet ?? ""}\u0001${m.label}`;
  const changed = new Set(changes.map(key));
  return { ...settings, mappings: [...settings.mappings.filter((m) => !changed.has(key(m))), ...changes] };
}

export function settingsSheetPlan(settings: Settings): SheetPlan {
  const rows = [
    ...settings.mappings.map((m) => [
      MAPPING_KIND,
      m.sheet ?? ANY_SHEET,
      m.label,
      m.field === "ignore" ? IGNORE_LABEL : FIELD_LABELS[m.field],
      "结构化时，该表头对应的标准字段",
    ]),
    ...settings.other.map((o) => [o.kind, o.sheet, o.name, o.value, o.note]),
  ];
  return {
    name: SETTINGS_SHEET,
    columns: [textColumn("分类", 12), textColumn("工作表", 16), textColumn("名称", 24), textColumn("值", 16), textColumn("说明", 40)],
    rows,
    table: null,
    freezeHeader: true,
  };
}
