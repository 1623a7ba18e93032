import type { SourceFile } from '../load/collect-files.js';
import type { DocumentResult } from '../model/result.js';
import { analyzeFile, type AnalysedFile, type FileAnalysisOptions } from './analyze-file.js';
import { resolveThreads, type Concurrency } from './concurrency.js';
import { detachFromText, Interner, shareStrings } from './detach.js';
import { analyzeInWorkers } from './worker-pool.js';

export interface AnalyzeFilesOptions extends FileAnalysisOptions {
  /** Worker threads for the per-file stages; default `off` (in-process). */
  readonly concurrency?: Concurrency;
  /** Called after each file with the running totals. */
  readonly onProgress?: (progress: AnalysisProgress) => void;
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
  const threads = resolveThreads(options.concurrency ?? 'off', files);
  // Only plain data crosses to the workers.
  const perFile: FileAnalysisOptions = {
    ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
    ...(options.rules !== undefined ? { rules: options.rules } : {}),
  };
  const progress = progressCounter(files.length, options.onProgress);
  const names = new Interner();
  if (threads === 0) {
    for (const file of files) {
      const analysed = analyzeFile(file, perFile);
      progress(analysed);
      yield detachFromText(analysed.result, names);
    }
    return;
  }
  yield* inOrder(files.length, (onResult) =>
    analyzeInWorkers(files, threads, perFile, (index, analysed) => {
      progress(analysed);
      onResult(index, shareStrings(analysed.result, names));
    }),
  );
}

function progressCounter(totalFiles: number, onProgress: AnalyzeFilesOptions['onProgress']): (analysed: AnalysedFile) => void {
  let files = 0;
  let bytes = 0;
  return (analysed) => {
    files++;
    bytes += analysed.bytes;
    onProgress?.({ files, totalFiles, bytes });
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
