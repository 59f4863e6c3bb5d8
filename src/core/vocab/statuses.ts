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
  [/销号|复查合格|验收合格|已验收|通过验收|复核合格/, "closed"],
  [/未整改|尚未|没有整改|未完成|未落实|未到位|待整改|未开始|未处理|拒不整改|不整改/, "pending"],
  [
    /整改中|办理中|处理中|处置中|施工中|正在|部分|推进中|进行中|持续整改|基本整改|逐步|已启动|开始整改|已开始|跟进中|限期整改中/,
    "inProgress",
  ],
  [
    /已整改|整改到位|整改完成|完成整改|整改完毕|已完成|已落实|已处理|已解决|已清理|已清除|已清运|已拆除|已修复|已更换|已整治|已纠正|已改正|已补齐|已安装|已张贴|已规范|已恢复|已到位|已办结|办结|完毕|完成/,
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
