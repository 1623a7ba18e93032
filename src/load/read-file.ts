import { closeSync, openSync, readFileSync, readSync } from 'node:fs';

/**
 * Files up to this size are read into one buffer kept for the next read. A scan reads tens of
 * thousands of small files: a fresh buffer each (as `readFileSync` gives) is one C-heap
 * allocation per file, and in worker threads those pile up as fragments that stay in the
 * process's memory after the workers stop (25 MB at 20,000 documents).
 */
const REUSED_BYTES = 1024 * 1024;
let reused: Buffer | undefined;

/**
 * A file's bytes. The view is valid only until the next call: decode it, never keep it.
 * `expectedSize` (from a stat) picks the reused buffer or a buffer of the file's own.
 */
export function readFileBytes(path: string, expectedSize: number): Uint8Array {
  if (expectedSize >= REUSED_BYTES) return readFileSync(path);
  reused ??= Buffer.allocUnsafeSlow(REUSED_BYTES);
  const fd = openSync(path, 'r');
  let length = 0;
  try {
    for (;;) {
      const read = readSync(fd, reused, length, reused.length - length, null);
      if (read === 0) return reused.subarray(0, length);
      length += read;
      // It grew past the buffer since it was stat-ed: read it whole instead.
      if (length === reused.length) return readFileSync(path);
    }
  } finally {
    closeSync(fd);
  }
}
