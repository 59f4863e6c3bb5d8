/** Printing the 月报 where the pane runs: the written sheet in Excel, the page in a browser. */
export interface ReportOutputs {
  print(args: { sheet: string; html: string; write: () => Promise<void> }): Promise<string>;
  downloadPng(blob: Blob, fileName: string): void;
}
