/**
 * --json output: indented for a person at a terminal, compact when piped (what reads it is a program,
 * and at 100k records the indentation alone is a quarter of the run's output work).
 */
export function printJson(value: unknown): void {
  process.stdout.write(`${process.stdout.isTTY ? JSON.stringify(value, null, 2) : JSON.stringify(value)}\n`);
}
