/** jsdom needs Node's TextEncoder; a test running in jest's own jsdom environment does not have it globally. */
import { TextDecoder, TextEncoder } from "node:util";

const g = globalThis as unknown as Record<string, unknown>;
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;
