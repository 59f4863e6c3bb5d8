import { headerKey } from "../normalize/text";
import { toSimplified } from "../normalize/traditional";

/** Which pictures a column holds: 整改前 (the problem), 整改后 (the result), or both in one cell. */
export type PhotoSide = "before" | "after" | "both";

const PICTURE = /照片|图片|相片|影像|图像|拍照|附图|现场照|截图/;
const NOT_PICTURE = /执照|证照/;
const BOTH = /整改前后|前后对比|前后/;
const AFTER = /整改后|整改完成|完成后|整改结果|销号|复查|验收|复核|处置后|处理后|治理后/;

/**
 * Whether a header names a photo column, and which side: "整改前照片", "问题照片", "现场照片" and a bare
 * "照片" hold the problem; "整改后照片", "整改完成照片", "复查照片" the result; "整改前后照片" both.
 * A two-row header is read whole ("整改照片·整改后").
 */
export function photoColumnSide(label: string): PhotoSide | null {
  const key = headerKey(toSimplified(label.replace(/·/g, "")));
  if (!PICTURE.test(key) && !/^(整改前|整改后)$/.test(key.slice(-3))) return null;
  if (NOT_PICTURE.test(key)) return null;
  if (BOTH.test(key)) return "both";
  return AFTER.test(key) ? "after" : "before";
}
