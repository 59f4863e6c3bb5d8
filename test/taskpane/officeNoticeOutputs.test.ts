/**
 * @jest-environment jsdom
 */
import type { WorkbookHost } from "../../src/core/port/workbookHost";
import { officeNoticeOutputs } from "../../src/taskpane/shell/officeNoticeOutputs";

type Handler = (arg: { message: string }) => void;

function stubOffice(platform: "PC" | "Mac", dialogApi: boolean) {
  const sent: string[] = [];
  const opened: string[] = [];
  (globalThis as unknown as { Office: unknown }).Office = {
    PlatformType: { Mac: "Mac", PC: "PC" },
    AsyncResultStatus: { Succeeded: "succeeded" },
    EventType: { DialogMessageReceived: "dialogMessageReceived" },
    context: {
      platform,
      requirements: { isSetSupported: (name: string) => dialogApi && name === "DialogApi" },
      ui: {
        displayDialogAsync: (url: string, _opts: unknown, cb: (r: unknown) => void) => {
          opened.push(url);
          let handler: Handler = () => undefined;
          cb({
            status: "succeeded",
            value: { addEventHandler: (_e: string, h: Handler) => (handler = h), messageChild: (m: string) => sent.push(m) },
          });
          handler({ message: "ready" });
        },
      },
    },
  };
  return { sent, opened };
}

function host(): WorkbookHost & { goTos: unknown[] } {
  const goTos: unknown[] = [];
  return { goTos, goTo: async (...a: unknown[]) => void goTos.push(a) } as unknown as WorkbookHost & { goTos: unknown[] };
}

test("in Excel on Windows/web, 打印 shows the 通知书 sheet and sends the notices to a print dialog in pieces", async () => {
  const { sent, opened } = stubOffice("PC", true);
  const h = host();
  const outputs = officeNoticeOutputs(h);
  expect(outputs.printsDirectly).toBe(true);
  const html = `<html>${"通知".repeat(40_000)}</html>`;
  const line = await outputs.print(html);
  expect(h.goTos).toEqual([["通知书", 0, 0]]);
  expect(opened[0]).toMatch(/print\.html\?office=1$/);
  const parts = sent.map((m) => JSON.parse(m) as { part?: string; done?: boolean });
  expect(parts.length).toBeGreaterThan(2);
  expect(parts.at(-1)).toEqual({ done: true });
  expect(parts.map((p) => p.part ?? "").join("")).toBe(html);
  expect(line).toContain("已打开打印窗口");
});

test("on Mac, where window.print() does not work in the pane, 打印 only prepares the 通知书 sheet and says how to print", async () => {
  const { opened } = stubOffice("Mac", true);
  const h = host();
  const outputs = officeNoticeOutputs(h);
  expect(outputs.printsDirectly).toBe(false);
  const line = await outputs.print("<html></html>");
  expect(opened).toEqual([]);
  expect(h.goTos).toEqual([["通知书", 0, 0]]);
  expect(line).toContain("请按 Ctrl+P（Mac 上为 ⌘P）用 Excel 打印");
});
