#!/usr/bin/env node
/**
 * Runs a node script (argv[2], with the rest as its arguments) and, as it exits, reports on fd 3 how
 * much memory it peaked at and the CPU time it took: the benchmark measures the CLI and its floor the same way.
 */
const fs = require("node:fs");
const path = require("node:path");

const script = path.resolve(process.argv[2]);
process.argv.splice(1, 2, script);
process.on("exit", () => {
  try {
    const ru = process.resourceUsage();
    // CPU time (every thread, user + system) besides wall time: on a shared machine it is the steadier measure.
    fs.writeSync(
      3,
      JSON.stringify({ maxRssKb: ru.maxRSS, cpuMs: (ru.userCPUTime + ru.systemCPUTime) / 1000, code: process.exitCode ?? 0 }),
    );
  } catch {
    // No fd 3: run by hand.
  }
});
require(script);
