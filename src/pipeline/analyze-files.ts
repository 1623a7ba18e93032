import type { DocumentCache } from '../cache/document-cache.js';
import type { SourceFile } from '../load/collect-files.js';
import type { DocumentResult } from '../model/result.js';
import { fileAnalyzer, type AnalysedFile, type FileAnalysisOptions, type FileTask } from './analyze-file.js';
import { resolveThreads, type Concurrency } from './concurrency.js';
import { detachFromText, Interner, shareStrings } from './detach.js';
import { ownCopy } from '../text/own-copy.js';
import { analyzeInThreads } from './worker-pool.js';
import { excerptAt } from '../check/locate.js';
import { readTextSync, type ReadOptions } from '../load/read-source.js';
import { storeBlocks, type ExcerptReader } from './stored-blocks.js';
import { withComparedClaims } from '../check/crosscheck/compared-claims.js';

export interface AnalyzeFilesOptions extends FileAnalysisOptions {
  /** Worker threads for the per-file stages; default `off` (in-process). */
  readonly concurrency?: Concurrency;
  /** Called after each file with the running totals. */
  readonly onProgress?: (progress: AnalysisProgress) => void;
  /** Per-document analyses of earlier runs: a file whose key matches is not analysed again. */
  readonly cache?: DocumentCache;
}

export interface AnalysisProgress {
  readonly files: number;
  readonly totalFiles: number;
  readonly bytes: number;
}

/**
 * Reads and analyses files one by one, yielding each document's result in the order of `files`
 * whatever the concurrency. No text outlives its document's analysis, so memory grows with the
 * claims kept, not with the size of the archive.
 */
export async function* analyzeFiles(files: readonly SourceFile[], options: AnalyzeFilesOptions = {}): AsyncGenerator<DocumentResult> {
  const { concurrency = 'off', onProgress, cache, keepClaims, ...rest } = options;
  // A cache keeps whole results, so with one the claims are trimmed after it has them.
  const plain = keepClaims && !cache ? { ...rest, keepClaims } : rest;
  const trimAfterCache = keepClaims === 'compared' && cache !== undefined;
  const threads = resolveThreads(concurrency, files);
  const tasks: FileTask[] = files.map((file) => (cache ? { file, keyed: true, cachedKey: cache.previousKey(file.absolute) } : { file }));
  const strings = new Interner();
  let done = 0;
  let bytes = 0;
  /** The result of a finished task, through the cache; `copied` results (from a worker) share no string with a text. */
  const finish = (task: FileTask, outcome: AnalysedFile, copied: boolean): DocumentResult => {
    done++;
    bytes += outcome.bytes;
    onProgress?.({ files: done, totalFiles: files.length, bytes });
    let analysed = outcome;
    if (analysed.cached) {
      const hit = cache!.get(task.file.absolute, analysed.key!, rereadExcerpts(task.file, plain));
      if (hit) {
        const shared = shareStrings(hit, strings);
        return trimAfterCache ? withComparedClaims(shared) : shared;
      }
      // The entry could not be read back: analysed here after all.
      analysed = analyze({ file: task.file, keyed: true });
      copied = false;
    }
    const detached = copied ? shareStrings(analysed.result!, strings) : detachFromText(analysed.result!, strings);
    const result = storeBlocks(detached, rereadExcerpts(task.file, plain));
    if (cache && analysed.key !== undefined) cache.set(task.file.absolute, analysed.key, result);
    return trimAfterCache ? withComparedClaims(result) : result;
  };
  const analyze = fileAnalyzer(plain);
  if (threads <= 1) {
    for (const task of tasks) yield finish(task, analyze(task), false);
    return;
  }
  yield* inOrder(tasks.length, (onResult) =>
    analyzeInThreads(tasks, threads, plain, analyze, (index, analysed, here) => onResult(index, finish(tasks[index]!, analysed, !here))),
  );
}

/**
 * Reads a file's block excerpts again (a file that cannot be read any more shows them empty).
 * Copied: a slice would keep the whole text alive for as long as a finding shows it.
 */
function rereadExcerpts(file: SourceFile, options: ReadOptions): ExcerptReader {
  return (spans) => {
    const text = readTextSync(file, options);
    return spans.map((span) => ownCopy(excerptAt(text, span)));
  };
}

/** Turns results that arrive in any order into a sequence in index order. */
async function* inOrder<T>(count: number, run: (onResult: (index: number, value: T) => void) => Promise<void>): AsyncGenerator<T> {
  const ready = new Map<number, T>();
  let wake: (() => void) | undefined;
  let failure: { error: unknown } | undefined;
  const done = run((index, value) => {
    ready.set(index, value);
    wake?.();
  }).catch((error: unknown) => {
    failure = { error };
    wake?.();
  });
  for (let next = 0; next < count; next++) {
    while (!ready.has(next)) {
      if (failure) throw failure.error;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
    const value = ready.get(next)!;
    ready.delete(next);
    yield value;
  }
  await done;
  if (failure) throw failure.error;
}
