import { createRoot } from "react-dom/client";
import { App } from "./App";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function render(mode: "office" | "standalone"): void {
  createRoot(document.getElementById("root")!).render(<App mode={mode} />);
}

// The manifest opens the pane with ?office=1; only then is Office.js loaded (the page's one network call).
if (new URLSearchParams(window.location.search).get("office") === "1") {
  const script = document.createElement("script");
  script.src = OFFICE_JS;
  script.onload = () => void Office.onReady((info) => render(info.host === Office.HostType.Excel ? "office" : "standalone"));
  script.onerror = () => render("standalone");
  document.head.appendChild(script);
} else {
  render("standalone");
}
