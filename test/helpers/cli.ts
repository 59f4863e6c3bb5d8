import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

export const CLI = resolve(__dirname, "../../bin/chuangwei.cjs");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The non-empty lines on stderr. */
  errors: string[];
}

/** Runs the CLI as a user does (a child process), with a timeout so a hang fails instead of waiting forever. */
export function cli(args: readonly string[], timeout = 20_000): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", timeout });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, errors: r.stderr.split("\n").filter((l) => l.trim() !== "") };
}

export const sha1 = (path: string): string => createHash("sha1").update(readFileSync(path)).digest("hex");
