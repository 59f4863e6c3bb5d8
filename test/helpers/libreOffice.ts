import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p)) ?? null;

/**
 * Opens a workbook in LibreOffice (headless) and saves it as `format` (xls, xlsx, pdf), the way a
 * unit on LibreOffice or WPS would; null when LibreOffice is not installed. Each call has its own
 * profile, so tests running side by side do not lock each other out.
 */
export function convertWithLibreOffice(bytes: Uint8Array, name: string, format: "xls" | "xlsx" | "pdf"): Uint8Array | null {
  if (!SOFFICE) return null;
  const dir = mkdtempSync(join(tmpdir(), "cw-lo-"));
  const input = join(dir, "in", name);
  execFileSync("mkdir", ["-p", join(dir, "in"), join(dir, "out")]);
  writeFileSync(input, bytes);
  const filter = format === "xls" ? "xls:MS Excel 97" : format === "xlsx" ? "xlsx:Calc MS Excel 2007 XML" : "pdf";
  execFileSync(
    SOFFICE,
    [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", filter, "--outdir", join(dir, "out"), input],
    { stdio: "ignore", timeout: 180_000 },
  );
  const out = readdirSync(join(dir, "out"))[0];
  return out ? new Uint8Array(readFileSync(join(dir, "out", out))) : null;
}

export function announceNoLibreOffice(what: string): void {
  if (!SOFFICE) process.stderr.write(`\n*** SKIPPED ${what}: LibreOffice (soffice) not installed ***\n\n`);
}
