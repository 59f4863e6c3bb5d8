import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { connect } from "node:net";
import { resolve } from "node:path";

/**
 * `npm start` stopped by npm's process id (what a tool, a CI job or `kill <pid>` does) must take the dev
 * server with it: npm passes SIGTERM to its `sh -c`, which dies without passing it on to node.
 * It runs the real thing (a development build, ≈ 20–60 s on two cores).
 */
const ROOT = resolve(__dirname, "../..");
const PORT = 3000;

const portOpen = (): Promise<boolean> =>
  new Promise((done) => {
    const s = connect(PORT, "127.0.0.1");
    s.once("connect", () => {
      s.destroy();
      done(true);
    });
    s.once("error", () => done(false));
  });

/** The process ids under `pid` (children, grandchildren …), from ps. */
function descendants(pid: number): number[] {
  const table = execFileSync("ps", ["-e", "-o", "pid=,ppid="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number]);
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [child, parent] of table)
      if (parent === p) {
        out.push(child);
        walk(child);
      }
  };
  walk(pid);
  return out;
}

/** Running: a zombie (ended, not yet reaped by a container's init) holds no port and counts as gone. */
const alive = (pid: number): boolean => {
  try {
    return !execFileSync("ps", ["-o", "stat=", "-p", String(pid)], { encoding: "utf8" })
      .trim()
      .startsWith("Z");
  } catch {
    return false;
  }
};

async function until(cond: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await cond()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return cond();
}

let npm: ChildProcess | null = null;
let started: number[] = [];
afterAll(() => {
  // Whatever the test started and is still running, by its id.
  for (const pid of [npm?.pid, ...started]) if (pid && alive(pid)) process.kill(pid, "SIGKILL");
});

test("npm start stopped by npm's pid leaves no dev server on port 3000", async () => {
  if (process.platform === "win32" || (await portOpen())) {
    process.stderr.write(
      `\n*** SKIPPED npm start / stop: ${process.platform === "win32" ? "Windows" : `port ${PORT} already in use`} ***\n\n`,
    );
    return;
  }
  npm = spawn("npm", ["start"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  npm.stdout!.on("data", (c: Buffer) => (output += String(c)));
  npm.stderr!.on("data", (c: Buffer) => (output += String(c)));
  expect(await until(() => output.includes("已启动") || npm!.exitCode !== null, 240_000)).toBe(true);
  expect(output).toContain("已启动");
  expect(await until(portOpen, 10_000)).toBe(true);
  started = descendants(npm.pid!);
  expect(started.length).toBeGreaterThanOrEqual(2); // sh, node scripts/start.cjs, webpack

  process.kill(npm.pid!, "SIGTERM");
  expect(await until(async () => !(await portOpen()), 8_000)).toBe(true);
  expect(await until(() => started.every((p) => !alive(p)), 8_000)).toBe(true);
}, 300_000);
