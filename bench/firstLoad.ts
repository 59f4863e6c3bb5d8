import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** Newest modification time under a folder. */
function newest(dir: string): number {
  let t = 0;
  for (const rel of readdirSync(dir, { recursive: true }) as string[]) t = Math.max(t, statSync(join(dir, rel)).mtimeMs);
  return t;
}

/**
 * What a browser downloads before the page can be used: the scripts and style sheets taskpane.html
 * names (chunks loaded later with import() are not counted), gzipped. Builds the page first when
 * dist/ is missing or older than src/.
 */
export function firstLoadSize(root: string): { gzip: number; raw: number; files: string[] } {
  const html = join(root, "dist", "taskpane.html");
  const stale =
    !existsSync(html) || statSync(html).mtimeMs < Math.max(newest(join(root, "src")), statSync(join(root, "webpack.config.js")).mtimeMs);
  if (stale) {
    process.stdout.write("  (building the page …)\n");
    const r = spawnSync(join(root, "node_modules", ".bin", "webpack"), ["--mode", "production"], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (r.status !== 0) throw new Error("webpack failed");
  }
  const page = readFileSync(html, "utf8");
  const files = [...page.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)=["']?([^"'\s>]+\.(?:js|css))/g)].map((m) =>
    m[1]!.replace(/^\.?\//, ""),
  );
  let gzip = 0;
  let raw = 0;
  for (const f of files) {
    const bytes = readFileSync(join(root, "dist", f));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { gzip, raw, files };
}
