import { SaxesParser } from "saxes";
import { zipParts } from "./zipFile";

/** Parses XML strictly (XML 1.0 well-formedness, characters included), as Excel and openpyxl do; throws on the first fault. */
export function parseStrictly(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (e) => {
    throw e;
  });
  parser.write(xml).close();
}

/** The XML parts of a package that do not parse, with why. */
export async function malformedParts(bytes: Uint8Array): Promise<Array<{ part: string; error: string }>> {
  const bad: Array<{ part: string; error: string }> = [];
  for (const [name, data] of await zipParts(bytes)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    try {
      parseStrictly(new TextDecoder().decode(data));
    } catch (e) {
      bad.push({ part: name, error: (e as Error).message });
    }
  }
  return bad;
}
