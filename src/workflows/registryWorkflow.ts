import { sheetNamed, type WorkbookGrid } from "../core/model/grid";
import { registrySheetPlan } from "../core/output/registrySheetPlan";
import type { WorkbookHost } from "../core/port/workbookHost";
import { mergeRegistries, parseRegistry, registryFromUnits, REGISTRY_SHEET, type UnitEntry } from "../core/registry/unitRegistry";
import { structureRead } from "./structureWorkflow";

async function currentRegistry(host: WorkbookHost): Promise<UnitEntry[]> {
  const sheet = await host.readSheet(REGISTRY_SHEET);
  return sheet ? parseRegistry(sheet) : [];
}

/** 单位名录 from the units the ledgers name (added to what the registry already holds). */
export async function createRegistryFromLedger(host: WorkbookHost): Promise<UnitEntry[]> {
  const run = structureRead(await host.readWorkbook());
  const merged = mergeRegistries(await currentRegistry(host), registryFromUnits(run.ledger.map((f) => f.unit)));
  await host.writeSheet(registrySheetPlan(merged));
  return merged;
}

/** Reads a registry from another workbook: its 单位名录 sheet, or the first sheet that reads as one. */
export function registryFromWorkbook(other: WorkbookGrid): UnitEntry[] {
  const named = sheetNamed(other, REGISTRY_SHEET);
  for (const s of named ? [named] : other.sheets) {
    const entries = parseRegistry(s);
    if (entries.length > 0) return entries;
  }
  return [];
}

export async function importRegistry(host: WorkbookHost, other: WorkbookGrid): Promise<UnitEntry[]> {
  const merged = mergeRegistries(await currentRegistry(host), registryFromWorkbook(other));
  await host.writeSheet(registrySheetPlan(merged));
  return merged;
}

/**
 * Accepting "did you mean X": the name as typed becomes an alias of X in 单位名录, so every later
 * structuring writes X (the source keeps what was typed).
 */
export async function acceptUnitSuggestion(host: WorkbookHost, typed: string, registered: string): Promise<void> {
  const entries = await currentRegistry(host);
  const updated = entries.map((e) => (e.name === registered && !e.aliases.includes(typed) ? { ...e, aliases: [...e.aliases, typed] } : e));
  await host.writeSheet(registrySheetPlan(updated));
}
