import { existsSync } from 'node:fs';
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

const WORKER_URL = new URL('./analyze-worker.js', import.meta.url);

/**
 * A worker's young generation, in MB. Everything a worker allocates dies with its document except
 * the result it posts back, so a small nursery costs little time; V8's default (up to 48 MB per
 * thread) only adds to the process's peak memory.
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/**
 * Analyses `files` in `threads` worker threads (plain worker_threads: a fixed set of workers fed
 * batches of paths is all this needs, and it keeps the install free of a pool dependency).
 * Calls `onResult` with each file's index as batches come back, in whatever order they finish.
 */
export async function analyzeInWorkers(
  files: readonly FileTask[],
  threads: number,
  options: FileAnalysisOptions,
  onResult: (index: number, analysed: AnalysedFile) => void,
): Promise<void> {
  const script = fileURLToPath(WORKER_URL);
  if (!existsSync(script)) throw new Error(`worker script ${script} is missing: run "npm run build" (worker threads run the compiled dist/)`);
  const batchSize = Math.max(1, Math.min(MAX_BATCH, Math.floor(files.length / (threads * 8))));
  let nextFile = 0;
  let pending = 0;
  const workers: Worker[] = [];
  /** Batches each worker has not answered yet. */
  const inFlight = new Map<Worker, number>();
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (worker: Worker) => {
        if (nextFile >= files.length) return;
        const id = nextFile;
        nextFile = Math.min(files.length, nextFile + batchSize);
        pending++;
        inFlight.set(worker, (inFlight.get(worker) ?? 0) + 1);
        worker.postMessage({ id, tasks: files.slice(id, nextFile) } satisfies BatchRequest);
      };
      for (let t = 0; t < Math.min(threads, Math.ceil(files.length / batchSize)); t++) {
        const worker = new Worker(WORKER_URL, { workerData: options, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
        workers.push(worker);
        worker.on('message', (reply: BatchReply) => {
          pending--;
          inFlight.set(worker, inFlight.get(worker)! - 1);
          if (reply.error) {
            const err = new Error(reply.error.message);
            err.stack = reply.error.stack;
            reject(err);
            return;
          }
          reply.results.forEach((analysed, k) => onResult(reply.id + k, analysed));
          feed(worker);
          // A worker with nothing left to do stops now rather than with the last one: the end of
          // the analysis, when the main thread holds every result, is the run's peak of memory.
          if (inFlight.get(worker) === 0) void worker.terminate();
          if (pending === 0 && nextFile >= files.length) resolve();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (inFlight.get(worker)! > 0) reject(new Error(`a worker thread stopped (exit code ${code}) before finishing its files`));
        });
        for (let b = 0; b < BATCHES_IN_FLIGHT; b++) feed(worker);
      }
      if (files.length === 0) resolve();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
