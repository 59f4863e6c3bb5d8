/**
 * Office starts an add-in only once office.js has loaded, and gives up after a few seconds: office.js
 * must load in the <head> of every page Excel opens, before the 3 MB bundle. The standalone page
 * (no ?office=1) must not load it at all: no network, no Excel.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import "../harness/nodeGlobals";
import { JSDOM } from "jsdom";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function load(page: string, search: string): Document {
  const html = readFileSync(join(__dirname, "../../src/taskpane", page), "utf8");
  // The bundle as html-webpack-plugin adds it: a deferred script in the head, after the template's own.
  const built = html.replace("</head>", '<script defer src="taskpane.js"></script></head>');
  return new JSDOM(built, { url: `https://localhost:3000/${page}${search}`, runScripts: "dangerously" }).window.document;
}

const scripts = (doc: Document) => [...doc.head.querySelectorAll("script[src]")].map((s) => s.getAttribute("src"));

test.each(["taskpane.html", "print.html"])("%s loads office.js in its head, before the bundle, when Excel opens it", (page) => {
  expect(scripts(load(page, "?office=1"))).toEqual([OFFICE_JS, "taskpane.js"]);
});

test("the standalone page loads no office.js", () => {
  expect(scripts(load("taskpane.html", ""))).toEqual(["taskpane.js"]);
});
