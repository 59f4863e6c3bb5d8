import { startPrintPage } from "./printPage";

// office.js is loaded in print.html's head; the page is only ever opened as an Office dialog.
if (typeof Office !== "undefined") void Office.onReady(() => startPrintPage(Office, document, () => window.print()));
