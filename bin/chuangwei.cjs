#!/usr/bin/env node
// Runs the compiled CLI (build/cli.cjs, made by `npm install`); rebuilt first when src/ is newer.
const { OUT, buildCli, isStale } = require("../scripts/buildCli.cjs");
const { loadWithCodeCache } = require("./codeCache.cjs");
require("./v8Flags.cjs").applyCliV8Flags();

function load() {
  try {
    if (isStale()) buildCli();
  } catch (e) {
    // No esbuild (an install without dev dependencies): an existing build still runs.
    if (!require("node:fs").existsSync(OUT)) throw e;
  }
  const verb = /^[a-z]+$/.test(process.argv[2] ?? "") ? process.argv[2] : "other";
  const { exports, saveCache } = loadWithCodeCache(OUT, verb);
  process.once("exit", saveCache);
  return exports;
}

// Output piped into `head` and closed early is not an error: the work is done, stop quietly.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (e) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });

load()
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
