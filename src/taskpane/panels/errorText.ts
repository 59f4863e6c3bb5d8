/**
 * What the pane shows for a failed action: a Chinese sentence, and below it a small detail line (the
 * Office.js error code, or the original message of an unexpected error). Office.js rejects with
 * OfficeExtension.Error, whose `code` names the cause and whose message is English: the code picks
 * the sentence from one map here. The two parts travel as one string (sentence, newline, detail), so
 * every panel keeps its `error: string` state; `splitErrorText` and ErrorText take it apart.
 */
export const OFFICE_ERRORS: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode: "Excel 正在编辑单元格：请先按 Enter 或 Esc 退出单元格编辑，再点一次。",
  EditModeChangedDuringSync: "操作进行时 Excel 进入或退出了单元格编辑，操作没有完成：请先退出单元格编辑，再点一次。",
  RequestPayloadSizeLimitExceeded:
    "一次要写入 Excel 的数据超过了 Excel 的上限，操作没有完成。请把台账分成几个文件处理，或在独立网页中处理该文件。",
  ResponsePayloadSizeLimitExceeded:
    "一次要从 Excel 读取的数据超过了 Excel 的上限。请删去不需要的工作表或空白行列后重试，或在独立网页中处理该文件。",
  ItemNotFound: "找不到要操作的工作表、表格或区域，可能刚被删除或改名。请重新运行一次。",
  ItemAlreadyExists: "同名的工作表、表格或名称已经存在。请改名或删除原有的那个后重试。",
  AccessDenied: "Excel 拒绝了这个操作：工作簿或工作表可能受保护、只读或正被共享锁定。请取消保护（审阅 → 撤消工作表保护）后重试。",
  GeneralException: "Excel 内部出错，操作没有完成。请稍后重试；反复出现时，请保存并重新打开工作簿。",
  InvalidArgument: "Excel 不接受这次操作的内容（例如工作表名、单元格内容或区域不合规），操作没有完成。",
  InvalidReference: "操作引用的单元格或区域已不存在或无效，可能刚被删除。请重新运行一次。",
  InvalidBinding: "与工作表的绑定已失效，请重新运行一次。",
  InvalidSelection: "当前选中的区域不能用于这个操作，请重新选择后再试。",
  Conflict: "工作簿同时被别人或别的程序修改，发生冲突，操作没有完成。请稍后再试。",
  InsertDeleteConflict: "要插入或删除的单元格与表格、合并单元格或筛选区域冲突。请先取消这些区域的合并或筛选后重试。",
  FilteredRangeConflict: "工作表处于筛选状态，不能完成这个操作。请先清除筛选后重试。",
  MergedRangeConflict: "操作的区域与合并单元格冲突。请先取消合并后重试。",
  NonBlankCellOffSheet: "工作表右侧或下方已经满了，无法再插入行或列。请删去末尾多余的内容后重试。",
  ApiNotFound: "当前 Excel 版本不支持这项操作。请更新到 Microsoft 365 或使用网页版 Excel。",
  NotImplemented: "当前 Excel 版本不支持这项操作。请更新到 Microsoft 365 或使用网页版 Excel。",
  UnsupportedOperation: "Excel 不支持在当前状态下执行这个操作（例如工作表受保护或处于共享模式）。",
  UnsupportedSheet: "这种工作表（如图表工作表或宏表）不能用于这个操作。",
  ActivityLimitReached: "Excel 暂时忙不过来（操作太频繁），请稍等片刻再试。",
  RequestAborted: "与 Excel 的通信被中断，操作可能没有完成。请再试一次。",
  ServiceNotAvailable: "Excel 服务暂时不可用（网页版可能正在重新连接），请稍后再试。",
  Unauthenticated: "登录已过期，请重新登录 Office 后再试。",
  PropertyNotLoaded: "加载项读取 Excel 数据时出错，操作没有完成。请重新运行一次。",
  MemoryLimitReached: "Excel 的内存不足，操作没有完成。请关闭其他工作簿后重试，或在独立网页中处理该文件。",
};

const CJK = /[\u3400-\u9fff]/;

/** One string for a panel's error state: a Chinese sentence, and the detail (if any) after a newline. */
export function errorText(e: unknown): string {
  const message = e instanceof Error ? e.message : typeof e === "string" ? e : String(e);
  const code =
    e !== null && typeof e === "object" && typeof (e as { code?: unknown }).code === "string" ? (e as { code: string }).code : null;
  if (code && !CJK.test(message)) {
    const known = OFFICE_ERRORS[code];
    if (known) return `${known}\n错误代码：${code}`;
    return `Excel 报告了错误，操作没有完成。请再试一次；反复出现时，请把下面的错误代码告诉维护人员。\n错误代码：${code}${message ? `（${message}）` : ""}`;
  }
  // The project's own errors are Chinese sentences already.
  if (CJK.test(message)) return message;
  return `操作没有完成：出现了意外的错误。请再试一次；反复出现时，请把下面的信息告诉维护人员。\n${message || "（没有错误信息）"}`;
}

/** The sentence and the detail line of an errorText. */
export function splitErrorText(text: string): { message: string; detail: string | null } {
  const at = text.indexOf("\n");
  return at < 0 ? { message: text, detail: null } : { message: text.slice(0, at), detail: text.slice(at + 1) };
}
