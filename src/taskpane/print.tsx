/**
 * The print dialog opened from the pane in Excel: receives the notices' HTML from the pane in
 * pieces, shows it, and calls window.print().
 */
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function start(): void {
  let html = "";
  Office.context.ui.addHandlerAsync(Office.EventType.DialogParentMessageReceived, (arg) => {
    const msg = JSON.parse((arg as { message: string }).message) as { part?: string; done?: boolean };
    if (msg.part) html += msg.part;
    if (msg.done) {
      document.open();
      document.write(html);
      document.close();
      setTimeout(() => window.print(), 300);
    }
  });
  Office.context.ui.messageParent("ready");
}

const script = document.createElement("script");
script.src = OFFICE_JS;
script.onload = () => void Office.onReady(start);
document.head.appendChild(script);
