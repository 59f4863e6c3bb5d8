/** An error Excel reports for one action of a batch (code as in Excel.ErrorCodes). */
export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ExcelError";
  }
}

export const itemNotFound = (what: string): ExcelError => new ExcelError("ItemNotFound", `The requested resource doesn't exist: ${what}`);
export const invalidArgument = (what: string): ExcelError =>
  new ExcelError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: ${what}`);
