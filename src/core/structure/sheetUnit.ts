import { foldText } from "../normalize/text";
import { toSimplified } from "../normalize/traditional";

/** 单位名录 as the structurer needs it: registered names, and aliases pointing at them. */
export interface UnitLookup {
  names: ReadonlySet<string>;
  aliases: ReadonlyMap<string, string>;
}

// Where a ledger's title stops naming the unit and starts naming the ledger: "县人民医院|创卫问题整改台账".
// 爱国卫生/爱卫 followed by 委员会/办公室/办/会 is the office's own name ("县爱国卫生运动委员会办公室", "县爱卫办").
const LEDGER_WORD =
  /创卫|巩卫|创建|复审|国家卫生|省级卫生|卫生城市|卫生县城|卫生乡镇|爱国卫生(?!(?:运动)?(?:委员会|委|办公室|办|会))|爱卫(?!(?:委员会|委|办公室|办|会))|问题|督查|督导|检查|暗访|巡查|自查|整改|台账|台帐|清单|登记|明细|一览|关于|工作|交办|销号|情况/;
const PERIOD =
  /(?:19|20)\d{2}\s*年度?|(?:19|20)\d{2}(?=\s*[.\-/]?\s*\d{1,2}\s*月)|\d{1,2}\s*月份?|第?[一二三四1-4]\s*季度|[上下]半年|[一二三四五六七八九十]{1,2}月份?/g;
const BRACKETS = /[（(【[][^）)】\]]*[）)】\]]/g;
// A unit's name ends in the kind of body it is; without a 单位名录 this is how a tab or title is trusted.
const UNIT_END =
  /(局|院|所|站|中心|政府|支行|分行|街道|街道办|社区|居委会|村委会|管委会|委员会|委|镇|乡|村|办|办公室|公司|集团|学校|小学|中学|一中|二中|三中|大学|学院|幼儿园|医院|卫生院|市场|队|大队|中队|处|科|馆|厂|园|店|部|会|厅|场|宾馆|酒店|银行|超市|商场|车站|景区|小区|分局|派出所|执法局)$/;
// 填报单位：X, 责任单位：X, 被检查单位：X in the lines above the header.
const LABELLED = /(?:填报单位|责任单位|被检查单位|被督查单位|整改单位|单位名称)\s*[:：]\s*([^\s:：，,（(]+)/;

function nameIn(text: string, units: UnitLookup): string | null {
  let best: string | null = null;
  let bestLength = 0;
  const consider = (key: string, name: string): void => {
    if (key.length >= 2 && key.length > bestLength && text.includes(key)) {
      best = name;
      bestLength = key.length;
    }
  };
  for (const n of units.names) consider(n, n);
  for (const [alias, name] of units.aliases) consider(alias, name);
  return best;
}

function registered(name: string, units: UnitLookup): string {
  return units.aliases.get(name) ?? name;
}

/** The unit a title names before its ledger words: "县人民医院创卫问题整改台账（2025年）" → 县人民医院. */
function unitBeforeLedgerWords(line: string): string | null {
  // "关于县卫生健康局…的台账": 关于 opens the title before the unit.
  const s = line.replace(BRACKETS, "").replace(PERIOD, "").replace(/\s/g, "").replace(/^关于/, "");
  const cut = LEDGER_WORD.exec(s);
  const head = (cut ? s.slice(0, cut.index) : s).replace(/(关于|的|年)$/, "");
  return head.length >= 2 && head.length <= 20 && UNIT_END.test(head) ? head : null;
}

/**
 * The unit a sheet belongs to when it has no unit column (a sheet per unit): named in a title line
 * ("县人民医院创卫问题整改台账（2025年）", "填报单位：县人民医院") or only in the tab name ("人民医院").
 * Names go through 单位名录 when there is one; without it, only a name that reads as a unit counts.
 */
export function sheetUnit(preamble: readonly string[], sheetName: string, units: UnitLookup): string | null {
  for (const raw of preamble.slice(0, 4)) {
    const line = toSimplified(foldText(raw));
    const labelled = LABELLED.exec(line);
    if (labelled) return registered(labelled[1]!, units);
    const own = unitBeforeLedgerWords(line);
    if (own) return registered(own, units);
    const known = nameIn(line, units);
    if (known) return known;
  }
  const tab = toSimplified(foldText(sheetName)).replace(BRACKETS, "").replace(PERIOD, "").replace(/\s/g, "");
  if (tab.length < 2 || /^(sheet|工作表)\d*$/i.test(tab)) return null;
  if (units.names.has(tab)) return tab;
  const alias = units.aliases.get(tab);
  if (alias) return alias;
  const own = unitBeforeLedgerWords(tab);
  return own ? registered(own, units) : nameIn(tab, units);
}
