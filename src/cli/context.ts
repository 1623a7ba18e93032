import type { CliIo } from './io.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** What every command receives: the outside world and a place to put its exit code. */
export interface CommandContext {
  readonly io: CliIo;
  setExitCode(code: number): void;
  setDebug(debug: boolean): void;
}
