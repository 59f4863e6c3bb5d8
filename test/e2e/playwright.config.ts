import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: ".",
  testMatch: /.*\.e2e\.ts$/,
  timeout: 60_000,
  workers: 1,
  // The responsiveness checks time the main thread; on a loaded CI machine one retry tells a real
  // freeze (every run) from a starved core (one run).
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["json", { outputFile: "../../test-results/e2e-results.json" }]],
  outputDir: "../../test-results",
  use: {
    baseURL: process.env.E2E_BASE_URL,
    acceptDownloads: true,
    viewport: { width: 480, height: 900 },
    locale: "zh-CN",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      // Closed network: without these flags Chromium keeps trying to reach Google's services.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
});
