/**
 * @jest-environment jsdom
 */
import { spawnSync } from "node:child_process";
import { readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { REQUIRED_SETS } from "../../src/hosts/office/requirements";

const ROOT = resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as { DEV_PORT: number; productionManifest: (url: string) => string };
const DEV_BASE = `https://localhost:${webpackConfig.DEV_PORT}/`;

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}
const all = (doc: Document, tag: string) => Array.from(doc.getElementsByTagName(tag));
function urls(doc: Document): string[] {
  return all(doc, "*").flatMap((el) => (el.getAttribute("DefaultValue") ?? "").match(/^https?:\/\/\S+$/) ?? []);
}
function pngSize(path: string): [number, number] {
  const b = readFileSync(path);
  expect(b.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  const doc = parse(xml);

  test("office-addin-manifest parses it offline", () => {
    const bin = join(ROOT, "node_modules/.bin/office-addin-manifest");
    const r = spawnSync(bin, ["info", "manifest.xml"], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Id: 6f3c2b7e-8d41-4a5c-9e0b-2c7d1a4f5b93/);
    expect(r.stdout).toMatch(/Permissions: ReadWriteDocument/);
  }, 30_000);

  test("id, version, host, permissions and requirement sets are what Excel accepts", () => {
    expect(all(doc, "Id")[0]!.textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(all(doc, "Version")[0]!.textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(all(doc, "Host").map((h) => h.getAttribute("Name") ?? h.getAttribute("xsi:type"))).toEqual(["Workbook", "Workbook"]);
    expect(all(doc, "Permissions")[0]!.textContent).toBe("ReadWriteDocument");
    const sets = all(doc, "Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
    expect(sets).toEqual(REQUIRED_SETS.map((s) => [s.name, s.version]));
    expect(all(doc, "Action")[0]!.getAttribute("xsi:type")).toBe("ShowTaskpane");
  });

  test("strings stay within Excel's length limits", () => {
    for (const el of all(doc, "bt:String")) {
      const limit = el.parentElement!.tagName === "bt:ShortStrings" ? 125 : 250;
      expect((el.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(limit);
    }
    expect(all(doc, "DisplayName")[0]!.getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(125);
    expect(all(doc, "Description")[0]!.getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(250);
  });

  test("every URL is https on the dev server, and the pane is the page webpack builds", () => {
    const list = urls(doc);
    expect(list.length).toBeGreaterThan(5);
    for (const u of list) expect(u.startsWith(DEV_BASE)).toBe(true);
    expect(list).toContain(`${DEV_BASE}taskpane.html?office=1`);
    expect(readFileSync(join(ROOT, "webpack.config.js"), "utf8")).toMatch(/filename: "taskpane\.html"/);
  });

  test("the production manifest points every URL and the app domain at the deployment", () => {
    const prod = parse(webpackConfig.productionManifest("https://cw.example.gov.cn/addin"));
    for (const u of urls(prod)) expect(u.startsWith("https://cw.example.gov.cn/addin/")).toBe(true);
    expect(all(prod, "AppDomain")[0]!.textContent).toBe("https://cw.example.gov.cn");
  });

  test("icon files exist at the sizes the manifest states", () => {
    const sized = all(doc, "bt:Image")
      .filter((i) => i.getAttribute("DefaultValue"))
      .map((i) => [i.getAttribute("DefaultValue")!, Number(i.getAttribute("id")!.match(/(\d+)x/)![1])] as const);
    const top = [
      [all(doc, "IconUrl")[0]!.getAttribute("DefaultValue")!, 32],
      [all(doc, "HighResolutionIconUrl")[0]!.getAttribute("DefaultValue")!, 64],
    ] as const;
    for (const [url, size] of [...sized, ...top]) {
      const file = join(ROOT, url.replace(DEV_BASE, ""));
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual([size, size]);
    }
  });
});
