#!/usr/bin/env node
/** npm run sideload:web -- <workbook URL>: sideloads the add-in into Excel on the web (OneDrive/SharePoint). */
const { spawn } = require("node:child_process");
const path = require("node:path");

const url = process.argv[2] || process.env.CHUANGWEI_WEB_DOCUMENT;
if (!url || !/^https:\/\//.test(url)) {
  console.error(
    [
      "用法：npm run sideload:web -- <网页版 Excel 工作簿地址>",
      "  在 OneDrive/SharePoint 中打开一个工作簿，复制浏览器地址栏中的地址作为参数（也可设置环境变量 CHUANGWEI_WEB_DOCUMENT）。",
      "  先在另一个终端运行 npm start。",
      "也可以手动加载：网页版 Excel →“开始”→“加载项”→“更多设置”→“上传我的加载项”，选择本目录下的 manifest.xml。",
    ].join("\n"),
  );
  process.exit(2);
}
const root = path.resolve(__dirname, "..");
const bin = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging");
const child = spawn(bin, ["start", "manifest.xml", "web", "--document", url, "--no-debug", "--dev-server-port", "3000"], {
  cwd: root,
  stdio: "inherit",
  shell: process.platform === "win32",
});
child.on("exit", (code) => process.exit(code ?? 0));
