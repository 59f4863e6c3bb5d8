import { createRoot } from "react-dom/client";
import { App } from "./App";

function render(mode: "office" | "standalone"): void {
  createRoot(document.getElementById("root")!).render(<App mode={mode} />);
}

// office.js was loaded in the head when Excel opened the pane (?office=1). Without it — the standalone
// page, or office.js that could not be fetched — the page works on files.
if (typeof Office !== "undefined") void Office.onReady((info) => render(info.host === Office.HostType.Excel ? "office" : "standalone"));
else render("standalone");
