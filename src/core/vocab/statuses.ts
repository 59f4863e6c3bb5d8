import type { Status } from "../model/finding";

/** Exact spellings first; then the keyword rules below, ordered so that 未整改 is not read as 整改. */
const EXACT: Record<string, Status> = {
  "√": "rectified",
  "✓": "rectified",
  "✔": "rectified",
  是: "rectified",
  已: "rectified",
  完成: "rectified",
  已完成: "rectified",
  到位: "rectified",
  ok: "rectified",
  y: "rectified",
  yes: "rectified",
  "×": "pending",
  "✗": "pending",
  "✘": "pending",
  x: "pending",
  否: "pending",
  未: "pending",
  无: "pending",
  n: "pending",
  no: "pending",
  待整改: "pending",
  整改中: "inProgress",
  办理中: "inProgress",
  处理中: "inProgress",
  处置中: "inProgress",
  进行中: "inProgress",
  推进中: "inProgress",
  部分: "inProgress",
  部分整改: "inProgress",
  销号: "closed",
  已销号: "closed",
  复查合格: "closed",
  验收合格: "closed",
  已验收: "closed",
  反弹: "relapsed",
  问题反弹: "relapsed",
};

const RULES: Array<[RegExp, Status]> = [
  [/反弹|复发|回潮|反复/, "relapsed"],
  // A failed check or work that cannot be done outweighs the words it negates ("未销号", "整改不到位",
  // "复查未通过，问题仍存在"), so it comes before the closed and rectified words it contains.
  [/不到位|未到位|未通过|不通过|不合格|仍存在|依然存在|仍然存在|未销号|不予销号|无法|未按期|未按时|逾期未/, "pending"],
  [/销号|复查合格|验收合格|已验收|通过验收|复核合格/, "closed"],
  [/未整改|尚未|没有整改|未完成|未落实|未到位|待整改|未开始|未处理|拒不整改|不整改/, "pending"],
  [
    /整改中|办理中|处理中|处置中|施工中|正在|部分|推进中|进行中|持续整改|基本整改|逐步|已启动|开始整改|已开始|跟进中|限期整改中/,
    "inProgress",
  ],
  [
    // 已 before a finished action ("已拆除", "已经整改", "已当场整改", "已疏通到位"); bare 到位 once the
    // negated forms above are ruled out.
    /已经?(?:当场|当即|现场|立即|及时|全部|全面|彻底|按要求)?(?:整改|清理|清除|清运|清洗|拆除|疏通|处理|处置|解决|修复|维修|更换|粘贴|张贴|悬挂|设置|增设|配备|安装|补齐|补充|整治|纠正|改正|规范|恢复|落实|取缔|搬离|劝离|消杀|完成|到位|办结)|整改到位|整改完成|完成整改|整改完毕|到位|办结|完毕|完成/,
    "rectified",
  ],
];

export function normalizeStatus(text: string): Status | null {
  const key = text.trim().toLowerCase();
  const exact = EXACT[key];
  if (exact) return exact;
  for (const [pattern, status] of RULES) if (pattern.test(key)) return status;
  return null;
}
