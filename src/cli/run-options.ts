import type { Command } from 'commander';
import type { Concurrency } from '../pipeline/concurrency.js';
import type { ScanOptions } from '../pipeline/scan.js';
import type { CliIo } from './io.js';
import type { OutputTarget } from './output-targets.js';
import { progressBar, type ProgressBar } from './progress.js';
import { UsageError } from './usage-error.js';

/** How a run uses the machine: threads and progress. Shared by the commands that read documents. */
export interface RunFlags {
  concurrency: string;
}

export function addRunOptions(cmd: Command): Command {
  return cmd.option(
    '--concurrency <n|auto|off>',
    'threads for reading and analysing files: a number (this one and n - 1 workers), auto (every core, when the input is large enough to pay and a core is idle) or off',
    'auto',
  );
}

export function parseConcurrency(value: string): Concurrency {
  if (value === 'auto' || value === 'off') return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency expects a whole number of threads (1 or more), "auto" or "off", got "${value}"`);
  return n;
}

/** Formats whose output is read by people: only these get a progress bar. */
const HUMAN_FORMATS: ReadonlySet<string> = new Set(['table']);

/**
 * The scan options for `--concurrency` and the progress bar. The bar goes to stderr, only when it
 * is a terminal and stdout gets a format for people; call `progress.done()` before writing.
 */
export function runOptions(
  flags: RunFlags,
  io: CliIo,
  targets: readonly OutputTarget[],
): { scan: Pick<ScanOptions, 'concurrency' | 'onProgress'>; progress?: ProgressBar } {
  const concurrency = parseConcurrency(flags.concurrency);
  const forPeople = targets.some((t) => !t.file && HUMAN_FORMATS.has(t.format));
  if (!io.stderr.isTTY || !forPeople) return { scan: { concurrency } };
  const progress = progressBar(io.stderr);
  return { scan: { concurrency, onProgress: (p) => progress.update(p) }, progress };
}
