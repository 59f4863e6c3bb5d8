#!/usr/bin/env node
// Runs a TypeScript script of this repository (benchmarks, helpers): bundled by esbuild as the CLI is,
// so it runs the same code the CLI runs (dynamic imports included), then required.
const esbuild = require("esbuild");
const path = require("node:path");

const entry = path.resolve(process.argv[2]);
const outfile = path.resolve(__dirname, "..", "build", "run-ts", `${path.basename(entry, ".ts")}.cjs`);
esbuild.buildSync({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  external: ["exceljs", "docx", "jszip", "esbuild"],
  logLevel: "warning",
});
process.argv.splice(2, 1);
require(outfile);
