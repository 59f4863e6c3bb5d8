#!/usr/bin/env node
/**
 * Compiles the CLI to JavaScript: src/cli/main.ts and everything it imports become one CommonJS file,
 * build/cli.cjs, with the libraries left in node_modules. Commands and the libraries they need are
 * imported with import(), which esbuild keeps lazy, so a run loads only what its verb uses.
 * Runs at `npm install` (prepare) and whenever bin/chuangwei.cjs finds the build older than src/.
 */
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const OUT = path.join(root, "build", "cli.cjs");
const SRC = path.join(root, "src");

/** Newest modification time of any file under src/ (0 when there is no src/, as in an installed package). */
function newestSource() {
  if (!fs.existsSync(SRC)) return 0;
  let newest = 0;
  for (const rel of fs.readdirSync(SRC, { recursive: true })) {
    const t = fs.statSync(path.join(SRC, rel)).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

function isStale() {
  if (!fs.existsSync(OUT)) return true;
  return newestSource() > fs.statSync(OUT).mtimeMs;
}

function buildCli() {
  const esbuild = require("esbuild");
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  // Written beside and renamed: processes started at the same moment never load a half-written file.
  const tmp = `${OUT}.${process.pid}.tmp`;
  esbuild.buildSync({
    entryPoints: [path.join(SRC, "cli", "main.ts")],
    outfile: tmp,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // Small libraries are bundled (one file loads faster than many); the heavy ones stay in node_modules and load when a verb needs them.
    external: ["exceljs", "docx", "jszip"],
    legalComments: "none",
    logLevel: "warning",
  });
  fs.renameSync(tmp, OUT);
  return OUT;
}

module.exports = { OUT, buildCli, isStale };

if (require.main === module) buildCli();
