import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AnalysedFile, FileAnalysisOptions, FileTask } from './analyze-file.js';

/** A batch of files sent to a worker; `id` is the index of its first task. */
export interface BatchRequest {
  readonly id: number;
  readonly tasks: readonly FileTask[];
}

export type BatchReply =
  | { readonly id: number; readonly results: readonly AnalysedFile[]; readonly error?: undefined }
  | { readonly id: number; readonly error: { readonly message: string; readonly stack: string } };

/** Batches each worker has queued, so it never waits for the main thread between batches. */
const BATCHES_IN_FLIGHT = 2;
/** Files per batch, at most: small enough for the workers to finish together. */
const MAX_BATCH = 32;
/**
 * Files up to this size are analysed in this thread too (about a tenth of a second each): while
 * it works on one it cannot feed the workers, whose queued batches last longer than that.
 * Larger files go to a worker.
 */
const MAX_BYTES_HERE = 256 * 1024;

const WORKER_URL = new URL('./analyze-worker.js', import.meta.url);

/**
 * A worker's young generation, in MB. Everything a worker allocates dies with its document except
 * the result it posts back, so a small nursery costs little time; V8's default (up to 48 MB per
 * thread) only adds to the process's peak memory.
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/**
 * Analyses `files` in `threads` threads: this one and `threads - 1` worker threads (plain
 * worker_threads: a fixed set of workers fed batches of paths is all this needs, and it keeps the
 * install free of a pool dependency). This thread takes part, a file at a time between feeding
 * the workers, rather than wait for them: a worker is a whole second V8 heap (30–40 MB at the
 * peak of a large scan), and a result analysed here is not copied from one heap to another.
 * A file too large to take between two feeds goes to a worker, and one more worker is started
 * for such files when every worker is busy. Calls `onResult` with each file's index as results
 * come in, in whatever order they finish, with `here` set for those analysed in this thread.
 */
export async function analyzeInThreads(
  files: readonly FileTask[],
  threads: number,
  options: FileAnalysisOptions,
  analyzeHere: (task: FileTask) => AnalysedFile,
  onResult: (index: number, analysed: AnalysedFile, here: boolean) => void,
): Promise<void> {
  const script = fileURLToPath(WORKER_URL);
  if (!existsSync(script)) throw new Error(`worker script ${script} is missing: run "npm run build" (worker threads run the compiled dist/)`);
  const batchSize = Math.max(1, Math.min(MAX_BATCH, Math.floor(files.length / (threads * 8))));
  let nextFile = 0;
  let received = 0;
  const workers: Worker[] = [];
  /** Batches each worker has not answered yet. */
  const inFlight = new Map<Worker, number>();
  let failed: ((err: unknown) => void) | undefined;
  let finished: (() => void) | undefined;
  const allReceived = new Promise<void>((resolve, reject) => {
    finished = resolve;
    failed = reject;
  });
  const deliver = (index: number, analysed: AnalysedFile, here: boolean) => {
    onResult(index, analysed, here);
    if (++received === files.length) finished!();
  };
  const post = (worker: Worker, from: number, to: number) => {
    inFlight.set(worker, (inFlight.get(worker) ?? 0) + 1);
    worker.postMessage({ id: from, tasks: files.slice(from, to) } satisfies BatchRequest);
  };
  const feed = (worker: Worker) => {
    if (nextFile >= files.length) return;
    const from = nextFile;
    nextFile = Math.min(files.length, nextFile + batchSize);
    post(worker, from, nextFile);
  };
  const startWorker = () => {
    const worker = new Worker(WORKER_URL, { workerData: options, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    workers.push(worker);
    inFlight.set(worker, 0);
    worker.on('message', (reply: BatchReply) => {
      inFlight.set(worker, inFlight.get(worker)! - 1);
      if (reply.error) {
        const err = new Error(reply.error.message);
        err.stack = reply.error.stack;
        failed!(err);
        return;
      }
      reply.results.forEach((analysed, k) => deliver(reply.id + k, analysed, false));
      while (inFlight.get(worker)! < BATCHES_IN_FLIGHT && nextFile < files.length) feed(worker);
      // A worker with nothing left to do stops now rather than with the last one: the end of
      // the analysis, when the main thread holds every result, is the run's peak of memory.
      if (inFlight.get(worker) === 0) void worker.terminate();
    });
    worker.on('error', (err) => failed!(err));
    worker.on('exit', (code) => {
      if (inFlight.get(worker)! > 0) failed!(new Error(`a worker thread stopped (exit code ${code}) before finishing its files`));
    });
    return worker;
  };
  /** A large file goes to an idle worker, or to a new one while there are fewer than `threads - 1` + 1. */
  const handOver = (index: number) => {
    const idle = workers.find((w) => inFlight.get(w) === 0);
    const worker = idle ?? (workers.length < threads ? startWorker() : leastBusy(workers, inFlight));
    post(worker, index, index + 1);
  };

  let stopped = false;
  try {
    for (let t = 0; t < Math.min(threads - 1, Math.ceil(files.length / batchSize)); t++) {
      const worker = startWorker();
      for (let b = 0; b < BATCHES_IN_FLIGHT; b++) feed(worker);
    }
    if (files.length === 0) finished!();
    const here = (async () => {
      while (nextFile < files.length && !stopped) {
        const index = nextFile++;
        const task = files[index]!;
        if (sizeOf(task) > MAX_BYTES_HERE) handOver(index);
        else deliver(index, analyzeHere(task), true);
        // Let the workers' replies in, and feed them, between two files.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    })();
    await Promise.all([allReceived, here]);
  } finally {
    stopped = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function leastBusy(workers: readonly Worker[], inFlight: ReadonlyMap<Worker, number>): Worker {
  return workers.reduce((best, w) => (inFlight.get(w)! < inFlight.get(best)! ? w : best));
}

/** The file's size on disk; 0 when it cannot be stat-ed (its analysis reports why, quickly). */
function sizeOf(task: FileTask): number {
  if (task.file.problem) return 0;
  try {
    return statSync(task.file.absolute).size;
  } catch {
    return 0;
  }
}
