import js from "@eslint/js";
import tseslint from "typescript-eslint";

const OFFICE = ["office-js", "@microsoft/office-js", "office-addin-*"];
const UI = ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"];
const FILES = ["@e965/xlsx", "exceljs", "docx"];
const NODE = ["node:*", "fs", "path", "os", "child_process", "crypto", "http", "https", "url", "stream"];

/** Folder boundaries: the core is pure; hosts move grids; the pane and the CLI only call workflows. */
const restrict = (patterns, message) => ({
  "@typescript-eslint/no-restricted-imports": ["error", { patterns: [{ group: patterns, message, allowTypeImports: true }] }],
});

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**", ".tmp/**", "webpack.config.js", "scripts/**", "bin/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { process: "readonly", module: "writable", require: "readonly", __dirname: "readonly", console: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: restrict(
      [...OFFICE, ...UI, ...FILES, ...NODE, "**/hosts/**", "**/workflows/**", "**/taskpane/**", "**/cli/**"],
      "src/core 是纯逻辑：不依赖 Office、React、SheetJS、exceljs 或 node: 模块",
    ),
  },
  {
    files: ["src/workflows/**/*.ts"],
    rules: restrict(
      [...OFFICE, ...UI, ...FILES, ...NODE, "**/hosts/**", "**/taskpane/**", "**/cli/**"],
      "workflows 只通过 WorkbookHost 端口访问工作簿",
    ),
  },
  {
    files: ["src/hosts/file/**/*.ts"],
    rules: restrict(
      [...OFFICE, ...UI, ...NODE, "**/hosts/office/**", "**/taskpane/**", "**/cli/**", "**/workflows/**"],
      "文件宿主要能在浏览器里运行：不用 node: 模块",
    ),
  },
  {
    files: ["src/hosts/office/**/*.ts"],
    rules: restrict(
      [...UI, ...FILES, ...NODE, "**/hosts/file/**", "**/taskpane/**", "**/cli/**", "**/workflows/**"],
      "Office 宿主只搬运网格",
    ),
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: restrict(
      [...NODE, "**/core/structure/**", "**/core/normalize/**", "**/cli/**"],
      "任务窗格只调用 workflows（以及核心的类型和消息）",
    ),
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: restrict(
      [...UI, ...OFFICE, "**/hosts/office/**", "**/taskpane/**", "**/core/structure/**", "**/core/normalize/**"],
      "命令行只调用 workflows 和文件宿主",
    ),
  },
  {
    // Only the Office host touches Excel.run.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/hosts/office/**"],
    rules: { "no-restricted-globals": ["error", { name: "Excel", message: "只有 src/hosts/office 可以调用 Excel.run" }] },
  },
);
