#!/usr/bin/env node
// Runs a TypeScript script of this repository (benchmarks, helpers) without a build step.
require("tsx/cjs");
const path = require("node:path");
require(path.resolve(process.argv[2]));
