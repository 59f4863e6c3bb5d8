/**
 * The faithful Office test harness: Excel as the Office host really meets it.
 *
 * The real Office.js library (`@microsoft/office-js`, excel-web-16.00.js, pinned in package.json) runs
 * in a jsdom window. Its request executor is replaced, so every `context.sync()` hands over the very
 * request body Excel on the web would receive (ObjectPaths, Actions; its JSON size is the payload
 * Excel limits to 5 MB), and `requestServer.ts` answers it from an in-memory `WorkbookModel`.
 * Load-before-read, null objects, tracked ranges and event plumbing are Office.js's own; what only
 * Excel enforces is in the model (see workbookModel.ts, rangeApi.ts, excelValues.ts).
 *
 * Use:
 *   const book = new WorkbookModel();
 *   book.addSheet("5月", [["检查日期", "责任单位"], ["2025-05-03", "区城管局"]]);  // typed as a user would
 *   const excel = openExcel(book, { documentUrl: "https://x/台账.xlsx" });
 *   const host = new OfficeHost(excel.api);                  // the production adapter over this window's Office.js
 *   await runStructure(host);
 *   book.sheet("标准台账")!.cell(1, 0).value;                  // inspect the model
 *   excel.syncs;                                             // each sync: requestBytes, responseBytes, actions, error
 *   book.edit("标准台账", "C11", [["新值"]]);                   // the user types; onChanged fires in every pane
 *   excel.close();
 * `workbookFromXlsx(bytes)` (fromXlsx.ts) builds the model from an .xlsx. Two `openExcel` on one book are
 * two co-authors' panes.
 */
import { readFileSync } from "node:fs";
import "./nodeGlobals";
import { JSDOM, type DOMWindow } from "jsdom";
import { officeApi, type OfficeApi } from "../../src/hosts/office/officeHost";
import { DialogHost } from "./dialogs";
import { type ExecutorResponse, type RequestBody, RequestServer, type SyncRecord } from "./requestServer";
import type { Connection, WorkbookModel } from "./workbookModel";

let librarySource: string | null = null;
const library = (): string => (librarySource ??= readFileSync(require.resolve("@microsoft/office-js/dist/excel-web-16.00.js"), "utf8"));

export interface ExcelOptions {
  /** Office.context.document.url: where the workbook lives (its file name comes from it). */
  documentUrl?: string;
  /** Office.context.platform. */
  platform?: "PC" | "Mac" | "OfficeOnline";
  /** Requirement sets this Excel lacks, as "ExcelApi 1.13" or "DialogApi". */
  unsupported?: string[];
}

export interface ExcelInstance {
  window: DOMWindow;
  /** The production OfficeApi over this window's Excel and Office objects. */
  api: OfficeApi;
  Excel: typeof Excel;
  Office: typeof Office;
  /** Every sync this pane made, in order. */
  syncs: SyncRecord[];
  dialogs: DialogHost;
  close(): void;
}

interface OfficeWindow {
  Excel: typeof Excel;
  Office: typeof Office & Record<string, unknown>;
  OSF: { _OfficeAppFactory?: unknown };
  OfficeExtension: {
    SessionBase: { _overrideSession: unknown };
    _testSetRichApiMessageReadyImpl(f: () => Promise<void>): void;
    _testTriggerRichApiMessageEvent(msg: unknown): void;
    Promise: PromiseConstructor;
  };
}

export function openExcel(book: WorkbookModel, options: ExcelOptions = {}): ExcelInstance {
  const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost:3000/taskpane.html?office=1",
  });
  const window = dom.window;
  window.eval(library());
  const w = window as unknown as OfficeWindow;
  const syncs: SyncRecord[] = [];
  const dialogs = new DialogHost();
  const missing = new Set(options.unsupported ?? []);
  const platform = options.platform ?? "OfficeOnline";
  const context = {
    host: "Excel",
    platform,
    document: { url: options.documentUrl ?? "https://localhost/工作簿1.xlsx" },
    requirements: {
      isSetSupported: (name: string, version?: string) => !missing.has(name) && !missing.has(`${name} ${version ?? ""}`.trim()),
    },
    ui: dialogs.ui,
  };
  w.OSF._OfficeAppFactory = { getContext: () => context };
  Object.assign(w.Office, {
    PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline", iOS: "iOS", Android: "Android", Universal: "Universal" },
    HostType: { Excel: "Excel", Word: "Word" },
  });

  const connection: Connection = {
    registrations: new Set(),
    // Excel raises events after the change, not inside the user's action.
    raise: (entry) =>
      void setTimeout(() => w.OfficeExtension._testTriggerRichApiMessageEvent({ entries: [{ messageCategory: 65536, ...entry }] }), 0),
  };
  book.connections.add(connection);
  const server = new RequestServer(book, connection, syncs);
  w.OfficeExtension._testSetRichApiMessageReadyImpl(() => w.OfficeExtension.Promise.resolve() as unknown as Promise<void>);
  w.OfficeExtension.SessionBase._overrideSession = {
    _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: "harness://excel", headers: {} }),
    _createRequestExecutorOrNull: () => ({
      executeAsync: (_customData: unknown, flags: number, message: { Body: RequestBody }): Promise<ExecutorResponse> =>
        server.execute(flags, message.Body),
    }),
    getEventRegistration: () => null,
  };
  return {
    window,
    api: officeApi(w.Excel, w.Office),
    Excel: w.Excel,
    Office: w.Office,
    syncs,
    dialogs,
    close: () => {
      book.connections.delete(connection);
      window.close();
    },
  };
}

/** Waits until `done()` holds (events and their handlers run on later turns, as in Excel). */
export async function waitFor(done: () => boolean, timeoutMs = 5_000): Promise<void> {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > timeoutMs) throw new Error("waitFor: timed out");
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** The largest request of a run, in MB. */
export const maxRequestMb = (syncs: readonly SyncRecord[]): number => syncs.reduce((m, s) => Math.max(m, s.requestBytes), 0) / 1024 / 1024;
