/** The Excel API sets the add-in needs, with what users must be told when their Excel is too old. */
export const REQUIRED_SETS = [{ name: "ExcelApi", version: "1.13", why: "读取合并单元格" }] as const;

export class HostRequirementError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "HostRequirementError";
  }
}

export type RequirementCheck = (name: string, version: string) => boolean;

export function assertRequirements(isSetSupported: RequirementCheck): void {
  for (const set of REQUIRED_SETS) {
    if (!isSetSupported(set.name, set.version)) {
      throw new HostRequirementError(
        `当前 Excel 版本过旧，不支持 ${set.name} ${set.version}（${set.why}）。请使用 Microsoft 365、Excel 2021 及以上版本或网页版 Excel。`,
      );
    }
  }
}
