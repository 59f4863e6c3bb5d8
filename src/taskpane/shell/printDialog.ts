/** What print.html and the pane say to each other. */
export const PRINT_READY = "ready";
export const PRINT_DONE = "printed";

const PIECE = 30_000;
const DEFAULT_TIMEOUT_MS = 20_000;
const CLOSED = 12006;
/** "A dialog box is already opened": Office closes a dialog a moment after close(), so try again shortly. */
const ALREADY_OPEN = 12007;
const REOPEN_TRIES = 8;
const REOPEN_WAIT_MS = 150;

/** The print dialog still open from an earlier 打印: a host window may hold one dialog at a time (else 12007). */
let open: Office.Dialog | null = null;
/** Ends the 打印 still waiting on that dialog, when a new 打印 takes its place. */
let endWaiting: (() => void) | null = null;

function closeQuietly(dialog: Office.Dialog | null): void {
  try {
    dialog?.close();
  } catch {
    // Already closed by the user.
  }
}

/**
 * Opens print.html in an Office dialog, sends it the notices in pieces once it says it listens, and
 * closes it when it has printed. Never leaves the pane waiting: the user closing the window (12006),
 * a page that cannot load (12002, 12003), a failure to open, or no answer within the timeout each end
 * it with a line telling the user what happened. Resolves to that line.
 */
export function openPrintDialog(office: typeof Office, html: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<string> {
  endWaiting?.();
  closeQuietly(open);
  open = null;
  const url = new URL("print.html?office=1", window.location.href).toString();
  return new Promise((resolve) => {
    let settled = false;
    let dialog: Office.Dialog | null = null;
    const finish = (line: string, close: boolean) => {
      if (settled) return;
      settled = true;
      endWaiting = null;
      clearTimeout(timer);
      if (close) {
        closeQuietly(dialog);
        if (open === dialog) open = null;
      }
      resolve(line);
    };
    const timer = setTimeout(() => finish("打印窗口没有响应，已关闭。", true), timeoutMs);
    endWaiting = () => finish("已改为打开新的打印窗口。", false);
    const display = (tries: number) =>
      office.context.ui.displayDialogAsync(url, { height: 80, width: 60, displayInIframe: false }, (result) => {
        if (result.status !== office.AsyncResultStatus.Succeeded) {
          if (result.error.code === ALREADY_OPEN && tries > 1 && !settled) setTimeout(() => display(tries - 1), REOPEN_WAIT_MS);
          else finish(`打印窗口无法打开（${result.error.code}）。`, false);
          return;
        }
        onOpened(result.value);
      });
    const onOpened = (opened: Office.Dialog) => {
      dialog = opened;
      open = dialog;
      dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
        const message = "message" in arg ? arg.message : "";
        if (message === PRINT_READY) {
          // A single message to a dialog has a size limit: the notices go over in pieces.
          for (let i = 0; i < html.length; i += PIECE) dialog!.messageChild(JSON.stringify({ part: html.slice(i, i + PIECE) }));
          dialog!.messageChild(JSON.stringify({ done: true }));
          finish("已打开打印窗口。", false);
        } else if (message === PRINT_DONE) {
          closeQuietly(dialog);
          if (open === dialog) open = null;
        }
      });
      dialog.addEventHandler(office.EventType.DialogEventReceived, (arg) => {
        const code = "error" in arg ? arg.error : 0;
        if (open === dialog) open = null;
        if (code === CLOSED) finish("打印窗口已关闭。", false);
        else finish(`打印窗口无法打开（${code}）。`, true);
      });
    };
    display(REOPEN_TRIES);
  });
}
