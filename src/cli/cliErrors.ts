import { WorkbookFileError } from "../hosts/file/workbookFileError";

/** Exit codes: 0 done, 1 a bug (reported in one line), 2 the input cannot be used. */
export class UsageError extends Error {}

export function reportError(e: unknown): number {
  if (e instanceof WorkbookFileError || e instanceof UsageError) {
    process.stderr.write(`错误：${e.message}\n`);
    return 2;
  }
  const message = e instanceof Error ? e.message : String(e);
  process.stderr.write(`内部错误：${message}（请把这条信息和文件一起反馈给开发者；设置 CHUANGWEI_DEBUG=1 可显示详细信息）\n`);
  if (process.env.CHUANGWEI_DEBUG && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  return 1;
}
