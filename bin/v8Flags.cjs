// V8 settings the CLI runs with (bin/chuangwei.cjs, and the consolidation bench as the CLI runs).

/**
 * TurboFan without inlining. A CLI run is short and starts fresh isolates (consolidate reads its
 * files in two worker threads): compiling hot code with inlining took a quarter of a 200-file 汇总's
 * CPU, on threads the workers compete with, and cost more than the inlined code saved. Measured on
 * the 200 × 500-row bench: 7–13 % faster; structure and notices at 10k–100k rows: unchanged.
 * Set before any code is compiled; a no-op where V8 refuses it.
 */
function applyCliV8Flags() {
  try {
    require("node:v8").setFlagsFromString("--no-turbo-inlining");
  } catch {
    // an engine without the flag: the defaults
  }
}

module.exports = { applyCliV8Flags };
