import type { WorkbookHost } from "../../core/port/workbookHost";
import { loadSimplifier } from "./simplifier";

const READS = new Set<PropertyKey>(["readWorkbook", "readSheet", "readRows"]);

/**
 * The host with the Traditional→Simplified dictionary loaded before every read: every workflow reads
 * the workbook before it reads any text, so the core's synchronous toSimplified always finds it,
 * and the pane does not carry the dictionary before the first workbook is read.
 */
export function withSimplifier<H extends WorkbookHost>(host: H): H {
  return new Proxy(host, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      if (READS.has(prop))
        return async (...args: unknown[]) => {
          await loadSimplifier();
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
}
