#!/usr/bin/env node
/**
 * npm start: the dev server over https. Where desktop Excel can be sideloaded (Windows, macOS) it
 * installs the dev certificates and opens Excel with the add-in; elsewhere it serves the standalone
 * page and prints its URL.
 */
const { spawn } = require("node:child_process");
const path = require("node:path");

const PORT = 3000;
const root = path.resolve(__dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);
const desktopExcel = process.platform === "win32" || process.platform === "darwin";

const fs = require("node:fs");
const os = require("node:os");

/**
 * Office dev certificates. Where Excel runs, they are installed as trusted (Excel requires it);
 * elsewhere they are only generated (no sudo prompt) and the browser asks once to accept them.
 */
async function httpsOptions() {
  const certs = require("office-addin-dev-certs");
  try {
    if (desktopExcel) return await certs.getHttpsServerOptions();
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const cert = path.join(dir, "localhost.crt");
    const key = path.join(dir, "localhost.key");
    if (!fs.existsSync(cert) || !fs.existsSync(key)) await certs.generateCertificates(path.join(dir, "ca.crt"), cert, key);
    return {
      cert: fs.readFileSync(cert, "utf8"),
      key: fs.readFileSync(key, "utf8"),
      ca: fs.readFileSync(path.join(dir, "ca.crt"), "utf8"),
    };
  } catch (e) {
    console.log(`（未能准备 Office 开发证书：${String(e.message).split("\n")[0]}；改用开发服务器的自签名证书）`);
    return null;
  }
}

(async () => {
  const options = await httpsOptions();
  const env = options ? ["--env", "https"] : [];
  if (options) process.env.CHUANGWEI_HTTPS = JSON.stringify(options);
  // Its own process group, so that stopping it takes whatever webpack itself started.
  const server = spawn(bin("webpack"), ["serve", "--mode", "development", ...env], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    shell: process.platform === "win32",
    detached: process.platform !== "win32",
  });
  let announced = false;
  server.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (!announced && /compiled/i.test(String(chunk))) {
      announced = true;
      console.log(`\n创卫台账助手开发服务器已启动：`);
      console.log(`  独立网页（选文件即可使用）：https://localhost:${PORT}/taskpane.html`);
      console.log(`  Excel 任务窗格地址：        https://localhost:${PORT}/taskpane.html?office=1`);
      if (desktopExcel) {
        console.log("正在把加载项旁加载到 Excel……");
        spawn(bin("office-addin-debugging"), ["start", "manifest.xml", "desktop", "--no-debug", "--dev-server-port", String(PORT)], {
          cwd: root,
          stdio: "inherit",
          shell: process.platform === "win32",
        });
      } else {
        console.log(
          "本机没有桌面版 Excel：请在浏览器中打开上面的独立网页（首次打开需确认证书；要让浏览器和网页版 Excel 信任它，运行 `npx office-addin-dev-certs install`），或用 `npm run sideload:web` 加载到网页版 Excel。",
        );
      }
    }
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    signalServer("SIGTERM");
    // webpack-dev-server closes its sockets on SIGTERM; one that does not within 3 s is killed.
    setTimeout(() => signalServer("SIGKILL"), 3000).unref();
  };
  const signalServer = (signal) => {
    try {
      if (process.platform === "win32") server.kill(signal);
      else process.kill(-server.pid, signal);
    } catch {
      // already gone
    }
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  process.on("SIGHUP", stop);
  process.on("exit", () => signalServer("SIGKILL"));
  watchLaunchers(stop);
  server.on("exit", (code) => process.exit(stopping ? 0 : (code ?? 0)));
})();

/**
 * `npm start` stopped by npm's process id: npm passes SIGTERM to its `sh -c`, and sh (dash) dies
 * without passing it on, so no signal reaches this process and the server would go on holding port
 * 3000. Instead, this process watches whoever launched it — its parent and, under npm, npm itself
 * (the shell's parent) — and stops the server when one of them is gone.
 */
function watchLaunchers(stop) {
  if (process.platform === "win32") return;
  const parent = process.ppid;
  const launchers = [parent];
  if (process.env.npm_lifecycle_event) {
    const grandparent = parentOf(parent);
    if (grandparent && grandparent > 1) launchers.push(grandparent);
  }
  const timer = setInterval(() => {
    if (process.ppid !== parent || launchers.some((pid) => !running(pid))) {
      clearInterval(timer);
      console.log("\n启动它的进程（npm 或终端）已结束，开发服务器随之停止。");
      stop();
    }
  }, 500);
  timer.unref();
}

function parentOf(pid) {
  try {
    return Number(
      require("node:child_process")
        .execFileSync("ps", ["-o", "ppid=", "-p", String(pid)], { encoding: "utf8" })
        .trim(),
    );
  } catch {
    return null;
  }
}

function running(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
