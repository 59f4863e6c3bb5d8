/**
 * Where a finding came from (问题来源) as section titles and 来源 cells name it: 上级督查交办, 社区自查,
 * 群众举报, 12345热线, 媒体曝光, 暗访 … Returns the phrase as written, without numbering or filler.
 */
const ORIGIN =
  /(?:(?:上级|国家|省级|市级|区级|县级|省|市|区|县|街道|第三方)?(?:明察暗访|督查|督导|暗访|检查|巡查|考核|评估|调研)?(?:交办|转办|反馈|通报|督办))|(?:社区|街道|单位|部门|企业|小区|网格|门店|村|镇)?自查|群众(?:举报|投诉|反映|来信)|(?:12345|市长|便民)?热线|媒体(?:曝光|报道)|网络舆情|(?:明察)?暗访|(?:日常|专项)?巡查/;

export function readOrigin(text: string): string | null {
  const m = ORIGIN.exec(text.replace(/\s/g, ""));
  return m && m[0].length >= 2 ? m[0] : null;
}
