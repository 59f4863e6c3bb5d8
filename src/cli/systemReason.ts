/** Why the system refused a file operation, in words a user reads. */
const REASONS: Record<string, string> = {
  EACCES: "没有权限",
  EPERM: "系统不允许这样操作",
  EROFS: "所在磁盘是只读的",
  ENOSPC: "磁盘空间不足",
  EDQUOT: "超出了磁盘配额",
  ENOENT: "这个位置不存在，或不允许在这里建立文件",
  ENOTDIR: "路径中有一段不是文件夹",
  EISDIR: "这是一个文件夹",
  ENAMETOOLONG: "文件名太长",
  EEXIST: "已存在同名的文件",
  EBUSY: "文件正被其他程序使用",
  EMFILE: "打开的文件太多",
  EIO: "读写出错（磁盘或网络故障）",
};

export function systemReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return (code && REASONS[code]) ?? `系统错误${code ? ` ${code}` : ""}`;
}
