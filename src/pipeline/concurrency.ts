import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { SourceFile } from '../load/collect-files.js';
import { busyElsewhere } from './machine-load.js';

/**
 * How many threads analyse files: a number n (this thread and n - 1 worker threads, so 1 is
 * in-process), `auto` (every core, when it pays) or `off` (in-process).
 */
export type Concurrency = number | 'auto' | 'off';

/**
 * Below this much input, worker threads cost more than they save. Measured on 2 cores: analysis
 * costs about 0.37 s of CPU per MB in-process; a worker adds its start-up (it loads the pipeline:
 * about 0.13 s from the command line's bundle, 0.26 s from the per-file build the library runs)
 * and about 0.05 s per MB it analyses for copying its results, so threads pay from 1–2 MB when
 * both cores are free. 4 MB leaves a margin for machines that are busy.
 */
export const AUTO_MIN_BYTES = 4 * 1024 * 1024;

/**
 * The same for files a cache holds an analysis of, which are most likely unchanged and then only
 * read and hashed. Measured on 2 cores, warm, nothing changed: in-process 0.45 s for 24 MB and
 * 1.8 s for 196 MB, with a worker thread 0.61 s and 1.65 s; the two lines cross near 110 MB.
 */
export const AUTO_MIN_CACHED_BYTES = 100 * 1024 * 1024;

/** The machine as `auto` sees it: cores, and how many cores' worth of CPU other processes use. */
export interface MachineLoad {
  readonly cores: number;
  readonly busyElsewhere: number;
}

/**
 * A core counts as spare for `auto` when other processes leave at least this much of it idle,
 * beside the core this thread runs on.
 */
const SPARE_CORE = 0.5;

/**
 * The number of threads to analyse files in, this one included: 0 or 1 mean in-process. `auto`
 * uses every core when the input is large enough and the machine has a core to spare (as
 * `make -l` looks at the load, but measured as the command starts, see machine-load.ts): on a
 * machine that other jobs keep busy, threads only add their own cost. With a cache (`cached` says
 * which files it holds an analysis of), the files it holds count apart, against
 * `AUTO_MIN_CACHED_BYTES`: unchanged, they are only hashed.
 */
export function resolveThreads(
  concurrency: Concurrency,
  files: readonly SourceFile[],
  machine: () => MachineLoad = () => ({ cores: availableParallelism(), busyElsewhere: busyElsewhere() }),
  cached: (file: SourceFile) => boolean = () => false,
): number {
  if (concurrency === 'off' || files.length < 2) return 0;
  if (concurrency !== 'auto') return Math.min(concurrency, files.length);
  const unknown = files.filter((f) => !cached(f));
  if (!atLeastBytes(unknown, AUTO_MIN_BYTES) && !atLeastBytes(files.filter(cached), AUTO_MIN_CACHED_BYTES)) return 0;
  const { cores, busyElsewhere: busy } = machine();
  return cores >= 2 && cores - 1 - busy >= SPARE_CORE ? cores : 0;
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
