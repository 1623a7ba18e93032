import type { DocumentCache } from '../cache/document-cache.js';
import { summaryResult, type DocumentSummary } from './document-summary.js';
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
  /**
   * With a cache: a document met unchanged is yielded as its summary (see `unreadHit`), its
   * analysis read only if `readHit` is called on it.
   */
  readonly deferHits?: boolean;
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
  const { concurrency = 'off', onProgress, cache, keepClaims, deferHits, ...rest } = options;
  // A cache keeps whole results, so with one the claims are trimmed after it has them.
  const plain = keepClaims && !cache ? { ...rest, keepClaims } : rest;
  const trimAfterCache = keepClaims === 'compared' && cache !== undefined;
  const threads = resolveThreads(concurrency, files, undefined, cache && ((f) => cache.previousKey(f.absolute) !== undefined));
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
      const { file } = task;
      const summary = deferHits ? cache!.hitSummary(file.absolute, analysed.key!) : undefined;
      if (summary) {
        return unreadHit(file, summary, () => {
          const hit = cache!.read(file.absolute, rereadExcerpts(file, plain));
          return hit ? readBack(hit) : kept(file, analyze({ file, keyed: true }), false);
        });
      }
      const hit = cache!.get(file.absolute, analysed.key!, rereadExcerpts(file, plain));
      if (hit) return readBack(hit);
      // The entry could not be read back: analysed here after all.
      analysed = analyze({ file: task.file, keyed: true });
      copied = false;
    }
    return kept(task.file, analysed, copied);
  };
  /** A fresh analysis, made to share its strings, stored in the cache if there is one. */
  const kept = (file: SourceFile, analysed: AnalysedFile, copied: boolean): DocumentResult => {
    const detached = copied ? shareStrings(analysed.result!, strings) : detachFromText(analysed.result!, strings);
    const result = storeBlocks(detached, rereadExcerpts(file, plain));
    if (cache && analysed.key !== undefined) cache.set(file.absolute, analysed.key, result);
    return trimAfterCache ? withComparedClaims(result) : result;
  };
  /** A result read back from the cache, made to share its strings. */
  const readBack = (hit: DocumentResult): DocumentResult => {
    const shared = shareStrings(hit, strings);
    return trimAfterCache ? withComparedClaims(shared) : shared;
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

/** The analyses `unreadHit` stands for, read when asked. */
const UNREAD = new WeakMap<DocumentResult, () => DocumentResult>();

/**
 * A document met unchanged in the cache, as its summary: its name, language, encoding and number
 * of claims (`claimCount`), no claims, findings or paragraphs. A run that reuses the cached
 * cross-document findings needs nothing more of it.
 */
function unreadHit(file: SourceFile, summary: DocumentSummary, read: () => DocumentResult): DocumentResult {
  const result = summaryResult(file.name, summary);
  UNREAD.set(result, read);
  return result;
}

/** The analysis a result of `analyzeFiles` with `deferHits` stands for: read from the cache (or made again) if it was not. */
export function readHit(result: DocumentResult): DocumentResult {
  return UNREAD.get(result)?.() ?? result;
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
