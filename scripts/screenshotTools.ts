import type { Browser, Page } from "playwright-core";

export interface Shot {
  file: string;
  title: string;
  group: string;
}

/** The pictures' "today": the demo ledger's findings are a few weeks old, some overdue. */
export const SHOT_CLOCK = new Date("2025-06-05T09:00:00+08:00");

/**
 * Headless Chromium has no print dialog: each window.print() (in the page or in the frame the
 * notices and the 月报 are printed from) records the document it would have printed.
 */
export async function capturePrints(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.print = () => {
      const top = window.top as unknown as { __printedHtml?: string[] };
      top.__printedHtml = [...(top.__printedHtml ?? []), `<!doctype html>\n${document.documentElement.outerHTML}`];
    };
  });
}

export async function printedPages(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __printedHtml?: string[] }).__printedHtml ?? []);
}

/** What Chromium's print of a document gives: its print CSS on A4, as a PDF. */
export async function renderPdf(browser: Browser, html: string, path: string): Promise<void> {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: "load" });
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path, format: "A4", preferCSSPageSize: true, printBackground: true });
  await page.close();
}
