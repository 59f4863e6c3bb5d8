/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("node:path");
const fs = require("node:fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_PORT = 3000;

const DEV_URL = `https://localhost:${DEV_PORT}/`;

/** The manifest for a deployment: every dev-server URL rewritten to where the build is hosted. */
function productionManifest(publicUrl) {
  const base = publicUrl.endsWith("/") ? publicUrl : `${publicUrl}/`;
  const origin = new URL(base).origin;
  return fs
    .readFileSync(path.resolve(__dirname, "manifest.xml"), "utf8")
    .replaceAll(DEV_URL, base)
    .replaceAll(`<AppDomain>https://localhost:${DEV_PORT}</AppDomain>`, `<AppDomain>${origin}</AppDomain>`);
}

/** Copies assets/ (icons named in the manifest) next to the page, and writes the production manifest. */
class CopyAssetsPlugin {
  constructor(publicUrl) {
    this.publicUrl = publicUrl;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap("CopyAssetsPlugin", () => {
      const out = compiler.options.output.path;
      fs.cpSync(path.resolve(__dirname, "assets"), path.join(out, "assets"), { recursive: true });
      if (this.publicUrl) fs.writeFileSync(path.join(out, "manifest.xml"), productionManifest(this.publicUrl));
    });
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  return {
    entry: { taskpane: "./src/taskpane/index.tsx", print: "./src/taskpane/print.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      // Chunks loaded with import() when first needed (SheetJS, exceljs, docx, jszip, opencc, panels, the worker).
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      fallback: { fs: false, path: false, stream: false, crypto: false },
      alias: {
        // In the page the Traditional→Simplified dictionary (52 KB gzipped) loads with the first workbook
        // (src/taskpane/lazy/simplifier.ts); the CLI and the tests keep opencc's synchronous module.
        "opencc-js/t2cn$": path.resolve(__dirname, "src/taskpane/lazy/simplifier.ts"),
        "opencc-t2cn-dictionary$": path.resolve(__dirname, "node_modules/opencc-js/dist/esm/t2cn.js"),
      },
    },
    devtool: dev ? "eval-source-map" : "source-map",
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules out of ts-loader, or webpack cannot tree-shake Fluent UI (18 MB instead of ~1 MB).
            options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler", noEmit: false } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "print.html", template: "./src/taskpane/print.html", chunks: ["print"] }),
      new CopyAssetsPlugin(dev ? null : process.env.ADDIN_PUBLIC_URL || DEV_URL),
    ],
    devServer: {
      port: DEV_PORT,
      host: "localhost",
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "assets"), publicPath: "/assets" },
      // Office dev certificates where they could be installed (scripts/start.cjs), else a self-signed one.
      server:
        env && env.https && process.env.CHUANGWEI_HTTPS ? { type: "https", options: JSON.parse(process.env.CHUANGWEI_HTTPS) } : "https",
      client: { overlay: { warnings: false, errors: true } },
      open: false,
    },
  };
};
module.exports.DEV_PORT = DEV_PORT;
module.exports.productionManifest = productionManifest;
