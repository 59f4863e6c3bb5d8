// Characters Windows forbids in file names, the C0 controls (NUL included) and DEL.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)/i;
const utf8Length = (s: string): number => new TextEncoder().encode(s).length;

/**
 * A file name every system accepts, made from text users wrote (unit names, 文号): forbidden and
 * control characters become "_", no trailing dots or spaces, no device names (CON, NUL …), and at most
 * `maxBytes` bytes of UTF-8 (file systems count bytes: 255 is common, a Chinese character takes 3).
 */
export function safeFileName(name: string, maxBytes = 180): string {
  let s = name
    .replace(FORBIDDEN, "_")
    .replace(/[. ]+$/, "")
    .trim();
  if (RESERVED.test(s)) s = `_${s}`;
  while (utf8Length(s) > maxBytes) s = Array.from(s).slice(0, -1).join("");
  return s.replace(/[. ]+$/, "") || "_";
}

/** `safeFileName` for a name with an extension, keeping the extension whole. */
export function safeFileNameWithExtension(stem: string, extension: string, maxBytes = 200): string {
  return `${safeFileName(stem, maxBytes - utf8Length(extension))}${extension}`;
}
