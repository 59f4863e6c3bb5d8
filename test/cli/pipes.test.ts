import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generatedLedgerXlsx } from "../helpers/generatedLedger";

const BIN = resolve(__dirname, "../../bin/chuangwei.cjs");

test("output piped into `head` that closes early ends quietly with exit 0 (no EPIPE crash)", () => {
  const dir = mkdtempSync(join(tmpdir(), "pipes-"));
  const file = join(dir, "台账.xlsx");
  // Big enough that the JSON outgrows the pipe's buffer before head has closed it.
  writeFileSync(file, generatedLedgerXlsx(3000));
  const r = spawnSync(
    "bash",
    ["-c", `"${process.execPath}" "${BIN}" structure "${file}" --json | head -c 10 >/dev/null; echo "exit:\${PIPESTATUS[0]}" >&2`],
    {
      encoding: "utf8",
    },
  );
  expect(r.stderr.trim()).toBe("exit:0");
}, 30_000);
