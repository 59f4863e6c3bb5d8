// Loading the compiled CLI (build/cli.cjs) with V8's code cache, for the CLI itself and for its worker threads.
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const Module = require("node:module");

/**
 * Loads `file` as a CommonJS module with V8's code cache named `name` (what a run compiled, kept
 * beside the build): the next run skips parsing and compiling most of 2.6 MB of JavaScript. The
 * cache names the build it was made from (size, time and node's version); anything amiss — no
 * cache, a stale or rejected one, a folder that cannot be written — and it is a plain require.
 * `saveCache()` writes the cache when there was none (call it once the run has compiled what it uses:
 * at exit, or in a worker after its first job, since a terminated worker runs no exit handlers).
 */
function loadWithCodeCache(file, name) {
  let source;
  let stamp;
  try {
    source = fs.readFileSync(file, "utf8");
    const st = fs.statSync(file);
    stamp = `${st.size}-${st.mtimeMs}-${process.version}\n`;
  } catch {
    return { exports: require(file), saveCache: () => {} };
  }
  const cacheFile = path.join(path.dirname(file), `.v8-cache-${path.basename(file)}-${name}`);
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
  let save = cachedData === undefined || script.cachedDataRejected;
  const saveCache = () => {
    if (!save) return;
    save = false;
    try {
      const tmp = `${cacheFile}.${process.pid}.${require("node:worker_threads").threadId}.tmp`;
      fs.writeFileSync(tmp, Buffer.concat([Buffer.from(stamp), script.createCachedData()]));
      fs.renameSync(tmp, cacheFile);
    } catch {
      // a read-only install: runs stay uncached
    }
  };
  return { exports: mod.exports, saveCache };
}

module.exports = { loadWithCodeCache };
