import { FIELD_LABELS, FINDING_FIELDS } from "../../../core/model/finding";
import type { FieldChoice } from "./useStructurePanel";

export const FIELD_CHOICES: Array<{ value: FieldChoice; label: string }> = [
  ...FINDING_FIELDS.map((f) => ({ value: f as FieldChoice, label: FIELD_LABELS[f] })),
  { value: "ignore", label: "不导入" },
];

export function choiceLabel(value: FieldChoice | null): string {
  return value === null ? "（未对应）" : (FIELD_CHOICES.find((c) => c.value === value)?.label ?? value);
}
