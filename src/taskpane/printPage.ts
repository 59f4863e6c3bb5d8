import { PRINT_DONE, PRINT_READY } from "./shell/printDialog";

/**
 * The print dialog opened from the pane in Excel: receives the notices' HTML in pieces, shows it,
 * prints, and tells the pane it may close the window. It says "ready" only once its handler is
 * registered: what the pane sends before that would be lost.
 */
export function startPrintPage(office: typeof Office, doc: Document, print: () => void): void {
  let html = "";
  office.context.ui.addHandlerAsync(
    office.EventType.DialogParentMessageReceived,
    (arg) => {
      const msg = JSON.parse((arg as { message: string }).message) as { part?: string; done?: boolean };
      if (msg.part) html += msg.part;
      if (msg.done) {
        doc.open();
        doc.write(html);
        doc.close();
        setTimeout(() => {
          print();
          office.context.ui.messageParent(PRINT_DONE);
        }, 300);
      }
    },
    () => office.context.ui.messageParent(PRINT_READY),
  );
}
