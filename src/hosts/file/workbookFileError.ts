/** A file that cannot be opened at all. The message is the one-line Chinese text users see. */
export class WorkbookFileError extends Error {
  constructor(
    readonly code: "not-a-workbook" | "truncated" | "damaged" | "too-large" | "password-protected" | "empty" | "unsupported" | "not-a-file",
    message: string,
  ) {
    super(message);
    this.name = "WorkbookFileError";
  }
}
