import { ScoringRulesSchema, type ScoringRules } from "../model/score";
import { ALL_RULES } from "../validate/ruleSet";
import type { Settings } from "./settings";

const RULE_KIND = "校验规则";
const VALIDATION_KIND = "校验";
const SCORING_KIND = "考评";
const OFF = /^(关|关闭|否|停用|off|false|0)$/i;

export interface ValidationSettings {
  disabled: Set<string>;
  /** null: today. */
  asOf: string | null;
}

/** Rules are turned off in 设置 by a row 校验规则 | <rule name or code> | 关闭; the overdue date by 校验 | 超期截止日期 | 2024-06-30. */
export function validationSettings(settings: Settings): ValidationSettings {
  const disabled = new Set<string>();
  let asOf: string | null = null;
  for (const o of settings.other) {
    if (o.kind === RULE_KIND && OFF.test(o.value.trim())) {
      const rule = ALL_RULES.find((r) => r.code === o.name || r.label === o.name);
      if (rule) disabled.add(rule.code);
    }
    if (o.kind === VALIDATION_KIND && o.name === "超期截止日期" && /^\d{4}-\d{2}-\d{2}$/.test(o.value.trim())) asOf = o.value.trim();
  }
  return { disabled, asOf };
}

/** Weights (环境卫生/健康教育/病媒防制) and grade thresholds: 考评 | 权重 | 0.3,0.3,0.4 ; 考评 | 一类 | 90 … */
export function scoringSettings(settings: Settings): ScoringRules {
  const defaults = ScoringRulesSchema.parse({});
  let weights = defaults.weights;
  const grades = defaults.grades.map((g) => ({ ...g }));
  for (const o of settings.other) {
    if (o.kind !== SCORING_KIND) continue;
    if (o.name === "权重") {
      const w = o.value.split(/[,，:：、\s]+/).map(Number);
      if (w.length === 3 && w.every((x) => Number.isFinite(x) && x >= 0)) {
        const sum = w[0]! + w[1]! + w[2]!;
        // "3:3:4" and "0.3,0.3,0.4" mean the same.
        weights = [w[0]! / sum, w[1]! / sum, w[2]! / sum];
      }
    }
    const g = grades.find((x) => x.label === o.name);
    if (g && Number.isFinite(Number(o.value))) g.min = Number(o.value);
  }
  return { weights, grades };
}

/** Adds the default rows that are missing (by kind and name), keeping every value the user set. */
export function withDefaultRows(settings: Settings): { settings: Settings; changed: boolean } {
  const have = new Set(settings.other.map((o) => `${o.kind}\u0001${o.name}`));
  const missing = defaultSettingRows().filter((d) => {
    if (have.has(`${d.kind}\u0001${d.name}`)) return false;
    // A rule the user named by its code counts as present too.
    const rule = ALL_RULES.find((r) => r.label === d.name);
    return !(rule && have.has(`${d.kind}\u0001${rule.code}`));
  });
  return { settings: { ...settings, other: [...settings.other, ...missing] }, changed: missing.length > 0 };
}

/** Rows a new 设置 sheet starts with, so users see what can be set. */
export function defaultSettingRows(): Settings["other"] {
  return [
    { kind: VALIDATION_KIND, sheet: "", name: "超期截止日期", value: "", note: "留空表示今天；填写日期如 2024-06-30" },
    ...ALL_RULES.map((r) => ({ kind: RULE_KIND, sheet: "", name: r.label, value: "开启", note: `规则代码 ${r.code}；填“关闭”可停用` })),
    { kind: SCORING_KIND, sheet: "", name: "权重", value: "3:3:4", note: "环境卫生:健康教育:病媒防制" },
    { kind: SCORING_KIND, sheet: "", name: "一类", value: "90", note: "总分不低于此值为一类" },
    { kind: SCORING_KIND, sheet: "", name: "二类", value: "75", note: "总分不低于此值为二类，其余为三类" },
  ];
}
