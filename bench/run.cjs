#!/usr/bin/env node
// npm run bench [-- --full --rounds N --sizes 1000,10000]: the verbs, then consolidation, in one run.
// (An npm script with `a && b` would hand the options to b alone.)
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const runTs = path.join(__dirname, "..", "bin", "run-ts.cjs");
const args = process.argv.slice(2);
for (const [flags, script] of [
  [[], "verbsBench.ts"],
  [["--expose-gc"], "consolidateBench.ts"],
]) {
  const r = spawnSync(process.execPath, [...flags, runTs, path.join(__dirname, script), ...args], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
