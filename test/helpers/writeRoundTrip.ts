import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { roundTrip } from "./roundTrip";

/**
 * Writes the round-trip scenario into a folder (汇总.xlsx, the replies, manifest.json), for tests that
 * cannot build it in their own process (Playwright's loader does not take the file host's lazy imports).
 * Usage: node --import tsx test/helpers/writeRoundTrip.ts <dir>
 */
async function main(dir: string): Promise<void> {
  const trip = await roundTrip();
  mkdirSync(join(dir, "replies"), { recursive: true });
  writeFileSync(join(dir, "汇总.xlsx"), trip.office);
  for (const r of trip.replies) writeFileSync(join(dir, "replies", r.name), r.bytes);
  writeFileSync(
    join(dir, "manifest.json"),
    JSON.stringify({
      replies: trip.replies.map((r) => ({ name: r.name, at: r.at })),
      idOfRow: [...trip.idOfRow],
      batch: trip.batch,
      xls: trip.xls,
    }),
  );
}

void main(process.argv[2]!);
