#!/usr/bin/env node
/**
 * End-to-end tests: builds the page, serves dist/ on loopback and drives it with Playwright in
 * Debian's Chromium (Playwright cannot download browsers here).
 */
const { spawn, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { serveStatic } = require("./serveStatic.cjs");

const root = path.resolve(__dirname, "..");
const chromium = process.env.CHROMIUM_PATH || ["/usr/lib/chromium/chromium", "/usr/bin/chromium"].find((p) => fs.existsSync(p));
if (!chromium) {
  console.error(
    "错误：找不到 Chromium。请安装 Debian 的 chromium 软件包（sudo apt-get install chromium fonts-noto-cjk），或设置 CHROMIUM_PATH。",
  );
  process.exit(2);
}

const build = spawnSync(path.join(root, "node_modules/.bin/webpack"), ["--mode", "production"], {
  cwd: root,
  stdio: ["ignore", "ignore", "inherit"],
});
if (build.status !== 0) process.exit(build.status ?? 1);

(async () => {
  const server = await serveStatic(path.join(root, "dist"));
  const { port } = server.address();
  // Async: this process serves the page while Playwright runs.
  const runner = spawn(
    path.join(root, "node_modules/.bin/playwright"),
    ["test", "--config", "test/e2e/playwright.config.ts", ...process.argv.slice(2)],
    {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, E2E_BASE_URL: `http://127.0.0.1:${port}/`, CHROMIUM_PATH: chromium },
    },
  );
  runner.on("exit", (code) => {
    server.close();
    try {
      const { stats } = JSON.parse(fs.readFileSync(path.join(root, "test-results/e2e-results.json"), "utf8"));
      console.log(`\ne2e: ${stats.expected} passed, ${stats.unexpected} failed, ${stats.skipped} skipped`);
    } catch {
      // No report: the exit code says what happened.
    }
    process.exit(code ?? 1);
  });
})();
