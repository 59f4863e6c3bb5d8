/**
 * Office's dialog API as a task pane meets it: one dialog at a time (a second displayDialogAsync
 * fails with 12007 until the first is closed), callbacks that come later, events for a page that
 * cannot load (12002), an http page (12003) and the user closing the window (12006), messages
 * to the dialog that are lost while its page has not yet registered its handler, and a close() that
 * takes effect a little later (a displayDialogAsync right after it still meets 12007).
 */

type Callback = (result: { status: string; value?: unknown; error?: { code: number; message: string } }) => void;
type Handler = (arg: { message?: string; origin?: string; error?: number; type?: string }) => void;

const later = (f: () => void) => setTimeout(f, 0);
const REGISTRATION_MS = 30;
const CLOSING_MS = 40;

export class DialogModel {
  closed = false;
  /** close() was called; the window goes a little later. */
  closing = false;
  /** Messages the dialog's page received (after it registered for them). */
  readonly received: string[] = [];
  /** Messages sent to the dialog before its page listened: lost, as in Office. */
  readonly lost: string[] = [];
  private readonly parentHandlers = new Map<string, Handler[]>();
  private childHandler: Handler | null = null;

  constructor(
    readonly url: string,
    readonly options: unknown,
  ) {}

  /** What the pane holds: Office.Dialog. */
  readonly dialog = {
    addEventHandler: (type: string, handler: Handler) => {
      this.parentHandlers.set(type, [...(this.parentHandlers.get(type) ?? []), handler]);
    },
    close: () => {
      this.closing = true;
      setTimeout(() => (this.closed = true), CLOSING_MS);
    },
    messageChild: (message: string) => {
      if (this.closed || this.closing) throw new Error("The dialog is closed.");
      if (this.childHandler) {
        const h = this.childHandler;
        later(() => {
          this.received.push(message);
          h({ message, origin: "https://localhost" });
        });
      } else this.lost.push(message);
    },
  };

  /** What the dialog's page sees as Office.context.ui. */
  readonly childUi = {
    messageParent: (message: string) => later(() => this.emit("dialogMessageReceived", { message, origin: "https://localhost" })),
    addHandlerAsync: (_type: string, handler: Handler, cb?: (r: { status: string }) => void) => {
      // Registration is a round trip to Office that may well end after the pane has already answered a
      // message; what the pane sends before it ends is lost.
      setTimeout(() => {
        this.childHandler = handler;
        cb?.({ status: "succeeded" });
      }, REGISTRATION_MS);
    },
  };

  /** The user closes the dialog window (12006). */
  userCloses(): void {
    this.closed = true;
    this.emit("dialogEventReceived", { error: 12006, type: "dialogEventReceived" });
  }

  /** The dialog's page could not be loaded (12002) or is not https (12003). */
  failsToLoad(code: 12002 | 12003 = 12002): void {
    this.emit("dialogEventReceived", { error: code, type: "dialogEventReceived" });
  }

  private emit(type: string, arg: Parameters<Handler>[0]): void {
    for (const h of this.parentHandlers.get(type) ?? []) h(arg);
  }
}

export class DialogHost {
  readonly opened: DialogModel[] = [];
  /** Set by a test to play the dialog's page as soon as it opens. */
  onOpen: ((d: DialogModel) => void) | null = null;

  get current(): DialogModel | null {
    const d = this.opened[this.opened.length - 1];
    return d && !d.closed ? d : null;
  }

  /** Office.context.ui for the pane. */
  readonly ui = {
    displayDialogAsync: (url: string, options: unknown, cb: Callback) => {
      later(() => {
        if (this.current) {
          cb({ status: "failed", error: { code: 12007, message: "A dialog box is already opened from this host window." } });
          return;
        }
        const d = new DialogModel(url, options);
        this.opened.push(d);
        cb({ status: "succeeded", value: d.dialog });
        this.onOpen?.(d);
      });
    },
  };
}
