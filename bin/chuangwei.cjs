#!/usr/bin/env node
// Runs the compiled CLI (build/cli.cjs, made by `npm install`); rebuilt first when src/ is newer.
const { OUT, buildCli, isStale } = require("../scripts/buildCli.cjs");

function load() {
  try {
    if (isStale()) buildCli();
  } catch (e) {
    // No esbuild (an install without dev dependencies): an existing build still runs.
    if (!require("node:fs").existsSync(OUT)) throw e;
  }
  return requireWithCodeCache(OUT, process.argv[2]);
}

/**
 * Loads the compiled CLI with V8's code cache, one per command (what a run of it compiled, kept
 * beside the build): the next run of that command skips parsing and compiling most of 2.6 MB of
 * JavaScript. The cache names the build it was made from (size and time); anything amiss — no
 * cache, a stale or rejected one, a folder that cannot be written — and it is a plain require.
 */
function requireWithCodeCache(file, command) {
  const fs = require("node:fs");
  const path = require("node:path");
  const vm = require("node:vm");
  const Module = require("node:module");
  let source;
  let stamp;
  try {
    source = fs.readFileSync(file, "utf8");
    const st = fs.statSync(file);
    stamp = `${st.size}-${st.mtimeMs}-${process.version}\n`;
  } catch {
    return require(file);
  }
  const verb = /^[a-z]+$/.test(command ?? "") ? command : "other";
  const cacheFile = path.join(path.dirname(file), `.v8-cache-${path.basename(file)}-${verb}`);
  let cachedData;
  try {
    const bytes = fs.readFileSync(cacheFile);
    const head = bytes.indexOf(10);
    if (head > 0 && bytes.subarray(0, head + 1).toString() === stamp) cachedData = bytes.subarray(head + 1);
  } catch {
    // no cache yet
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  if (cachedData === undefined || script.cachedDataRejected)
    process.once("exit", () => {
      try {
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, Buffer.concat([Buffer.from(stamp), script.createCachedData()]));
        fs.renameSync(tmp, cacheFile);
      } catch {
        // a read-only install: runs stay uncached
      }
    });
  return mod.exports;
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
