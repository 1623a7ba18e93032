import type { AnalysisProgress } from '../pipeline/analyze-files.js';

/** Runs shorter than this never show a bar: it would only flicker. */
const SHOW_AFTER_MS = 500;
const REDRAW_EVERY_MS = 100;
const BAR_WIDTH = 24;

export interface ProgressBar {
  update(progress: AnalysisProgress): void;
  /** Erases the bar, so the report starts on a clean line. */
  done(): void;
}

/**
 * A one-line progress bar (files done / total, MB/s) for terminals. The caller decides whether
 * one is wanted (stderr is a TTY and the format is for humans); it never touches stdout.
 */
export function progressBar(stream: { write(chunk: string): unknown }, now: () => number = Date.now): ProgressBar {
  const started = now();
  let lastDraw = -Infinity;
  let drawn = false;
  return {
    update(p) {
      const t = now();
      const finished = p.files === p.totalFiles;
      if (t - started < SHOW_AFTER_MS || finished || t - lastDraw < REDRAW_EVERY_MS) return;
      lastDraw = t;
      drawn = true;
      stream.write(`\r${renderProgress(p, t - started)}\x1b[K`);
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}

export function renderProgress(p: AnalysisProgress, elapsedMs: number): string {
  const filled = p.totalFiles === 0 ? BAR_WIDTH : Math.round((p.files / p.totalFiles) * BAR_WIDTH);
  const mbPerSecond = elapsedMs > 0 ? p.bytes / 1e6 / (elapsedMs / 1000) : 0;
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${p.files}/${p.totalFiles} files  ${mbPerSecond.toFixed(1)} MB/s`;
}
