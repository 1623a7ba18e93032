import { statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import type { SourceFile } from '../load/collect-files.js';

/**
 * How many threads analyse files: a number n (this thread and n - 1 worker threads, so 1 is
 * in-process), `auto` (every core, when it pays) or `off` (in-process).
 */
export type Concurrency = number | 'auto' | 'off';

/**
 * Below this much input, worker threads cost more than they save. Measured on 2 cores: analysis
 * costs about 0.37 s of CPU per MB in-process; a worker adds about 0.3 s of start-up (it loads
 * the pipeline) and about 0.05 s per MB it analyses for copying its results, so threads pay from
 * about 2 MB when both cores are free. Twice that leaves a margin for machines that are busy.
 */
export const AUTO_MIN_BYTES = 4 * 1024 * 1024;

/** The machine as `auto` sees it: cores, and the 1-minute load average (0 where the OS has none). */
export interface MachineLoad {
  readonly cores: number;
  readonly load: number;
}

/**
 * The number of threads to analyse files in, this one included: 0 or 1 mean in-process. `auto`
 * uses every core when the input is large enough and the machine has a core to spare (as
 * `make -l` does, it reads the load average): on a machine the other jobs keep busy, threads
 * only add their own cost.
 */
export function resolveThreads(
  concurrency: Concurrency,
  files: readonly SourceFile[],
  machine: MachineLoad = { cores: availableParallelism(), load: loadavg()[0] ?? 0 },
): number {
  if (concurrency === 'off' || files.length < 2) return 0;
  if (concurrency !== 'auto') return Math.min(concurrency, files.length);
  if (machine.cores < 2 || machine.load > machine.cores - 1 || !atLeastBytes(files, AUTO_MIN_BYTES)) return 0;
  return machine.cores;
}

/** Whether the files add up to `limit` bytes; stops stat-ing as soon as they do. */
function atLeastBytes(files: readonly SourceFile[], limit: number): boolean {
  let total = 0;
  for (const file of files) {
    total += statSync(file.absolute, { throwIfNoEntry: false })?.size ?? 0;
    if (total >= limit) return true;
  }
  return false;
}
